/**
 * Which quotations of an article's body its page marks, and where each links: every speech and
 * fragment printed in the body, linked to the quote page of the quote it was grouped into, and
 * described by its speaker. Terms (scare quotes, titles, labels) are nobody's words and stay
 * unmarked; embedded posts are not in the body's text.
 */
import type { Article } from '../schema/article.ts';
import type { Quote, QuoteMention } from '../schema/quote.ts';
import type { Coverage } from './coverage-collection.ts';
import { markHtml } from './mark-html.ts';

/** The class of a marked quotation, for the stylesheet. */
export const QUOTE_MARK_CLASS = 'quoted';

/** A quotation to mark in the body's plain text, `[start, end)`. */
export interface QuoteMark {
  readonly start: number;
  readonly end: number;
  /** The id of the quote it was grouped into, or null when it has no quote page. */
  readonly quote: string | null;
  /** Who said it, for its description. */
  readonly speaker: string | null;
  readonly kind: 'speech' | 'fragment';
}

/** Quote id by where one article printed it: `start:end` in its body. */
function quotesByOffsets(article: string, quotes: readonly Quote[]): Map<string, string> {
  const found = new Map<string, string>();
  for (const quote of quotes) {
    for (const a of quote.appearances) {
      if (a.article === article && a.embed === null) found.set(`${a.start}:${a.end}`, quote.id);
    }
  }
  return found;
}

/** The marks of one article, sorted by start, none overlapping another: of two quotations that
 * overlap (one nested in the other, say), the one starting first is kept, and of two starting
 * together the longer. Only quotations inside `[0, textLength)` with some extent are kept.
 * `quotes` are the quotes the article prints (a mention links to the one with an appearance at
 * its offsets; looking only at those keeps a page's work to its own quotes). */
export function quoteMarks(
  article: string,
  mentions: readonly QuoteMention[],
  quotes: readonly Quote[],
  textLength: number,
): QuoteMark[] {
  const byOffsets = quotesByOffsets(article, quotes);
  const candidates = mentions
    .filter((m) => m.embed === null && m.start < m.end && m.end <= textLength)
    .flatMap((m) =>
      m.kind === 'speech' || m.kind === 'fragment'
        ? [
            {
              start: m.start,
              end: m.end,
              quote: byOffsets.get(`${m.start}:${m.end}`) ?? null,
              speaker: m.speaker,
              kind: m.kind,
            },
          ]
        : [],
    )
    .sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: QuoteMark[] = [];
  for (const mark of candidates) {
    if (mark.start >= (kept.at(-1)?.end ?? 0)) kept.push(mark);
  }
  return kept;
}

/** The marks of one article's body, from the archive's analysis of it (none when it has none). */
export function articleQuoteMarks(
  article: Pick<Article, 'id' | 'text'>,
  coverage: Pick<Coverage, 'analysis' | 'quoteById'>,
): QuoteMark[] {
  const analysis = coverage.analysis.get(article.id);
  const printed = (analysis?.quotes ?? []).flatMap((id) => coverage.quoteById.get(id) ?? []);
  return quoteMarks(article.id, analysis?.mentions ?? [], printed, article.text.length);
}

/** What a marked quotation says of itself (its title, read as its description): who said it and,
 * when it links, where to. */
export function quoteMarkTitle(mark: QuoteMark): string {
  const who = mark.speaker === null ? 'Speaker not stated' : `Said by ${mark.speaker}`;
  const words = mark.kind === 'fragment' ? 'words quoted in the sentence' : 'quotation';
  return mark.quote === null ? `${who} (${words})` : `${who} (${words}): every article printing it`;
}

/** The rendered body `html` of an article whose plain text is `text`, with its quotations marked
 * (see `quoteMarks`; `quotes` are the quotes it prints) and linked to their quote pages with
 * `quoteHref`. Nothing but the inserted elements differs from `html`; it is returned unchanged
 * when it does not render `text`. */
export function markQuotations(
  html: string,
  text: string,
  marks: readonly QuoteMark[],
  quoteHref: (id: string) => string,
): string {
  return markHtml(
    html,
    text,
    marks.map((mark) => ({
      start: mark.start,
      end: mark.end,
      href: mark.quote === null ? null : quoteHref(mark.quote),
      title: quoteMarkTitle(mark),
      className: `${QUOTE_MARK_CLASS} ${mark.kind}`,
    })),
  );
}
