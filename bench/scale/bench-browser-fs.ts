/**
 * The three searches in real Chromium (Debian's /usr/bin/chromium through playwright-core) on a
 * built site served on 127.0.0.1: for each, the bytes the server sent for it (gzip-counted, see
 * bench-serve-fs.ts) and the time from submitting the query to the first result on the page. The
 * site's own search page is used when it has one (`#search-form`, `#search-results`); otherwise
 * Pagefind's JavaScript API is called from the page, as a minimal search page would. The page's
 * own load (with whatever search engine and index metadata it loads before any query) is
 * measured too, as a first row with no query.
 */
import { chromium, type Page } from 'playwright-core';
import type { SearchResult } from './bench-table.ts';
import type { StaticServer } from './bench-serve-fs.ts';

const CHROMIUM = '/usr/bin/chromium';
const RESULT_TIMEOUT_MS = 20_000;

/** Waits until the server has sent nothing for `quietMs` (the page's loads have settled). */
async function settle(server: StaticServer, quietMs = 400): Promise<void> {
  let last = -1;
  while (server.requests() !== last) {
    last = server.requests();
    await new Promise((resolve) => setTimeout(resolve, quietMs));
  }
}

/** Label of the row that measures loading the search page itself. */
export const PAGE_LOAD_LABEL = 'page load (no query)';

/** Loads the search page, then runs `queries` in order on `server`'s site (base path `base`), the
 * first right after the page's loads have settled. */
export async function measureSearches(
  server: StaticServer,
  base: string,
  queries: readonly { label: string; query: string }[],
): Promise<SearchResult[]> {
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox'] });
  try {
    const page = await browser.newPage();
    server.reset();
    await page.goto(`${server.origin}${base}search/`, { waitUntil: 'load' });
    await settle(server);
    const load = { label: PAGE_LOAD_LABEL, query: '', firstResultMs: Number.NaN, results: 0 };
    const hasForm =
      (await page.locator('#search-form').count()) > 0 &&
      (await page.locator('#search-results').count()) > 0;
    const results: SearchResult[] = [{ ...load, bytes: server.bytes() }];
    for (const { label, query } of queries) {
      server.reset();
      const measured = await timeSearch(page, query, hasForm, base);
      await settle(server);
      results.push({
        label,
        query,
        bytes: server.bytes(),
        firstResultMs: measured.ms,
        results: measured.hits,
      });
    }
    return results;
  } finally {
    await browser.close();
  }
}

/** Runs `query` in the open search page (through its form when it has one, else through
 * Pagefind's API) and times it to the first result shown. */
function timeSearch(
  page: Page,
  query: string,
  hasForm: boolean,
  base: string,
): Promise<{ ms: number; hits: number }> {
  return page.evaluate(
    async ({ query, hasForm, base, timeout }) => {
      const started = performance.now();
      if (!hasForm) {
        const pf = (await import(`${base}pagefind/pagefind.js`)) as {
          search(q: string): Promise<{ results: { data(): Promise<unknown> }[] }>;
        };
        const found = await pf.search(query);
        await found.results[0]?.data();
        return { ms: performance.now() - started, hits: found.results.length };
      }
      const form = document.getElementById('search-form') as HTMLFormElement;
      const list = document.getElementById('search-results') as HTMLElement;
      const box = form.elements.namedItem('q') as HTMLInputElement;
      list.replaceChildren();
      const shown = new Promise<number>((resolve) => {
        const observer = new MutationObserver(() => {
          if (list.querySelector('li')) {
            observer.disconnect();
            resolve(performance.now() - started);
          }
        });
        observer.observe(list, { childList: true, subtree: true });
        setTimeout(() => resolve(Number.NaN), timeout);
      });
      box.value = query;
      form.requestSubmit();
      const ms = await shown;
      return { ms, hits: list.querySelectorAll('li').length };
    },
    { query, hasForm, base, timeout: RESULT_TIMEOUT_MS },
  );
}
