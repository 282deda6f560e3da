/**
 * The plain-text cleaner's working model: the input's non-blank lines, each with the blank-line
 * group it belongs to, and one mark per line saying what a cleaning pass decided about it. Passes
 * return new mark arrays; the lines themselves are never altered beyond trimming their ends.
 */
import type { Embed } from '../schema/article.ts';
import type { RuleId } from './rules.ts';

/** A non-blank input line, trimmed, with the index of its blank-line separated group. */
export interface Line {
  readonly text: string;
  readonly group: number;
}

/** What a pass decided about a line: removed by a rule, part of an embedded post (the first line
 * of the post carries the embed), or the byline (metadata, not body). */
export type Mark =
  | { readonly kind: 'removed'; readonly rule: RuleId }
  | { readonly kind: 'embed'; readonly embed: Embed | null }
  | { readonly kind: 'byline' };

/** One mark per line; null where no pass has claimed the line (it is body text so far). */
export type Marks = readonly (Mark | null)[];

/** Lines that hold nothing visible: whitespace and invisible format characters only. */
const BLANK = /^[\s\p{Cf}\p{Z}]*$/u;

/** The non-blank lines of `text`, trimmed, grouped by the blank lines between them. Any line
 * break convention is accepted (LF, CRLF, CR, Unicode line and paragraph separators). */
export function splitLines(text: string): Line[] {
  const lines: Line[] = [];
  let group = 0;
  let blankBefore = false;
  for (const raw of text.split(/\r\n|[\r\n\u2028\u2029]/u)) {
    if (BLANK.test(raw)) {
      blankBefore = true;
      continue;
    }
    if (blankBefore && lines.length > 0) group += 1;
    blankBefore = false;
    lines.push({ text: raw.trim(), group });
  }
  return lines;
}

/** A removal's text: the removed words with runs of whitespace collapsed to one space. */
export function collapseSpace(text: string): string {
  return text.replace(/\s+/gu, ' ').trim();
}

/** `marks` with the marks in `changes` (line index -> mark) applied. */
export function withMarks(marks: Marks, changes: ReadonlyMap<number, Mark>): Marks {
  return marks.map((mark, i) => changes.get(i) ?? mark);
}
