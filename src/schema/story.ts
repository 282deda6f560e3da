/**
 * Stories (articles covering the same event), text reuse between their articles, and the people
 * and organisations they mention or quote. The analysis validates everything it returns with these schemas.
 */
import { z } from 'zod';
import { Quote, QuoteMention, SpeakerType, WithdrawnQuote } from './quote.ts';

/** A passage two articles share word for word, as word offsets into each article's word list. */
export const Passage = z.object({
  /** Index of the passage's first word in article `a`. */
  a: z.number().int().nonnegative(),
  /** Index of the passage's first word in article `b`. */
  b: z.number().int().nonnegative(),
  /** Number of words in the passage. */
  words: z.number().int().positive(),
});
export type Passage = z.infer<typeof Passage>;

/** `syndicated`: one article is a copy of the other; `partial`: one reuses passages of the other;
 * `rewrite`: the same account in mostly different words. */
export const ReuseKind = z.enum(['syndicated', 'partial', 'rewrite']);
export type ReuseKind = z.infer<typeof ReuseKind>;

/** Why an article is taken to be the source of the other. */
export const SourceReason = z.enum(['earlier-date', 'credit', 'fuller-text']);
export type SourceReason = z.infer<typeof SourceReason>;

/** Two related articles and how much text they share. `a` sorts before `b`. */
export const ReusePair = z.object({
  /** Id of the first article (the lower id). */
  a: z.string().min(1),
  /** Id of the second article. */
  b: z.string().min(1),
  /** How they are related. */
  kind: ReuseKind,
  /** Share of each article's words inside shared passages (0..1). */
  shared: z.object({ a: z.number().min(0).max(1), b: z.number().min(0).max(1) }),
  /** Id of the likely source, or null when nothing tells them apart. */
  source: z.string().min(1).nullable(),
  /** How the source was told; null when `source` is null. */
  sourceReason: SourceReason.nullable(),
  /** The shared passages, in `a`'s order. */
  passages: z.array(Passage),
});
export type ReusePair = z.infer<typeof ReusePair>;

/** Articles covering the same event. */
export const Story = z.object({
  /** Stable id: the id of its earliest-sorting article, prefixed. */
  id: z.string().regex(/^[a-z0-9][a-z0-9_-]*$/),
  /** Title of its earliest dated article that has one (the first titled by id when none is
   * dated); null when none of its articles has a title. */
  title: z.string().min(1).nullable(),
  /** Ids of its articles, sorted. */
  articles: z.array(z.string().min(1)).min(1),
  /** Related pairs among its articles, sorted by `a` then `b`. */
  reuse: z.array(ReusePair),
});
export type Story = z.infer<typeof Story>;

/** A real person or organisation the archive mentions or quotes: one entity whatever form of its
 * name an article printed ("Renee Good", "Renee Nicole Good"). */
export const Entity = z.object({
  /** Its fullest printed name (a person's without titles). */
  name: z.string().min(1),
  /** A person, or an organisation or institution. */
  type: SpeakerType,
  /** The other forms of the name articles printed, sorted. */
  aliases: z.array(z.string().min(1)),
  /** URL slug, unique among all entities of either type. */
  slug: z.string().regex(/^[a-z0-9][a-z0-9-]*$/),
  /** Ids of the articles that mention them or print their words, sorted. */
  articles: z.array(z.string().min(1)),
  /** Ids of the quotes attributed to them, sorted. */
  quotes: z.array(z.string().min(1)),
});
export type Entity = z.infer<typeof Entity>;

/** The people, organisations and places one article mentions, cleaned, each listed once. */
export const Entities = z.object({
  /** Full names of people, titles removed, one per person. */
  people: z.array(z.string().min(1)),
  /** Organisations. */
  organizations: z.array(z.string().min(1)),
  /** Places. */
  places: z.array(z.string().min(1)),
});
export type Entities = z.infer<typeof Entities>;

/** What the analysis knows about one article. */
export const ArticleAnalysis = z.object({
  /** Id of the story it belongs to. */
  story: z.string().min(1),
  /** Ids of the quotes it prints, sorted. */
  quotes: z.array(z.string().min(1)),
  /** Every quotation it prints, terms included, in document order. */
  mentions: z.array(QuoteMention),
  /** Who and what it mentions. */
  entities: Entities,
  /** The quotations its earlier versions printed that its latest text does not, in the order the
   * oldest version printing each printed them; present only when there is one (see
   * `src/versions/withdrawn-quotes.ts`). */
  withdrawn: z.array(WithdrawnQuote).min(1).optional(),
});
export type ArticleAnalysis = z.infer<typeof ArticleAnalysis>;

/** The whole cross-outlet analysis of an archive, as `analyseCorpus` returns it. */
export const Corpus = z.object({
  /** Grouped quotations, sorted by id. */
  quotes: z.array(Quote),
  /** Stories, sorted by id. */
  stories: z.array(Story),
  /** People and organisations, sorted by slug. */
  entities: z.array(Entity),
  /** Per-article analysis, keyed by article id. */
  byArticle: z.record(z.string(), ArticleAnalysis),
});
export type Corpus = z.infer<typeof Corpus>;
