/**
 * Reads a built site's paged index (`api/<kind>/<n>.json`) back from disk, for the steps that run
 * after `astro build` on what it wrote: copying the raw inputs, the bulk export, the benchmark.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { indexPageFile, type ApiKind, type IndexPage } from './api-paging.ts';
import type { CsvValue } from './csv.ts';

/** An index entry as read back: its fields by name (see `index-entries.ts`). */
export type IndexEntry = Readonly<Record<string, CsvValue>> & { readonly id: string };

/** Every index entry of `kind` in the site built in `site`, walking its pages from 1 while each
 * names a next one (at most as many pages as page 1 says there are, so a bad link cannot loop). */
export async function readIndex(site: string, kind: ApiKind): Promise<IndexEntry[]> {
  const entries: IndexEntry[] = [];
  for (let page = 1, pages = 1; page <= pages; page += 1) {
    const text = await readFile(join(site, indexPageFile(kind, page)), 'utf8');
    const parsed = JSON.parse(text) as IndexPage<IndexEntry>;
    entries.push(...parsed.items);
    pages = parsed.next === null ? page : parsed.pages;
  }
  return entries;
}
