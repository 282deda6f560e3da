/**
 * The records of the JSON export (`api/`, the bulk export) and of `npm run extract`, derived from
 * the article, quote and story schemas: a field means in a record what it means in the schema it
 * is picked from. Field names are a public contract (documented in the README): later work adds
 * fields, never renames them. Records are strict, so a record with a field the contract does not
 * name fails to parse, and the build-output tests parse `api/` with these.
 */
import { z } from 'zod';
import { Article, Capture, Source, Version } from './article.ts';
import { Appearance, Quote, QuoteMention, WithdrawnQuote } from './quote.ts';
import { ReusePair, Story } from './story.ts';

/** An input as exported, without its size. */
const ExportedSource = Source.pick({
  file: true,
  format: true,
  sha256: true,
  decoding: true,
  path: true,
  record: true,
}).strict();

/** One version of an article as exported: its text's hash, its captures, and for an earlier
 * version its own title, length and body (the latest version's are the article's own). */
export const VersionRecord = z
  .object({
    sha256: Version.shape.sha256,
    /** True for the text the article shows (its `body`), which is not repeated here. */
    latest: z.boolean(),
    captures: z.array(
      z.object({ captured: Capture.shape.captured, source: ExportedSource }).strict(),
    ),
    title: Version.shape.title,
    wordCount: Version.shape.wordCount,
    body: Version.shape.text.optional(),
  })
  .strict();
export type VersionRecord = z.infer<typeof VersionRecord>;

/** One article as exported: the entry's public fields, its body, and its page when the record is
 * for a built site. Image, embed, record and canonical URLs are web addresses only (absolute
 * `http`/`https`) or null. */
export const ArticleRecord = Article.pick({
  id: true,
  title: true,
  titleOrigin: true,
  outlet: true,
  outletOrigin: true,
  published: true,
  publishedPrecision: true,
  byline: true,
  summary: true,
  credit: true,
  tags: true,
  canonicalUrl: true,
  language: true,
  languageOrigin: true,
  images: true,
  embeds: true,
  wordCount: true,
  removed: true,
})
  .extend({
    /** The article page (site-relative, base path included); absent when the record was made
     * outside a site (`npm run extract`). */
    url: z.string().min(1).optional(),
    /** The input as received, without its size. */
    source: ExportedSource,
    /** The clean body: the entry's `text`. */
    body: Article.shape.text,
    /** Id of the story the article belongs to, or null when the analysis does not know it.
     * Present in the site's exports only. */
    story: z.string().min(1).nullable().optional(),
    /** Ids of the quotes it prints, sorted. Present in the site's exports only. */
    quotes: z.array(z.string().min(1)).optional(),
    /** Every version of the article, oldest first, when its address was captured with more than
     * one text or more than once; absent otherwise. */
    versions: z.array(VersionRecord).optional(),
    /** The quotations its earlier versions printed that its latest text cut, when there are any
     * (see `src/versions/withdrawn-quotes.ts`). Present in the site's exports only. */
    withdrawn: z.array(WithdrawnQuote).optional(),
  })
  .strict();
export type ArticleRecord = z.infer<typeof ArticleRecord>;

/** An article's record as a built site serves it: with its page, its story and its quotes. */
export const SiteArticleRecord = ArticleRecord.required({ url: true, story: true, quotes: true });
export type SiteArticleRecord = z.infer<typeof SiteArticleRecord>;

/** One quote as exported: the analysis' own word diff and earliest article stay internal.
 * `start`/`end` of an appearance are offsets into that article's `body`, or into its embedded
 * post `embed`. */
export const QuoteRecord = Quote.pick({ id: true, text: true, speaker: true, speakerType: true })
  .extend({
    /** `speech`, `fragment` or `embed` (terms are never grouped). */
    kind: Quote.shape.kind,
    /** One appearance per article that printed it, sorted by article id. */
    appearances: z.array(
      Appearance.pick({
        article: true,
        text: true,
        variant: true,
        start: true,
        end: true,
        embed: true,
        utterance: true,
        versions: true,
      }).strict(),
    ),
  })
  .strict();
export type QuoteRecord = z.infer<typeof QuoteRecord>;

/** One story as exported: passages and source guesses stay internal. */
export const StoryRecord = Story.pick({ id: true, title: true, articles: true })
  .extend({
    /** Each related pair, with how it is related and the share of each article's words inside
     * passages the two print word for word. */
    reuse: z.array(ReusePair.pick({ a: true, b: true, kind: true, shared: true }).strict()),
  })
  .strict();
export type StoryRecord = z.infer<typeof StoryRecord>;

/** One quotation as `npm run extract` prints it: the words as printed, who the article
 * attributes them to, its kind, where it is (offsets into `body`, or into the embedded post
 * `embed`), and the utterance it is a part of. */
export const PrintedQuote = QuoteMention.pick({
  text: true,
  speaker: true,
  speakerType: true,
  kind: true,
  start: true,
  end: true,
  embed: true,
  utterance: true,
}).strict();
export type PrintedQuote = z.infer<typeof PrintedQuote>;

/** The record `npm run extract` prints for one article: the article's record without page,
 * story or quote ids, and its quotations in document order (body, then embedded posts). */
export const ExtractRecord = ArticleRecord.omit({ url: true, story: true, quotes: true })
  .extend({ quotes: z.array(PrintedQuote) })
  .strict();
export type ExtractRecord = z.infer<typeof ExtractRecord>;
