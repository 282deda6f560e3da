/** `api/articles.json`, `api/quotes.json`, `api/stories.json`: every record of a kind in one file,
 * written only while the archive is small (`writesSingleFiles`); past that, one file would grow
 * with the archive, and the paged API and the bulk export are the contract (see the README). */
import type { APIRoute, GetStaticPaths } from 'astro';
import { writesSingleFiles } from '../../export/api-paging.ts';
import { articlesJson } from '../../export/articles-json.ts';
import { quotesJson } from '../../export/quotes-json.ts';
import { storiesJson } from '../../export/stories-json.ts';
import { addressOf, loadArchive } from '../../site/collection.ts';
import { loadCoverage } from '../../site/coverage-collection.ts';
import { articlePath } from '../../site/coverage-urls.ts';

const KINDS = ['articles', 'quotes', 'stories'] as const;

export const getStaticPaths = (async () => {
  const { articles } = await loadArchive();
  return writesSingleFiles(articles.length) ? KINDS.map((single) => ({ params: { single } })) : [];
}) satisfies GetStaticPaths;

async function text(kind: (typeof KINDS)[number]): Promise<string> {
  const archive = await loadArchive();
  const { analysis, quotes, stories } = await loadCoverage();
  if (kind === 'quotes') return quotesJson(quotes);
  if (kind === 'stories') return storiesJson(stories);
  const base = import.meta.env.BASE_URL;
  return articlesJson(
    archive.articles,
    (id) => articlePath(base, addressOf(archive, id)),
    (id) => analysis.get(id),
  );
}

export const GET: APIRoute<never, { single: (typeof KINDS)[number] }> = async ({ params }) =>
  new Response(await text(params.single), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
