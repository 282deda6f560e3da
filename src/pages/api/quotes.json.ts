/** `api/quotes.json`: every quote grouped across outlets (the data contract in the README). */
import type { APIRoute } from 'astro';
import { quotesJson } from '../../export/quotes-json.ts';
import { loadCoverage } from '../../site/coverage-collection.ts';

export const GET: APIRoute = async () => {
  const { quotes } = await loadCoverage();
  return new Response(quotesJson(quotes), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
};
