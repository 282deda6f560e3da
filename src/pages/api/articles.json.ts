/** `api/articles.json`: every article as its export record (the data contract in the README). */
import type { APIRoute } from 'astro';
import { articlesJson } from '../../export/articles-json.ts';
import { addressOf, loadArchive } from '../../site/collection.ts';
import { loadCoverage } from '../../site/coverage-collection.ts';
import { articlePath } from '../../site/coverage-urls.ts';

export const GET: APIRoute = async () => {
  const archive = await loadArchive();
  const { articles } = archive;
  const { analysis } = await loadCoverage();
  const base = import.meta.env.BASE_URL;
  return new Response(
    articlesJson(
      articles,
      (id) => articlePath(base, addressOf(archive, id)),
      (id) => analysis.get(id),
    ),
    {
      headers: { 'Content-Type': 'application/json; charset=utf-8' },
    },
  );
};
