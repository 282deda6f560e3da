/**
 * The ingest's report of container records that were not articles: how many, and why, per
 * container, so nothing in a web archive or feed is passed over without a word.
 */
import { printableName } from '../ingest/printable-name.ts';

/** The records one container skipped, counted by reason. */
export interface SkipCounts {
  readonly file: string;
  readonly reasons: ReadonlyMap<string, number>;
}

/** The report's lines: one per container (`web.warc: 12 records skipped`), then one per reason
 * (`  7 not an HTML page or JSON (an asset)`), most frequent first, ties by reason. Empty when
 * nothing was skipped. */
export function skipReport(skipped: readonly SkipCounts[]): string[] {
  return skipped.flatMap(({ file, reasons }) => {
    const total = [...reasons.values()].reduce((a, b) => a + b, 0);
    if (total === 0) return [];
    const lines = [...reasons]
      .sort(([a, m], [b, n]) => n - m || a.localeCompare(b))
      .map(([reason, n]) => `  ${n} ${printableName(reason)}`);
    const noun = total === 1 ? 'record' : 'records';
    return [`${printableName(file)}: ${total} ${noun} skipped (not articles)`, ...lines];
  });
}
