/**
 * The paged JSON API: where each kind's index pages and per-record files live, and what one index
 * page holds. No file grows with the archive: an index page lists at most {@link INDEX_PAGE_SIZE}
 * entries and names the next page, and each record has a file of its own, so a client walks
 * `api/<kind>/1.json`, `2.json`… until `next` is null (the README's "JSON API" section).
 */
import { segment, sitePath } from '../site/urls.ts';

/** The kinds of record the API serves. */
export const API_KINDS = ['articles', 'quotes', 'stories'] as const;

/** One kind of record the API serves. */
export type ApiKind = (typeof API_KINDS)[number];

/** Entries per index page: about 500 bytes each, so a page stays near 250 kB whatever the size of
 * the archive, and 100,000 articles take 200 requests to list. */
export const INDEX_PAGE_SIZE = 500;

/** The single-file exports (`api/articles.json`…) hold every record at once, so they are written
 * only while the archive holds at most this many articles: small enough to stay well under 1 MB
 * for articles of ordinary length. Past it, the paged API and the bulk export are the contract. */
export const SINGLE_FILE_LIMIT = 100;

/** One page of a kind's index. Pages are numbered from 1; an empty archive still has page 1. */
export interface IndexPage<T> {
  readonly kind: ApiKind;
  readonly page: number;
  readonly pages: number;
  readonly pageSize: number;
  /** How many records of this kind the whole archive holds. */
  readonly total: number;
  /** The site path of the next page, or null on the last. */
  readonly next: string | null;
  /** The site path of the previous page, or null on the first. */
  readonly previous: string | null;
  readonly items: readonly T[];
}

/** Whether the archive is small enough for the single-file exports (see {@link SINGLE_FILE_LIMIT}). */
export function writesSingleFiles(articleCount: number): boolean {
  return articleCount <= SINGLE_FILE_LIMIT;
}

/** How many index pages `total` records fill (at least one, so a client always finds page 1). */
export function pageCount(total: number, pageSize: number = INDEX_PAGE_SIZE): number {
  return Math.max(1, Math.ceil(total / pageSize));
}

/** The index page file of `kind` numbered `page`, relative to the site's root. */
export function indexPageFile(kind: ApiKind, page: number): string {
  return `api/${kind}/${page}.json`;
}

/** The file of one record, relative to the site's root: under `id/` so that an id that reads as
 * a number (an article from `7.txt`) never clashes with an index page. */
export function recordFile(kind: ApiKind, id: string): string {
  return `api/${kind}/id/${segment(id)}.json`;
}

/** The site path (base included) of the index page `page` of `kind`. */
export function indexPagePath(base: string, kind: ApiKind, page: number): string {
  return sitePath(base, indexPageFile(kind, page));
}

/** The site path (base included) of the file of record `id` of `kind`. */
export function recordPath(base: string, kind: ApiKind, id: string): string {
  return sitePath(base, recordFile(kind, id));
}

/** Page `page` (from 1) of `items`, which must already be in the index's order (by id). */
export function indexPage<T>(
  base: string,
  kind: ApiKind,
  items: readonly T[],
  page: number,
  pageSize: number = INDEX_PAGE_SIZE,
): IndexPage<T> {
  const pages = pageCount(items.length, pageSize);
  if (!Number.isInteger(page) || page < 1 || page > pages) {
    throw new RangeError(`no page ${page} of ${kind}: it has ${pages}`);
  }
  return {
    kind,
    page,
    pages,
    pageSize,
    total: items.length,
    next: page < pages ? indexPagePath(base, kind, page + 1) : null,
    previous: page > 1 ? indexPagePath(base, kind, page - 1) : null,
    items: items.slice((page - 1) * pageSize, page * pageSize),
  };
}

/** Compares two ids as the indexes sort them (by UTF-16 code units, as the exports always have). */
export function byId<T extends { readonly id: string }>(a: T, b: T): number {
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}
