/**
 * Classifications of article pairs kept from a build before, so a rebuild aligns only the pairs
 * it has not seen: aligning a pair's words is most of what grouping stories costs, and adding a
 * few articles to an archive leaves almost every candidate pair as it was. A pair's key covers
 * everything `classifyReuse` reads (both articles' `REUSE_FIELDS` and texts, and their topic
 * similarity), and the memo lives in the ingest cache of one code version, so a kept
 * classification is always the one the pair would get again.
 */
import { createHash } from 'node:crypto';
import type { Article } from '../schema/article.ts';
import type { ReusePair } from '../schema/story.ts';
import { REUSE_FIELDS } from './classify-reuse.ts';

/** What a pair's key is made of: every field of an article that classification reads. */
type KeyedArticle = Pick<Article, (typeof REUSE_FIELDS)[number] | 'text'>;

/** Kept classifications by pair key, and the ones this build looked up or made (what the next
 * build should keep: pairs no longer candidates drop out). */
export interface ReuseMemo {
  /** Classifications of a build before: a pair, or null for a pair found unrelated. */
  readonly kept: ReadonlyMap<string, ReusePair | null>;
  /** Filled as grouping runs: every candidate pair classified this build, kept or made. */
  readonly used: Map<string, ReusePair | null>;
}

/** A memo holding `kept` from a build before (none by default), with nothing used yet. */
export function reuseMemo(kept: ReadonlyMap<string, ReusePair | null> = new Map()): ReuseMemo {
  return { kept, used: new Map() };
}

const textDigests = new WeakMap<KeyedArticle, string>();

/** The SHA-256 of an article's text, computed once per article object. */
function textDigest(article: KeyedArticle): string {
  const known = textDigests.get(article);
  if (known !== undefined) return known;
  const digest = createHash('sha256').update(article.text).digest('hex');
  textDigests.set(article, digest);
  return digest;
}

/** The key of the pair `a`, `b` (in that order) with topic similarity `topic`: the hex SHA-256
 * of every field of both that classification reads. Any change to one of them gives another
 * key. */
export function reuseKey(a: KeyedArticle, b: KeyedArticle, topic: number): string {
  const side = (x: KeyedArticle): unknown[] => [
    ...REUSE_FIELDS.map((field) => x[field]),
    textDigest(x),
  ];
  return createHash('sha256')
    .update(JSON.stringify([side(a), side(b), topic]))
    .digest('hex');
}

/** The classification of the pair under `key` from `memo` when kept, else `classify()`'s; either
 * way recorded as used. Without a memo, `classify()`'s. */
export function classifyWithMemo(
  memo: ReuseMemo | undefined,
  key: () => string,
  classify: () => ReusePair | null,
): ReusePair | null {
  if (memo === undefined) return classify();
  const id = key();
  const kept = memo.kept.get(id);
  const pair = kept === undefined ? classify() : kept;
  memo.used.set(id, pair);
  return pair;
}
