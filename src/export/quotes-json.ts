/**
 * The data contract of `api/quotes.json`: every quote grouped across outlets, with each article
 * that printed it. Field names are a public contract (documented in the README): later work adds
 * fields, never renames them.
 */
import type { Quote, Variant } from '../schema/quote.ts';

/** One quote as exported: its fullest text, its speaker (null when no article says), and one
 * appearance per article that printed it (`article` is the article id). */
export interface QuoteRecord {
  readonly id: string;
  readonly text: string;
  readonly speaker: string | null;
  readonly appearances: readonly {
    readonly article: string;
    readonly text: string;
    readonly variant: Variant;
  }[];
}

/** The export record of `quote`: the analysis' own diff and kind stay internal. */
export function quoteRecord(quote: Quote): QuoteRecord {
  return {
    id: quote.id,
    text: quote.text,
    speaker: quote.speaker,
    appearances: quote.appearances.map((a) => ({
      article: a.article,
      text: a.text,
      variant: a.variant,
    })),
  };
}

/** The text of `api/quotes.json`: every quote's record, sorted by id so the same archive always
 * gives the same bytes. */
export function quotesJson(quotes: readonly Quote[]): string {
  const records = [...quotes]
    .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
    .map(quoteRecord);
  return `${JSON.stringify(records, null, 2)}\n`;
}
