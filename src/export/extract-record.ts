/**
 * The record `npm run extract` prints for one article: the `api/articles.json` fields (no page
 * URL, no story) plus every quotation the article prints, read from that article alone. The record
 * itself is defined in `src/schema/export-records.ts`.
 */
import type { Article } from '../schema/article.ts';
import type { ExtractRecord } from '../schema/export-records.ts';
import { extractQuotes } from '../quotes/extract-quotes.ts';
import { articleRecord } from './articles-json.ts';

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
