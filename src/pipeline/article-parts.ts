/**
 * The parts of the cross-outlet analysis that depend on one article alone: its quotations, the
 * people, organisations and places it names, and its two story signatures. They are what costs
 * most in the analysis and what the ingest cache keeps, so a rebuild only redoes the grouping
 * across articles. Pure: the same text (and embeds) always gives the same parts.
 */
import { z } from 'zod';
import { extractEntities } from '../entities/extract-entities.ts';
import { extractQuotes } from '../quotes/extract-quotes.ts';
import type { Article } from '../schema/article.ts';
import { QuoteMention } from '../schema/quote.ts';
import { Entities } from '../schema/story.ts';
import { storySignatures } from '../stories/group-stories.ts';
import { SIGNATURE_SIZE } from '../stories/thresholds.ts';

const Signature = z.array(z.number().int().min(0).max(0xffffffff)).length(SIGNATURE_SIZE);

/** One article's share of the analysis, as the cache stores it. */
export const ArticleParts = z.object({
  /** The quotations in the article, in text order, as `extractQuotes` finds them. */
  mentions: z.array(QuoteMention),
  /** The people, organisations and places the article names. */
  entities: Entities,
  /** MinHash signature of its word shingles (copied text). */
  reuse: Signature,
  /** MinHash signature of its content words (the topic, for rewrites). */
  topic: Signature,
});
export type ArticleParts = z.infer<typeof ArticleParts>;

/** What the parts are read from: nothing else of the article changes them. */
export type PartsInput = Pick<Article, 'text' | 'embeds'>;

/** The parts of one article. */
export function articleParts(article: PartsInput): ArticleParts {
  const { reuse, topic } = storySignatures(article.text);
  return {
    mentions: extractQuotes(article),
    entities: extractEntities(article.text),
    reuse: [...reuse],
    topic: [...topic],
  };
}
