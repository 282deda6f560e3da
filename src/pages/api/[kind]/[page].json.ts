/** `api/<kind>/<n>.json`: page n of the index of articles, quotes or stories, each entry naming
 * its page and its full record, each page naming the next (the README's "JSON API"). */
import type { APIRoute, GetStaticPaths } from 'astro';
import { API_KINDS, indexPage, pageCount, type ApiKind } from '../../../export/api-paging.ts';
import { exportOf } from '../../../site/export-collection.ts';

export const getStaticPaths = (async () => {
  const paths = await Promise.all(
    API_KINDS.map(async (kind) => {
      const { entries } = await exportOf(kind);
      return Array.from({ length: pageCount(entries.length) }, (_, i) => ({
        params: { kind, page: String(i + 1) },
        props: { kind },
      }));
    }),
  );
  return paths.flat();
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ kind: ApiKind }, { page: string }> = async ({ props, params }) => {
  const { entries } = await exportOf(props.kind);
  const page = indexPage(import.meta.env.BASE_URL, props.kind, entries, Number(params.page));
  return new Response(`${JSON.stringify(page, null, 1)}\n`, {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
};
