/**
 * How many pages `astro build` will write, estimated before it starts from the corpus the ingest
 * wrote, so its progress display can show a count out of a total and an ETA.
 */
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';

/** Listing pages beyond the per-item ones (home, search, outlets, tags, years...): an allowance. */
const LISTING_PAGES = 150;

/** Pages per article when the corpus cannot be read (as measured at N = 10,000). */
const PAGES_PER_ARTICLE = 1.6;

/** The pages the site in `cwd` will build: per article its page; per story, quote and person
 * their page; per story with related pairs a comparison page; per person quoted a speaker page;
 * plus the listings (raw inputs are copied after the build, not written as pages). `articles` defaults to the entries in `src/content/archive/articles`. */
export async function estimatePages(cwd: string, articles?: number): Promise<number> {
  const count =
    articles ??
    (await readdir(join(cwd, 'src/content/archive/articles')).catch(() => [])).filter((n) =>
      n.endsWith('.md'),
    ).length;
  const corpus = join(cwd, 'src/content/archive/corpus');
  const read = async (name: string): Promise<unknown[]> =>
    JSON.parse(await readFile(join(corpus, name), 'utf8')) as unknown[];
  try {
    const stories = (await read('stories.json')) as { reuse: unknown[] }[];
    const people = (await read('people.json')) as { quotes: unknown[] }[];
    const quotes = await read('quotes.json');
    const compared = stories.filter((s) => s.reuse.length > 0).length;
    const speakers = people.filter((p) => p.quotes.length > 0).length;
    const perItem = stories.length + quotes.length + people.length + compared + speakers;
    return count + perItem + LISTING_PAGES;
  } catch {
    return Math.round(count * PAGES_PER_ARTICLE);
  }
}
