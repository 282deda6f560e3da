/**
 * The order of an address's captures, earliest first, by what is known of each: its capture date
 * (`WARC-Date`), else the time the text says it was last modified or published (a loose file or a
 * feed item carries no capture date). Captures of which nothing is known come first, so the text
 * shown as latest is the latest known; ties are broken by the text's hash and the input's name,
 * so the order never depends on the order the inputs were read in. The time used to order is
 * never shown as a capture date.
 */
import type { ArticleEntry } from '../schema/article.ts';

/** A capture with the time it is ordered by (ms since the epoch), null when nothing is known. */
export interface OrderedCapture<E extends ArticleEntry = ArticleEntry> {
  readonly entry: E;
  readonly time: number | null;
}

/** The time `value` (ISO 8601 at any precision) names, or null when it names none. */
function timeOf(value: string | null | undefined): number | null {
  if (value === null || value === undefined) return null;
  const ms = Date.parse(value);
  return Number.isNaN(ms) ? null : ms;
}

/** When `entry` is known to have held its text (see the module comment), or null. */
export function knownTime(entry: ArticleEntry): number | null {
  const { source, modified, published } = entry.data;
  return timeOf(source.record?.captured) ?? timeOf(modified) ?? timeOf(published);
}

function tieBreak(entry: ArticleEntry): string {
  const { source } = entry.data;
  return `${source.sha256}\u0000${source.path ?? source.file}\u0000${source.record?.id ?? ''}`;
}

/** `entries` (captures of one address) earliest first; see the module comment. */
export function captureOrder<E extends ArticleEntry>(entries: readonly E[]): OrderedCapture<E>[] {
  return entries
    .map((entry) => ({ entry, time: knownTime(entry), tie: tieBreak(entry) }))
    .sort((a, b) => {
      if (a.time !== b.time) {
        if (a.time === null) return -1;
        if (b.time === null) return 1;
        return a.time - b.time;
      }
      return a.tie < b.tie ? -1 : a.tie > b.tie ? 1 : 0;
    })
    .map(({ entry, time }) => ({ entry, time }));
}
