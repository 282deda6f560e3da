/**
 * Groups articles covering the same event into stories and finds the reuse between them. Pairs
 * are never compared all against all: MinHash LSH proposes candidates (on word shingles for
 * copied text, on content words for rewrites), and only candidates are aligned. Candidates that
 * are alike enough in topic and close enough in date are joined with union-find.
 */
import type { Article } from '../schema/article.ts';
import type { ReusePair, Story } from '../schema/story.ts';
import { classifyReuse, type ReuseInput } from './classify-reuse.ts';
import { estimateJaccard, lshCandidates, minhash } from './minhash-lsh.ts';
import { contentWordHashes, shingleHashes, words } from './shingles.ts';
import { REUSE_SHINGLE_WORDS, SAME_STORY_MAX_DAYS, SAME_STORY_MIN_TOPIC } from './thresholds.ts';

/** What grouping needs of an article. */
export type StoryArticle = Pick<
  Article,
  'id' | 'title' | 'published' | 'outlet' | 'credit' | 'text'
>;

/** Whole days between two ISO dates of day precision or finer; null when either is coarser. */
export function daysApart(a: string | null, b: string | null): number | null {
  const day = (value: string | null): number | null =>
    value && /^\d{4}-\d{2}-\d{2}/.test(value)
      ? Date.parse(`${value.slice(0, 10)}T00:00:00Z`)
      : null;
  const x = day(a);
  const y = day(b);
  return x === null || y === null ? null : Math.abs(x - y) / 86_400_000;
}

/** True unless the two dates show the articles are too far apart to be on one event. An unknown
 * date never keeps an article out; coarse dates (a year, a month) must match at their precision. */
export function closeInTime(a: string | null, b: string | null): boolean {
  const days = daysApart(a, b);
  if (days !== null) return days <= SAME_STORY_MAX_DAYS;
  if (!a || !b) return true;
  const common = Math.min(a.length, b.length, 7);
  return a.slice(0, common) === b.slice(0, common);
}

/** Union-find over indexes, always keeping the smallest index as the root (stable ids). */
function makeUnionFind(size: number): {
  find: (i: number) => number;
  join: (i: number, j: number) => void;
} {
  const parent = Array.from({ length: size }, (_, i) => i);
  const find = (i: number): number => {
    let root = i;
    while (parent[root] !== root) root = parent[root] as number;
    while (parent[i] !== root) {
      const next = parent[i] as number;
      parent[i] = root;
      i = next;
    }
    return root;
  };
  const join = (i: number, j: number): void => {
    const x = find(i);
    const y = find(j);
    if (x !== y) parent[Math.max(x, y)] = Math.min(x, y);
  };
  return { find, join };
}

/** Earliest dated article's title (the first by id when none is dated). */
function storyTitle(members: readonly StoryArticle[]): string {
  const dated = members
    .filter((m) => m.published)
    .sort((x, y) => cmp(x.published ?? '', y.published ?? ''));
  return (dated[0] ?? members[0])?.title ?? '';
}

function cmp(x: string, y: string): number {
  return x < y ? -1 : x > y ? 1 : 0;
}

/** Stories of `articles`, sorted by id, each with the reuse among its articles. Every article is
 * in exactly one story (alone if nothing is like it). Deterministic: input order does not matter. */
export function groupStories(articles: readonly StoryArticle[]): Story[] {
  const sorted = [...articles].sort((x, y) => cmp(x.id, y.id));
  const wordLists = sorted.map((a) => words(a.text));
  const reuseSigs = wordLists.map((w) => minhash(shingleHashes(w, REUSE_SHINGLE_WORDS)));
  const topicSigs = wordLists.map((w) => minhash(contentWordHashes(w)));
  const candidates = new Map<string, [number, number]>();
  for (const pair of [...lshCandidates(reuseSigs), ...lshCandidates(topicSigs)]) {
    candidates.set(pair.join(','), pair);
  }
  const uf = makeUnionFind(sorted.length);
  const pairs: [number, ReusePair][] = [];
  const inputs: ReuseInput[] = sorted.map((article, i) => ({ article, words: wordLists[i] ?? [] }));
  for (const [i, j] of candidates.values()) {
    const a = inputs[i] as ReuseInput;
    const b = inputs[j] as ReuseInput;
    const topic = estimateJaccard(topicSigs[i] as Uint32Array, topicSigs[j] as Uint32Array);
    const sameStory =
      topic >= SAME_STORY_MIN_TOPIC && closeInTime(a.article.published, b.article.published);
    if (!sameStory) continue;
    uf.join(i, j);
    const pair = classifyReuse(a, b, topic);
    if (pair) pairs.push([i, pair]);
  }
  const members = new Map<number, number[]>();
  sorted.forEach((_, i) => {
    const root = uf.find(i);
    const list = members.get(root);
    if (list) list.push(i);
    else members.set(root, [i]);
  });
  const reuseByRoot = new Map<number, ReusePair[]>();
  for (const [i, pair] of pairs) {
    const root = uf.find(i);
    const list = reuseByRoot.get(root);
    if (list) list.push(pair);
    else reuseByRoot.set(root, [pair]);
  }
  return [...members.entries()]
    .map(([root, indexes]) => {
      const list = indexes.map((i) => sorted[i] as StoryArticle);
      return {
        id: `story-${(sorted[root] as StoryArticle).id}`,
        title: storyTitle(list),
        articles: list.map((m) => m.id),
        reuse: (reuseByRoot.get(root) ?? []).sort((x, y) => cmp(x.a, y.a) || cmp(x.b, y.b)),
      };
    })
    .sort((x, y) => cmp(x.id, y.id));
}
