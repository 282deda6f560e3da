/**
 * The data contract of `api/quotes.json`: every quote grouped across outlets, with each article
 * that printed it. The record itself is defined in `src/schema/export-records.ts`.
 */
import type { QuoteRecord } from '../schema/export-records.ts';
import type { Quote } from '../schema/quote.ts';

/** The export record of `quote`: the analysis' own word diff and earliest article stay internal. */
export function quoteRecord(quote: Quote): QuoteRecord {
  return {
    id: quote.id,
    text: quote.text,
    speaker: quote.speaker,
    speakerType: quote.speakerType,
    kind: quote.kind,
    appearances: quote.appearances.map((a) => ({
      article: a.article,
      text: a.text,
      variant: a.variant,
      start: a.start,
      end: a.end,
      embed: a.embed,
      utterance: a.utterance,
      ...(a.versions === undefined ? {} : { versions: a.versions }),
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
