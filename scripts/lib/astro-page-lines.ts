/**
 * Astro's output lines for the pages `astro build` writes, as the build script and the benchmark
 * count them: one line per page or file, e.g. `  ├─ /articles/x/index.html (+3ms)`, ending in
 * `(cached)` or `(restored)` when the page was copied from the previous build (Astro's incremental
 * build) rather than rendered. Astro colours these lines when the terminal or `FORCE_COLOR` asks
 * for it, so they are read with their colour codes removed.
 */
import { stripVTControlCharacters } from 'node:util';

/** Astro's line for one written page or file. */
export const ASTRO_PAGE = /[├└]─ \//;

/** The end of Astro's line for a page copied from the previous build. */
export const REUSED_PAGE = /\((?:cached|restored)\)/;

/** Pages and files an `astro build` wrote, and how many of them it copied from the last build. */
export interface PageCount {
  written: number;
  reused: number;
}

/** Counts `line` into `count` when it is Astro's line for a written page; true when it is. */
export function countPageLine(line: string, count: PageCount): boolean {
  const plain = stripVTControlCharacters(line);
  if (!ASTRO_PAGE.test(plain)) return false;
  count.written += 1;
  if (REUSED_PAGE.test(plain)) count.reused += 1;
  return true;
}
