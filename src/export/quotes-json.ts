/**
 * The data contract of `api/quotes.json`: every quote grouped across outlets, with each article
 * that printed it. Field names are a public contract (documented in the README): later work adds
 * fields, never renames them.
 */
import type { Appearance, Quote } from '../schema/quote.ts';

/** One quote as exported: its fullest text, its speaker (null when no article says) and whether
 * that is a person or an organisation, its kind, and one appearance per article that printed it
 * (`article` is the article id; `start`/`end` are offsets into that article's `body`, or into its
 * embedded post `embed`; `utterance` links the parts of a statement split by its attribution). */
export interface QuoteRecord {
  readonly id: string;
  readonly text: string;
  readonly speaker: string | null;
  readonly speakerType: Quote['speakerType'];
  readonly kind: Quote['kind'];
  readonly appearances: readonly Pick<
    Appearance,
    'article' | 'text' | 'variant' | 'start' | 'end' | 'embed' | 'utterance' | 'versions'
  >[];
}

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
