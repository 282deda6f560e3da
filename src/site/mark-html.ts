/**
 * Marks stretches of a rendered body, given as offsets into its plain text, by inserting elements
 * into the HTML and changing nothing else: every byte of the original HTML is kept, in order, so
 * with the inserted tags taken out the page reads exactly as before (the text is evidence).
 *
 * The plain text and the HTML are two renderings of the same blocks (`src/clean/blocks.ts`): they
 * hold the same characters in the same order, and differ only in whitespace (paragraph breaks,
 * line breaks folded into spaces) and in what the HTML adds around the text (embedded posts, kept
 * out of the plain text). Offsets are carried over on the characters that are not whitespace; when
 * the two do not line up, nothing is marked rather than something marked in the wrong place.
 */
import { Parser } from 'htmlparser2';
import { escapeHtml } from './marked-html.ts';

/** A stretch of the plain text to mark: `[start, end)`. */
export interface HtmlMark {
  readonly start: number;
  readonly end: number;
  /** Where the mark links to; null for a mark that links nowhere. */
  readonly href: string | null;
  /** Said by screen readers as its description, and shown on hover. */
  readonly title: string;
  readonly className: string;
}

/** One decoded text token of the HTML, with the source range it was read from. */
interface TextRun {
  data: string;
  /** Source offset of each character's first byte, and just past its last. */
  readonly from: number[];
  readonly to: number[];
  /** Inside a link already: a mark there cannot be a link too. */
  readonly inLink: boolean;
}

/** Elements whose text the plain text leaves out: embedded posts are the poster's words. */
const OUTSIDE_TEXT = 'figure';

/** The HTML's text tokens in order, outside embedded posts. An entity decodes to characters that
 * all take the entity's whole source range, so a mark never cuts one. */
export function textRuns(html: string): TextRun[] {
  const runs: TextRun[] = [];
  // How many of each element are open: a stack searched per token would cost its depth each time.
  const open = new Map<string, number>();
  const count = (name: string, by: number): void => {
    open.set(name, (open.get(name) ?? 0) + by);
  };
  const parser: Parser = new Parser(
    {
      onopentag: (name) => count(name, 1),
      onclosetag: (name) => count(name, -1),
      ontext: (data) => {
        if ((open.get(OUTSIDE_TEXT) ?? 0) > 0) return;
        const start = parser.startIndex;
        const end = parser.endIndex + 1;
        const exact = html.slice(start, end) === data;
        // Offsets count UTF-16 code units, as the plain text's offsets do.
        const units = { length: data.length };
        const from = Array.from(units, (_, k) => (exact ? start + k : start));
        const to = Array.from(units, (_, k) => (exact ? start + k + 1 : end));
        const inLink = (open.get('a') ?? 0) > 0;
        const last = runs.at(-1);
        // Entities end a token: a run goes on over the tokens of one stretch of source text.
        if (last !== undefined && last.inLink === inLink && last.to.at(-1) === start) {
          last.data += data;
          from.forEach((at, k) => {
            last.from.push(at);
            last.to.push(to[k] ?? at);
          });
        } else runs.push({ data, from, to, inLink });
      },
    },
    { decodeEntities: true },
  );
  parser.end(html);
  return runs;
}

const SPACE = /\s/u;

/** For each run, the plain-text offset of each of its characters (-1 for whitespace); null when
 * the runs do not hold exactly the plain text's non-whitespace characters, in order. */
export function alignRuns(runs: readonly TextRun[], text: string): number[][] | null {
  let at = 0;
  const skipSpace = (): void => {
    while (at < text.length && SPACE.test(text.charAt(at))) at += 1;
  };
  const aligned: number[][] = [];
  for (const run of runs) {
    const offsets: number[] = [];
    for (const char of run.data.split('')) {
      if (SPACE.test(char)) {
        offsets.push(-1);
        continue;
      }
      skipSpace();
      if (text.charAt(at) !== char) return null;
      offsets.push(at);
      at += 1;
    }
    aligned.push(offsets);
  }
  skipSpace();
  return at === text.length ? aligned : null;
}

function openTag(mark: HtmlMark, inLink: boolean): string {
  const attrs = `class="${escapeAttribute(mark.className)}" title="${escapeAttribute(mark.title)}"`;
  return mark.href === null || inLink
    ? `<span ${attrs}>`
    : `<a href="${escapeAttribute(mark.href)}" ${attrs}>`;
}

function escapeAttribute(value: string): string {
  return escapeHtml(value).replace(/"/g, '&quot;');
}

interface Insert {
  readonly at: number;
  readonly tag: string;
}

/** Where to insert each tag: one element per run a mark touches, around the characters of the
 * run inside it, from its first to its last non-whitespace one. One pass over the characters,
 * `marks` sorted by start: plain-text offsets only grow along the runs. */
function insertions(
  runs: readonly TextRun[],
  offsets: readonly (readonly number[])[],
  marks: readonly HtmlMark[],
): Insert[] {
  const inserts: Insert[] = [];
  let m = 0;
  runs.forEach((run, r) => {
    let current: { mark: HtmlMark; from: number; to: number } | null = null;
    const flush = (): void => {
      if (current === null) return;
      const plain = current.mark.href === null || run.inLink;
      inserts.push({ at: current.from, tag: openTag(current.mark, run.inLink) });
      inserts.push({ at: current.to, tag: plain ? '</span>' : '</a>' });
      current = null;
    };
    (offsets[r] ?? []).forEach((offset, k) => {
      if (offset < 0) return;
      while (m < marks.length && (marks[m]?.end ?? 0) <= offset) m += 1;
      const mark = marks[m];
      const inside = mark !== undefined && mark.start <= offset;
      if (current !== null && (!inside || current.mark !== mark)) flush();
      if (!inside) return;
      current ??= { mark, from: run.from[k] ?? 0, to: 0 };
      current.to = run.to[k] ?? 0;
    });
    flush();
  });
  return inserts;
}

/** `html` with each mark's stretch of `text` wrapped in a link (a `<span>` when it has no target
 * or sits inside a link already), split at element boundaries so the HTML stays well formed.
 * Marks must not overlap. Unchanged when `html` does not render `text`. */
export function markHtml(html: string, text: string, marks: readonly HtmlMark[]): string {
  if (marks.length === 0) return html;
  const runs = textRuns(html);
  const offsets = alignRuns(runs, text);
  if (offsets === null) return html;
  const sorted = [...marks].sort((a, b) => a.start - b.start);
  let out = '';
  let at = 0;
  for (const insert of insertions(runs, offsets, sorted)) {
    out += html.slice(at, insert.at) + insert.tag;
    at = insert.at;
  }
  return out + html.slice(at);
}
