/**
 * Which built site the build-output and browser tests look at: `DIST_DIR` (default `dist`) built
 * for the base path `DIST_BASE` (default `/`) and the origin `DIST_SITE_URL` (default: `SITE_URL`,
 * as the build read it; none when unset), from the project folder `DIST_PROJECT` (default `.`,
 * whose `src/content/archive` the build read). Also reads what every test needs from it.
 *
 * `npm test` (`scripts/test.ts`) runs these tests on the fixture site, built from the inputs in
 * `tests/fixtures/site/seeds/` (written for the tests, not the seeds) in a copy of the project
 * under `.test-dist/fixture-site/`: every file of `tests/dist/` and `tests/browser/` against its
 * build at the domain root with an origin, and only the files named `*.base-path.test.ts` again
 * against its build under `/archive/` without an origin. Name a test file that way when what it
 * checks depends on the base path or the origin (links, assets, feeds, search under a sub-path);
 * a test about the seeds' own content belongs in the golden or unit tests.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { z } from 'zod';
import { SiteArticleRecord } from '../../src/schema/export-records.ts';

/** The project folder the site was built from (the entries and corpus it read). */
export const DIST_PROJECT = process.env.DIST_PROJECT ?? '.';

/** The built site's folder. */
export const DIST_DIR = process.env.DIST_DIR ?? 'dist';
/** The base path it was built for, with a slash at each end. */
export const DIST_BASE = `/${(process.env.DIST_BASE ?? '/').replace(/^\/+|\/+$/g, '')}/`.replace(
  '//',
  '/',
);

/** The origin the site was built for (`https://archive.example.org`), or null when it was built
 * without one (then it has no feeds, sitemap or canonical links). */
export const DIST_ORIGIN: string | null = (() => {
  const site = process.env.DIST_SITE_URL ?? process.env.SITE_URL;
  return site ? new URL(site).origin : null;
})();

/** Every file of the built site, as paths relative to its folder, sorted. */
export function distFiles(): string[] {
  const walk = (dir: string): string[] =>
    readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
      entry.isDirectory() ? walk(join(dir, entry.name)) : [join(dir, entry.name)],
    );
  return walk(DIST_DIR)
    .map((file) => relative(DIST_DIR, file))
    .sort();
}

/** A built file's text. */
export function distText(file: string): string {
  return readFileSync(join(DIST_DIR, file), 'utf8');
}

/** One record of the article export (`api/articles/id/<id>.json`), as the contract defines it. */
export type ExportedArticle = SiteArticleRecord;

/** One page of a kind's index (`api/<kind>/<n>.json`), the fields the tests use. */
export interface ExportedPage {
  page: number;
  pages: number;
  total: number;
  next: string | null;
  items: { id: string; url: string; record: string }[];
}

/** The built file of a site path under the base. */
export function distFileOf(path: string): string {
  if (!path.startsWith(DIST_BASE)) throw new Error(`${path} is not under the base ${DIST_BASE}`);
  return path.slice(DIST_BASE.length);
}

/** Every page of the index of `kind`, walked from page 1 along each page's `next` link (stopping
 * with an error rather than looping if a link leads back). */
export function exportedPages(kind: 'articles' | 'quotes' | 'stories'): ExportedPage[] {
  const pages: ExportedPage[] = [];
  const seen = new Set<string>();
  for (let file: string | null = `api/${kind}/1.json`; file !== null;) {
    if (seen.has(file)) throw new Error(`the ${kind} index links back to ${file}`);
    seen.add(file);
    const page = JSON.parse(distText(file)) as ExportedPage;
    pages.push(page);
    file = page.next === null ? null : distFileOf(page.next);
  }
  return pages;
}

/** Every record of `kind`, in index order, each read from its own file and parsed with the
 * contract's `schema` (`src/schema/export-records.ts`), so a record that strays from it fails. */
export function exportedRecords<S extends z.ZodType>(
  kind: 'articles' | 'quotes' | 'stories',
  schema: S,
): z.infer<S>[] {
  return exportedPages(kind)
    .flatMap((page) => page.items)
    .map((item) => schema.parse(JSON.parse(distText(distFileOf(item.record)))));
}

/** Every record of a whole-kind file (`api/articles.json`, `api/quotes.json`,
 * `api/stories.json`), parsed with the contract's `schema`. */
export function exportedFile<S extends z.ZodType>(
  kind: 'articles' | 'quotes' | 'stories',
  schema: S,
): z.infer<S>[] {
  return z.array(schema).parse(JSON.parse(distText(`api/${kind}.json`)));
}

/** Every article of the site, as the paged API serves it. */
export function exportedArticles(): ExportedArticle[] {
  return exportedRecords('articles', SiteArticleRecord);
}

let urls: Map<string, string> | undefined;

/** The address of the built page of article `id`, as its export record gives it (under the
 * base path); throws for an article the export does not list. */
export function articleUrl(id: string): string {
  urls ??= new Map(exportedArticles().map((a) => [a.id, a.url]));
  const url = urls.get(id);
  if (url === undefined) throw new Error(`the article index lists no article "${id}"`);
  return url;
}
