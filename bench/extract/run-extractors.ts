/**
 * Runs extractors over the same pages in one run, one after the other, each timed on its own:
 * what `npm run bench:extract` compares. Pure apart from the clock.
 */
import type { BenchPage, Extractor } from './extractors.ts';

/** One extractor's texts (page id -> text, or null when refused) and its wall time. */
export interface ToolRun {
  readonly name: string;
  readonly texts: Record<string, string | null>;
  readonly seconds: number;
}

/** Runs `extractor` on every page in order, timing the whole run. */
export async function runTool(
  name: string,
  extractor: Extractor,
  pages: readonly BenchPage[],
): Promise<ToolRun> {
  const texts: Record<string, string | null> = {};
  const start = performance.now();
  for (const page of pages) texts[page.id] = await extractor(page);
  return { name, texts, seconds: (performance.now() - start) / 1000 };
}

/** Pages per second of a run over `pages` pages. */
export function pagesPerSecond(run: ToolRun, pages: number): number {
  return run.seconds === 0 ? 0 : pages / run.seconds;
}
