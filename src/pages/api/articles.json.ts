/** `api/articles.json`: every article as its export record (the data contract in the README). */
import type { APIRoute } from 'astro';
import { articlesJson } from '../../export/articles-json.ts';
import { loadArchive } from '../../site/collection.ts';
import { loadCoverage } from '../../site/coverage-collection.ts';
import { sitePath } from '../../site/urls.ts';

export const GET: APIRoute = async () => {
  const { articles } = await loadArchive();
  const { analysis } = await loadCoverage();
  const base = import.meta.env.BASE_URL;
  return new Response(
    articlesJson(
      articles,
      (id) => sitePath(base, 'articles', `${id}/`),
      (id) => analysis.get(id),
    ),
    {
      headers: { 'Content-Type': 'application/json; charset=utf-8' },
    },
  );
};
