/**
 * An article's paragraphs with the links its outlet printed in them, for the comparison page:
 * the paragraphs are the archived plain text's own, the links are read off the rendered body and
 * carried over onto that text. The two are renderings of the same blocks and hold the same
 * characters apart from whitespace (see `mark-html.ts`), so a link is placed by counting the
 * characters that are not whitespace; when the two do not line up, the paragraphs come without
 * links rather than with a link on the wrong words. Build-time only (it parses HTML).
 */
import { Parser } from 'htmlparser2';
import { paragraphSpans, type Paragraph, type ParagraphLink } from './align-paragraphs.ts';
import { safeHref } from './safe-href.ts';

/** The rendered body's text outside embedded posts, and its links as offsets into that text. */
function renderedText(html: string): { text: string; links: ParagraphLink[] } {
  let text = '';
  const links: ParagraphLink[] = [];
  let figures = 0;
  const open: { href: string | null; start: number }[] = [];
  const parser = new Parser({
    onopentag: (name, attrs) => {
      if (name === 'figure') figures += 1;
      if (name === 'a') open.push({ href: safeHref(attrs['href'] ?? null), start: text.length });
    },
    onclosetag: (name) => {
      if (name === 'figure') figures -= 1;
      const link = name === 'a' ? open.pop() : undefined;
      if (link?.href != null && text.length > link.start) {
        links.push({ start: link.start, end: text.length, href: link.href });
      }
    },
    ontext: (data) => {
      if (figures === 0) text += data;
    },
  });
  parser.end(html);
  return { text, links };
}

/** For each character of `from` that is not whitespace, the offset of the same character in
 * `to`; null when the two texts' non-whitespace characters differ. */
function carryOver(from: string, to: string): (number | null)[] | null {
  const map: (number | null)[] = Array.from({ length: from.length }, () => null);
  let j = 0;
  for (let i = 0; i < from.length; i += 1) {
    if (/\s/.test(from[i] ?? '')) continue;
    while (j < to.length && /\s/.test(to[j] ?? '')) j += 1;
    if (from[i] !== to[j]) return null;
    map[i] = j;
    j += 1;
  }
  return /\S/.test(to.slice(j)) ? null : map;
}

/** The first and last mapped offsets of `[start, end)` in `map`, as a range of the target. */
function mapRange(map: readonly (number | null)[], start: number, end: number) {
  const mapped = map.slice(start, end).filter((k): k is number => k !== null);
  const first = mapped[0];
  const last = mapped[mapped.length - 1];
  return first === undefined || last === undefined ? null : { start: first, end: last + 1 };
}

/**
 * The paragraphs of `text` (as `paragraphSpans` cuts them), each with the web links `html` (its
 * rendered body) prints inside it, as offsets into the paragraph. Links to anything but http(s)
 * are left out, as everywhere on the site; all links are left out when `html` is missing or does
 * not hold the same characters as `text`.
 */
export function paragraphsWithLinks(text: string, html: string | undefined): Paragraph[] {
  const spans = paragraphSpans(text);
  const rendered = html === undefined ? null : renderedText(html);
  const map = rendered === null ? null : carryOver(rendered.text, text);
  const links = (rendered?.links ?? []).flatMap((l) => {
    const range = map === null ? null : mapRange(map, l.start, l.end);
    return range === null ? [] : [{ ...range, href: l.href }];
  });
  return spans.map((span) => ({
    text: text.slice(span.start, span.end),
    links: links
      .filter((l) => l.start >= span.start && l.end <= span.end)
      .map((l) => ({ start: l.start - span.start, end: l.end - span.start, href: l.href }))
      .sort((x, y) => x.start - y.start),
  }));
}
