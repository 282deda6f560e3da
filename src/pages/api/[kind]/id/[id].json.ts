/** `api/<kind>/id/<id>.json`: one article, quote or story as its export record (the README's data
 * contract), the same record the single-file and bulk exports carry. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { API_KINDS, type ApiKind } from '../../../../export/api-paging.ts';
import { exportOf } from '../../../../site/export-collection.ts';
import { loadPageKeys } from '../../../../site/page-key-collection.ts';

export const getStaticPaths = (async () => {
  const keys = await loadPageKeys();
  const keyOf = {
    articles: keys.articleRecord,
    quotes: keys.quoteRecord,
    stories: keys.storyRecord,
  };
  const paths = await Promise.all(
    API_KINDS.map(async (kind) =>
      (await exportOf(kind)).entries.map(({ id }) => ({
        params: { kind, id },
        props: { kind },
        cacheKey: keyOf[kind](id),
      })),
    ),
  );
  return paths.flat();
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ kind: ApiKind }, { id: string }> = async ({ props, params }) => {
  const record = (await exportOf(props.kind)).record(params.id);
  return new Response(`${JSON.stringify(record, null, 2)}\n`, {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
};
