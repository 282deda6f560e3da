/**
 * How Astro stores the content collections of this archive. Astro's default writes the whole
 * content store as one string, which V8 caps at about 536 million characters: the store takes
 * about 1.1 bytes per byte of the entries (683 MB for 622 MB of entries at 100,000 synthetic
 * articles), so one file stops a build near 490 MB of entries. Astro's `chunked` storage writes
 * files of at most 20 MB instead, with no such limit, but costs about 7 ms more per article to
 * write (24.2 s instead of 8.8 s for `astro sync` at 2,000 articles), so it is used only for an
 * archive whose entries pass `CHUNKED_FROM_BYTES`.
 */
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** Entries (bytes, all together) from which the store is chunked: half of where one file fails. */
export const CHUNKED_FROM_BYTES = 250_000_000;

/** Astro's `experimental.collectionStorage` setting for the entries in `entriesDir`: `chunked`
 * when they take `CHUNKED_FROM_BYTES` or more, else `single-file` (also when there are none). */
export function collectionStorage(entriesDir: string): 'single-file' | 'chunked' {
  let names: string[];
  try {
    names = readdirSync(entriesDir);
  } catch {
    return 'single-file';
  }
  let bytes = 0;
  for (const name of names) {
    bytes += statSync(join(entriesDir, name), { throwIfNoEntry: false })?.size ?? 0;
    if (bytes >= CHUNKED_FROM_BYTES) return 'chunked';
  }
  return 'single-file';
}
