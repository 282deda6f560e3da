/**
 * Inline content to inlines, with HTML's whitespace semantics: a run of ASCII whitespace shows as
 * one space, across element boundaries too, and none at a block's edges. Every other character
 * (U+00A0 included) is kept exactly, and adjacent inline elements are joined exactly as a browser
 * joins them ("Wash<b>ing</b>ton" stays one word, "a <b>b</b>" stays two).
 */
import type { Inline } from './blocks.ts';
import { HTML_SPACE } from './html-dom.ts';

/** A piece of inline content as met in document order: text (with the link it is in), or a
 * `<br>` line break. */
export type Piece =
  | { readonly kind: 'text'; readonly text: string; readonly href: string | null }
  | { readonly kind: 'br' };

/** Non-blank: some character that is not whitespace or an invisible zero-width mark. */
const VISIBLE = /[^\s\u200b-\u200d\u2060\ufeff]/u;

/** True when `inlines` show any visible character. */
export function hasVisibleText(inlines: readonly Inline[]): boolean {
  return inlines.some((i) => VISIBLE.test(i.text));
}

/** Splits the pieces at runs of two or more `<br>` (a blank line between paragraphs); a single
 * `<br>` reads as a space, since a paragraph's text is one line. */
function splitAtBlankLines(pieces: readonly Piece[]): Piece[][] {
  const groups: Piece[][] = [];
  let group: Piece[] = [];
  let pendingBreaks = 0;
  for (const piece of pieces) {
    if (piece.kind === 'br') {
      pendingBreaks += 1;
      continue;
    }
    if (pendingBreaks > 0 && VISIBLE.test(piece.text)) {
      if (pendingBreaks >= 2) {
        groups.push(group);
        group = [];
      } else group.push({ kind: 'text', text: ' ', href: null });
      pendingBreaks = 0;
    }
    group.push(piece);
  }
  return [...groups, group];
}

/** Collapses whitespace across pieces and trims the block's edges. */
function collapse(pieces: readonly Piece[]): { text: string; href: string | null }[] {
  const out: { text: string; href: string | null }[] = [];
  let afterSpace = true;
  for (const piece of pieces) {
    if (piece.kind !== 'text') continue;
    let text = piece.text.replace(HTML_SPACE, ' ');
    if (afterSpace && text.startsWith(' ')) text = text.slice(1);
    if (text === '') continue;
    out.push({ text, href: piece.href });
    afterSpace = text.endsWith(' ');
  }
  for (let last = out.at(-1); last?.text.endsWith(' '); last = out.at(-1)) {
    last.text = last.text.slice(0, -1);
    if (last.text === '') out.pop();
  }
  return out;
}

/** Moves a link's edge spaces outside it (they are shown, but are not the link's words), drops
 * links with no visible text and merges neighbours of the same kind. */
function toInlines(runs: readonly { text: string; href: string | null }[]): Inline[] {
  const flat: { text: string; href: string | null }[] = [];
  for (const run of runs) {
    if (run.href === null || !VISIBLE.test(run.text)) {
      flat.push({ text: run.text, href: null });
      continue;
    }
    const [, lead = '', core = '', trail = ''] = /^( ?)(.*?)( ?)$/su.exec(run.text) ?? [];
    if (lead) flat.push({ text: lead, href: null });
    flat.push({ text: core, href: run.href });
    if (trail) flat.push({ text: trail, href: null });
  }
  const merged: Inline[] = [];
  for (const run of flat) {
    const last = merged.at(-1);
    const lastHref = last?.kind === 'link' ? last.href : null;
    if (last && lastHref === run.href) {
      merged[merged.length - 1] =
        run.href === null
          ? { kind: 'text', text: last.text + run.text }
          : { kind: 'link', text: last.text + run.text, href: run.href };
    } else {
      merged.push(
        run.href === null
          ? { kind: 'text', text: run.text }
          : { kind: 'link', text: run.text, href: run.href },
      );
    }
  }
  return merged;
}

/** The paragraphs the pieces make (several when blank lines of `<br>`s split them), each trimmed
 * and whitespace-collapsed; blank paragraphs are left out. */
export function piecesToParagraphs(pieces: readonly Piece[]): Inline[][] {
  return splitAtBlankLines(pieces)
    .map((group) => toInlines(collapse(group)))
    .filter(hasVisibleText);
}
