/** `api/stories.json`: every story with its articles and their text reuse (the data contract in
 * the README). */
import type { APIRoute } from 'astro';
import { storiesJson } from '../../export/stories-json.ts';
import { loadCoverage } from '../../site/coverage-collection.ts';

export const GET: APIRoute = async () => {
  const { stories } = await loadCoverage();
  return new Response(storiesJson(stories), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
};
