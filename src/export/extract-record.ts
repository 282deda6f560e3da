/**
 * The record `npm run extract` prints for one article: the `api/articles.json` fields (no page
 * URL, no story) plus every quotation the article prints, read from that article alone.
 */
import type { Article } from '../schema/article.ts';
import type { QuoteKind } from '../schema/quote.ts';
import { extractQuotes } from '../quotes/extract-quotes.ts';
import { articleRecord, type ArticleRecord } from './articles-json.ts';

/** One quotation as `npm run extract` prints it: the words as printed, the person the article
 * attributes them to (null when it does not say, always null for a term), and its kind. */
export interface PrintedQuote {
  readonly text: string;
  readonly speaker: string | null;
  readonly kind: QuoteKind;
}

/** An extract record: the article's export fields and its quotations in document order (body,
 * then embedded posts). */
export type ExtractRecord = Omit<ArticleRecord, 'quotes' | 'story' | 'url'> & {
  readonly quotes: readonly PrintedQuote[];
};

/** The extract record of `article`. */
export function extractRecord(article: Article): ExtractRecord {
  const quotes = extractQuotes(article).map((m) => ({
    text: m.text,
    speaker: m.speaker,
    kind: m.kind,
  }));
  return { ...articleRecord(article), quotes };
}
