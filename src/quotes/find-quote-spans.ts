/**
 * Where the quotation marks of a body are: pairs of double marks (curly or straight), a quotation
 * running over paragraphs (left open, the next paragraph reopening it), and single curly marks
 * used as outer quotes. Apostrophes (it’s, cities’, ’90s) and single marks nested inside a
 * double-quoted passage are never taken for quotation marks.
 */
import type { QuoteSegment } from '../schema/quote.ts';

/** A quotation as printed: its segments (one per paragraph it runs over), marks excluded. */
export interface QuoteSpan {
  readonly segments: QuoteSegment[];
  /** Index of the paragraph it starts in. */
  readonly paragraph: number;
  /** Offset of its opening mark. */
  readonly open: number;
  /** Offset just past its closing mark. */
  readonly close: number;
}

/** Paragraphs of a body as [start, end) offsets (blank-line separated, empty ones skipped). */
export function paragraphRanges(text: string): [number, number][] {
  const ranges: [number, number][] = [];
  let start = 0;
  for (const match of text.matchAll(/\n[ \t]*\n\s*/g)) {
    if (text.slice(start, match.index).trim()) ranges.push([start, match.index]);
    start = match.index + match[0].length;
  }
  if (text.slice(start).trim()) ranges.push([start, text.length]);
  return ranges;
}

type Mark = 'open' | 'close' | 'either';

const OPENERS = /[\s([{\u2014\u2013/:-]/u;

/** How a double mark at `i` reads: curly marks say so; a straight one is read from its sides. */
function doubleMark(text: string, i: number): Mark | null {
  const c = text[i];
  const prev = i > 0 ? (text[i - 1] ?? '') : '';
  const next = text[i + 1] ?? '';
  if (c === '“' || c === '„') return 'open';
  if (c === '”') return /\s/.test(prev) && /[\p{L}\p{N}]/u.test(next) ? 'open' : 'close';
  if (c !== '"') return null;
  const canOpen = (prev === '' || OPENERS.test(prev)) && next !== '' && !/\s/.test(next);
  const canClose =
    prev !== '' && !/\s/.test(prev) && (next === '' || /[\s.,;:!?)\]}\u2014-]/u.test(next));
  if (canOpen && !canClose) return 'open';
  if (canClose && !canOpen) return 'close';
  return 'either';
}

/** A single curly mark at `i` that opens or closes an outer quotation (not an apostrophe). */
function singleMark(text: string, i: number): Mark | null {
  const c = text[i];
  const prev = i > 0 ? (text[i - 1] ?? '') : '';
  const next = text[i + 1] ?? '';
  if (c === '‘')
    return (prev === '' || OPENERS.test(prev)) && /[\p{L}\p{N}]/u.test(next) ? 'open' : null;
  if (c === '’') return /[\p{L}\p{N}]/u.test(next) ? null : 'close';
  return null;
}

function trimmed(text: string, start: number, end: number): QuoteSegment {
  let s = start;
  let e = end;
  while (s < e && /\s/.test(text[s] ?? '')) s += 1;
  while (e > s && /\s/.test(text[e - 1] ?? '')) e -= 1;
  return { start: s, end: e };
}

/** Every quotation in `text`, in order. An unclosed mark not continued by the next paragraph is
 * dropped (nothing is guessed); a single-quoted passage inside double marks stays part of it. */
export function findQuoteSpans(text: string): QuoteSpan[] {
  const spans: QuoteSpan[] = [];
  const paragraphs = paragraphRanges(text);
  let open: { at: number; paragraph: number; segments: QuoteSegment[]; from: number } | null = null;
  let single: { at: number; paragraph: number } | null = null;
  paragraphs.forEach(([pStart, pEnd], p) => {
    single = null;
    for (let i = pStart; i < pEnd; i += 1) {
      const mark = doubleMark(text, i);
      if (mark) {
        const opening = mark === 'open' || (mark === 'either' && !open);
        if (opening && open && open.paragraph < p && i === pStart) {
          open.from = i + 1;
        } else if (opening) {
          open = { at: i, paragraph: p, segments: [], from: i + 1 };
          single = null;
        } else if (open) {
          const segment = trimmed(text, open.from, i);
          const segments = [...open.segments, segment].filter((s) => s.end > s.start);
          if (segments.length > 0) {
            spans.push({ segments, paragraph: open.paragraph, open: open.at, close: i + 1 });
          }
          open = null;
        }
        continue;
      }
      if (open) continue;
      const quote = singleMark(text, i);
      if (quote === 'open' && !single) single = { at: i, paragraph: p };
      else if (quote === 'close' && single && i > single.at + 1) {
        spans.push({
          segments: [trimmed(text, single.at + 1, i)],
          paragraph: p,
          open: single.at,
          close: i + 1,
        });
        single = null;
      }
    }
    if (open) {
      const next = paragraphs[p + 1];
      const continues = next && /^[“"„]/u.test(text.slice(next[0], next[0] + 1));
      if (continues) open.segments.push(trimmed(text, open.from, pEnd));
      else open = null;
    }
  });
  return spans;
}
