/**
 * Which built site the build-output and browser tests look at: `DIST_DIR` (default `dist`) built
 * for the base path `DIST_BASE` (default `/`). Also reads what every test needs from it.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';

/** The built site's folder. */
export const DIST_DIR = process.env.DIST_DIR ?? 'dist';
/** The base path it was built for, with a slash at each end. */
export const DIST_BASE = `/${(process.env.DIST_BASE ?? '/').replace(/^\/+|\/+$/g, '')}/`.replace(
  '//',
  '/',
);

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

/** One record of `api/articles.json`, the fields the tests use. */
export interface ExportedArticle {
  id: string;
  url: string;
  title: string;
  outlet: string | null;
  published: string | null;
  publishedPrecision: 'datetime' | 'day' | 'month' | 'year' | 'unknown';
  tags: string[];
  body: string;
  source: { file: string; format: string; sha256: string };
  language: string | null;
  removed: { rule: string; text: string }[];
}

/** The site's `api/articles.json`. */
export function exportedArticles(): ExportedArticle[] {
  return JSON.parse(distText('api/articles.json')) as ExportedArticle[];
}

let urls: Map<string, string> | undefined;

/** The address of the built page of article `id`, as `api/articles.json` gives it (under the
 * base path); throws for an article the export does not list. */
export function articleUrl(id: string): string {
  urls ??= new Map(exportedArticles().map((a) => [a.id, a.url]));
  const url = urls.get(id);
  if (url === undefined) throw new Error(`api/articles.json lists no article "${id}"`);
  return url;
}
