/**
 * The record `npm run extract` prints for one article: the `api/articles.json` fields (no page
 * URL, no story) plus every quotation the article prints, read from that article alone.
 */
import type { Article } from '../schema/article.ts';
import type { QuoteMention } from '../schema/quote.ts';
import { extractQuotes } from '../quotes/extract-quotes.ts';
import { articleRecord, type ArticleRecord } from './articles-json.ts';

/** One quotation as `npm run extract` prints it: the words as printed, who the article attributes
 * them to (null when it does not say, always null for a term) and whether a person or an
 * organisation, its kind, where it is (offsets into `body`, or into the embedded post `embed`),
 * and the utterance it is a part of. */
export type PrintedQuote = Pick<
  QuoteMention,
  'text' | 'speaker' | 'speakerType' | 'kind' | 'start' | 'end' | 'embed' | 'utterance'
>;

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
    speakerType: m.speakerType,
    kind: m.kind,
    start: m.start,
    end: m.end,
    embed: m.embed,
    utterance: m.utterance,
  }));
  return { ...articleRecord(article), quotes };
}
