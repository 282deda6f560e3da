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

/** Marks that only open or only close a quotation, in every language that prints them: guillemets,
 * corner brackets, and a doubled right single mark used as a closing double (’’). */
const OPENING = new Set(['«', '「', '『']);
const CLOSING = new Set(['»', '」', '』']);

/** How a double mark at `i` reads, given the mark that opened the current quotation (if any):
 * curly and bracket marks say so; a straight one is read from its sides. */
function doubleMark(text: string, i: number, opener: string | null): Mark | null {
  const c = text[i] ?? '';
  const prev = i > 0 ? (text[i - 1] ?? '') : '';
  const next = text[i + 1] ?? '';
  if (OPENING.has(c)) return 'open';
  if (CLOSING.has(c)) return opener === null ? null : 'close';
  if (c === '’' && next === '’') return opener === null ? null : 'close';
  // German „…“: the mark that opens English quotations closes this one.
  if (c === '“' && opener === '„') return 'close';
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

/** Scripts written without apostrophes: a mark between two of their letters closes a quotation. */
const NO_APOSTROPHES = /[\p{Script=Hangul}\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u;

/** A single mark at `i` (curly, straight or angle) that opens or closes an outer quotation, never
 * an apostrophe (it’s, ’90s, rock ’n’ roll). */
function singleMark(text: string, i: number): Mark | null {
  const c = text[i];
  const prev = i > 0 ? (text[i - 1] ?? '') : '';
  const next = text[i + 1] ?? '';
  const letterNext = /[\p{L}\p{N}]/u.test(next);
  const opens = (prev === '' || OPENERS.test(prev)) && letterNext;
  if (c === '‘' || c === '‹') return opens ? 'open' : null;
  if (c === '›') return 'close';
  if (c === '’') return letterNext && !NO_APOSTROPHES.test(prev) ? null : 'close';
  if (c !== "'") return null;
  if (opens) return 'open';
  return !letterNext && prev !== '' && !/\s/.test(prev) ? 'close' : null;
}

/** True when a single-marked stretch reads as a quotation, not letters between apostrophes
 * ("rock ’n’ roll", "’em"): at least two letters. */
function quotable(text: string, start: number, end: number): boolean {
  return (text.slice(start, end).match(/[\p{L}\p{N}]/gu)?.length ?? 0) >= 2;
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
      const mark = doubleMark(text, i, open ? (text[open.at] ?? null) : null);
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
          const width = text[i] === '’' ? 2 : 1;
          if (segments.length > 0) {
            spans.push({ segments, paragraph: open.paragraph, open: open.at, close: i + width });
          }
          open = null;
          i += width - 1;
        }
        continue;
      }
      if (open) continue;
      const quote = singleMark(text, i);
      if (quote === 'open' && !single) single = { at: i, paragraph: p };
      else if (quote === 'close' && single && quotable(text, single.at + 1, i)) {
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
