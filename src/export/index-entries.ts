/**
 * The entries of the paged indexes and of the CSV indexes: for each record, the few short fields a
 * client lists or filters on, with where its page and its full record are. Read off the export
 * records themselves, so an entry never says something its record does not.
 */
import type { ArticleRecord, QuoteRecord, StoryRecord } from '../schema/export-records.ts';

/** An article in `api/articles/<n>.json` and in the articles' CSV index. */
export interface ArticleIndexEntry {
  readonly id: string;
  /** Its page (site path, base included). */
  readonly url: string;
  /** Its full record, `api/articles/id/<id>.json` (site path, base included). */
  readonly record: string;
  /** Its headline; null when nobody knows it. */
  readonly title: string | null;
  readonly outlet: string | null;
  readonly published: string | null;
  readonly language: string | null;
  readonly wordCount: number;
  readonly story: string | null;
  /** The input file's name and SHA-256, as in the record's `source`. */
  readonly file: string;
  readonly sha256: string;
}

/** A quote in `api/quotes/<n>.json` and in the quotes' CSV index. */
export interface QuoteIndexEntry {
  readonly id: string;
  readonly url: string;
  readonly record: string;
  readonly text: string;
  readonly speaker: string | null;
  readonly kind: QuoteRecord['kind'];
  /** How many articles print it. */
  readonly articles: number;
}

/** A story in `api/stories/<n>.json` and in the stories' CSV index. */
export interface StoryIndexEntry {
  readonly id: string;
  readonly url: string;
  readonly record: string;
  /** Its title; null when none of its articles has one. */
  readonly title: string | null;
  /** How many articles it holds. */
  readonly articles: number;
  /** How many of their pairs are related (see `reuse` in its record). */
  readonly related: number;
}

/** The CSV columns of each kind, in order: every field of its index entry. */
export const INDEX_COLUMNS = {
  articles: [
    'id',
    'url',
    'record',
    'title',
    'outlet',
    'published',
    'language',
    'wordCount',
    'story',
    'file',
    'sha256',
  ],
  quotes: ['id', 'url', 'record', 'text', 'speaker', 'kind', 'articles'],
  stories: ['id', 'url', 'record', 'title', 'articles', 'related'],
} as const satisfies Record<string, readonly string[]>;

/** The index entry of an article's record (made for a site: `url` present), its full record at
 * `record`. */
export function articleIndexEntry(
  article: ArticleRecord & { readonly url: string },
  record: string,
): ArticleIndexEntry {
  return {
    id: article.id,
    url: article.url,
    record,
    title: article.title,
    outlet: article.outlet,
    published: article.published,
    language: article.language,
    wordCount: article.wordCount,
    story: article.story ?? null,
    file: article.source.file,
    sha256: article.source.sha256,
  };
}

/** The index entry of a quote's record, its page at `url` and its full record at `record`. */
export function quoteIndexEntry(quote: QuoteRecord, url: string, record: string): QuoteIndexEntry {
  return {
    id: quote.id,
    url,
    record,
    text: quote.text,
    speaker: quote.speaker,
    kind: quote.kind,
    articles: new Set(quote.appearances.map((a) => a.article)).size,
  };
}

/** The index entry of a story's record, its page at `url` and its full record at `record`. */
export function storyIndexEntry(story: StoryRecord, url: string, record: string): StoryIndexEntry {
  return {
    id: story.id,
    url,
    record,
    title: story.title,
    articles: story.articles.length,
    related: story.reuse.length,
  };
}
