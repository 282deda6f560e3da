/**
 * One paragraph of a comparison as HTML: its words as printed, the changed ones in `<del>` (words
 * the other version drops or changes) or `<ins>` (words only this version prints), and its links
 * as the outlet printed them. Built as one string from the paragraph's own characters, escaped,
 * so nothing is added between them; the marks and links are the only markup.
 */
import type { ParagraphLink } from './align-paragraphs.ts';
import { escapeHtml } from './marked-html.ts';
import type { Change, ChangeOp } from './word-changes.ts';

const TAGS: Readonly<Record<ChangeOp, string | null>> = {
  same: null,
  dropped: 'del',
  added: 'ins',
};

/** `text` safe inside a double-quoted attribute. */
export function escapeAttr(text: string): string {
  return escapeHtml(text).replace(/"/g, '&quot;');
}

/** The links printed in `mine` and not in `theirs`, by address, counted as multisets: their
 * indexes in `mine`. */
export function linksOnlyHere(
  mine: readonly ParagraphLink[],
  theirs: readonly ParagraphLink[],
): Set<number> {
  const left = new Map<string, number>();
  for (const l of theirs) left.set(l.href, (left.get(l.href) ?? 0) + 1);
  const only = new Set<number>();
  mine.forEach((l, k) => {
    const n = left.get(l.href) ?? 0;
    if (n > 0) left.set(l.href, n - 1);
    else only.add(k);
  });
  return only;
}

/** The marked run `[from, to)` of the paragraph, cut from `changes` (which cover it in order). */
function marked(changes: readonly Change[], from: number, to: number): string {
  let at = 0;
  let html = '';
  for (const c of changes) {
    const start = Math.max(from, at);
    const end = Math.min(to, at + c.text.length);
    if (end > start) {
      const text = escapeHtml(c.text.slice(start - at, end - at));
      const tag = TAGS[c.op];
      html += tag === null ? text : `<${tag}>${text}</${tag}>`;
    }
    at += c.text.length;
  }
  return html;
}

/**
 * The HTML of a paragraph whose text is `changes` joined, with `links` (offsets into that text,
 * in order, not overlapping) as links; those whose index is in `flagged` are marked as printed
 * only in this version. A mark that a link's edge cuts is split in two, so tags always nest.
 */
export function paragraphHtml(
  changes: readonly Change[],
  links: readonly ParagraphLink[],
  flagged: ReadonlySet<number> = new Set(),
): string {
  const length = changes.reduce((n, c) => n + c.text.length, 0);
  let html = '';
  let at = 0;
  links.forEach((link, k) => {
    if (link.start < at || link.end > length || link.end <= link.start) return;
    html += marked(changes, at, link.start);
    const only = flagged.has(k) ? ' class="link-only"' : '';
    html += `<a href="${escapeAttr(link.href)}"${only}>${marked(changes, link.start, link.end)}</a>`;
    at = link.end;
  });
  return html + marked(changes, at, length);
}
