/**
 * How two related articles share text, and which one is the likely source. Pure: the articles'
 * words, dates and credits in, a ReusePair (or null when they share nothing worth a name) out.
 */
import type { Article } from '../schema/article.ts';
import type { ReuseKind, ReusePair, SourceReason } from '../schema/story.ts';
import { alignPassages, sharedFractions } from './align-passages.ts';
import {
  FULLER_TEXT_MIN_RATIO,
  PARTIAL_MIN_SHARE,
  SAME_STORY_MIN_TOPIC,
  SYNDICATED_MIN_OTHER_SHARE,
  SYNDICATED_MIN_SHARE,
} from './thresholds.ts';

/** The fields of an article that classification reads besides its words (its text): a pair's
 * memo key (`reuse-memo.ts`) is made of these and the text, so reading another field here means
 * naming it in this list, and the key follows. */
export const REUSE_FIELDS = ['id', 'published', 'outlet', 'credit'] as const;

/** What classification needs of an article. */
export interface ReuseInput {
  readonly article: Pick<Article, (typeof REUSE_FIELDS)[number]>;
  readonly words: readonly string[];
}

/** The kind of reuse given the two shares and the topic similarity, or null for unrelated. */
export function reuseKind(shared: { a: number; b: number }, topic: number): ReuseKind | null {
  const high = Math.max(shared.a, shared.b);
  const low = Math.min(shared.a, shared.b);
  if (high >= SYNDICATED_MIN_SHARE && low >= SYNDICATED_MIN_OTHER_SHARE) return 'syndicated';
  if (high >= PARTIAL_MIN_SHARE) return 'partial';
  if (topic >= SAME_STORY_MIN_TOPIC) return 'rewrite';
  return null;
}

/** True when `credit` names `outlet` (case and spacing ignored, either containing the other). */
function credits(credit: string | null, outlet: string | null): boolean {
  if (!credit || !outlet) return false;
  const norm = (s: string): string =>
    s
      .toLowerCase()
      .replace(/^the\s+/, '')
      .replace(/\s+/g, ' ');
  const c = norm(credit);
  const o = norm(outlet);
  return c.includes(o) || o.includes(c);
}

/** The likely source of two related articles: the earlier dated one (compared at day precision,
 * both dated), else the one the other credits, else the clearly fuller text; null when nothing
 * tells them apart. */
export function likelySource(
  a: ReuseInput,
  b: ReuseInput,
): { source: string | null; sourceReason: SourceReason | null } {
  const dayA = a.article.published?.slice(0, 10) ?? null;
  const dayB = b.article.published?.slice(0, 10) ?? null;
  if (dayA && dayB && dayA.length === 10 && dayB.length === 10 && dayA !== dayB) {
    return { source: dayA < dayB ? a.article.id : b.article.id, sourceReason: 'earlier-date' };
  }
  const bCreditsA = credits(b.article.credit, a.article.outlet);
  const aCreditsB = credits(a.article.credit, b.article.outlet);
  if (bCreditsA !== aCreditsB) {
    return { source: bCreditsA ? a.article.id : b.article.id, sourceReason: 'credit' };
  }
  const longer = Math.max(a.words.length, b.words.length);
  const shorter = Math.min(a.words.length, b.words.length);
  if (shorter > 0 && longer / shorter >= FULLER_TEXT_MIN_RATIO) {
    const source = a.words.length > b.words.length ? a.article.id : b.article.id;
    return { source, sourceReason: 'fuller-text' };
  }
  return { source: null, sourceReason: null };
}

/** The reuse between two articles (`a` sorting before `b` by id), or null when they are neither
 * copies, nor reuse passages, nor rewrites of one account. `topic` is their estimated topic
 * similarity. */
export function classifyReuse(a: ReuseInput, b: ReuseInput, topic: number): ReusePair | null {
  const passages = alignPassages(a.words, b.words);
  const shared = sharedFractions(passages, a.words.length, b.words.length);
  const kind = reuseKind(shared, topic);
  if (!kind) return null;
  return { a: a.article.id, b: b.article.id, kind, shared, ...likelySource(a, b), passages };
}
