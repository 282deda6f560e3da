/**
 * Two versions of a text aligned paragraph by paragraph, as NewsDiffs shows them: a paragraph of
 * one beside its counterpart in the other, or beside a gap when the other has none. Paragraphs are
 * the outlets' own (never split or joined), so a row always starts and ends where a sentence does.
 * The order comes from a Myers diff (the `diff` package) over the paragraphs, two paragraphs
 * counting as counterparts when they share most of their words.
 */
import { diffArrays } from 'diff';
import { words } from '../text/words.ts';

/** A link inside a paragraph: `[start, end)` offsets into its text, and where it points. */
export interface ParagraphLink {
  readonly start: number;
  readonly end: number;
  readonly href: string;
}

/** One paragraph as the outlet printed it, with its links. */
export interface Paragraph {
  readonly text: string;
  readonly links: readonly ParagraphLink[];
}

/** `same`: identical text and links; `changed`: counterparts that differ; `left` / `right`: a
 * paragraph only that side prints. */
export type RowKind = 'same' | 'changed' | 'left' | 'right';

/** One aligned row: paragraph indexes into each side, null for a gap. */
export interface AlignedRow {
  readonly kind: RowKind;
  readonly left: number | null;
  readonly right: number | null;
}

/** Two paragraphs are counterparts when their shared words (as bags) are at least this share of
 * both texts' words together (the Dice coefficient): an edited copy keeps far more, a different
 * paragraph on the same event far less. */
export const COUNTERPART_MIN = 0.5;

/** Where each paragraph of an archived text is: blank lines separate them (the archive's own
 * format); single line breaks stay inside. Each span is the paragraph as printed, whitespace at
 * its two edges aside; blank paragraphs are left out. */
export function paragraphSpans(text: string): { start: number; end: number }[] {
  const spans: { start: number; end: number }[] = [];
  let from = 0;
  for (const cut of [...text.matchAll(/\n[^\S\n]*\n/g), null]) {
    const to = cut === null ? text.length : cut.index;
    const piece = text.slice(from, to);
    const start = from + (piece.length - piece.trimStart().length);
    const end = to - (piece.length - piece.trimEnd().length);
    if (end > start) spans.push({ start, end });
    if (cut !== null) from = cut.index + cut[0].length;
  }
  return spans;
}

/** The paragraphs of an archived text, as {@link paragraphSpans} finds them. */
export function splitParagraphs(text: string): string[] {
  return paragraphSpans(text).map((s) => text.slice(s.start, s.end));
}

/** The Dice coefficient of two word bags: twice the words in common over all words. */
export function similarity(left: readonly string[], right: readonly string[]): number {
  if (left.length + right.length === 0) return 1;
  const counts = new Map<string, number>();
  for (const w of left) counts.set(w, (counts.get(w) ?? 0) + 1);
  let common = 0;
  for (const w of right) {
    const n = counts.get(w) ?? 0;
    if (n > 0) {
      counts.set(w, n - 1);
      common += 1;
    }
  }
  return (2 * common) / (left.length + right.length);
}

const sameLinks = (x: Paragraph, y: Paragraph): boolean =>
  x.links.length === y.links.length &&
  x.links.every((l, k) => {
    const m = y.links[k];
    return m !== undefined && m.href === l.href && m.start === l.start && m.end === l.end;
  });

/** The rows of `left` beside `right`: every paragraph of each side exactly once, in its order.
 * Identical paragraphs (text and links) are `same`; counterparts by {@link COUNTERPART_MIN} are
 * `changed`; the rest stand beside a gap, the left side's first where both have some. */
export function alignParagraphs(
  left: readonly Paragraph[],
  right: readonly Paragraph[],
): AlignedRow[] {
  type Item = { readonly index: number; readonly words: readonly string[] };
  const items = (ps: readonly Paragraph[]): Item[] =>
    ps.map((p, index) => ({ index, words: words(p.text) }));
  const changes = diffArrays(items(left), items(right), {
    comparator: (x: Item, y: Item) => similarity(x.words, y.words) >= COUNTERPART_MIN,
  });
  const rows: AlignedRow[] = [];
  let l = 0;
  let r = 0;
  for (const change of changes) {
    const count = change.count ?? change.value.length;
    for (let k = 0; k < count; k += 1) {
      if (change.removed) rows.push({ kind: 'left', left: l++, right: null });
      else if (change.added) rows.push({ kind: 'right', left: null, right: r++ });
      else {
        const x = left[l];
        const y = right[r];
        const same = x !== undefined && y !== undefined && x.text === y.text && sameLinks(x, y);
        rows.push({ kind: same ? 'same' : 'changed', left: l++, right: r++ });
      }
    }
  }
  return rows;
}
