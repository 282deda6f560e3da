/**
 * Groups articles covering the same event into stories and finds the reuse between them. Pairs
 * are never compared all against all: MinHash LSH proposes candidates (on word shingles for
 * copied text, on content words for rewrites), and only candidates are aligned. Candidates that
 * are alike enough in topic and close enough in date are joined with union-find, but two stories
 * join only when each one's first article is also alike and close to the other's article: plain
 * single linkage chains similar articles into ever larger "stories" (at 20,000 generated
 * articles, one of 19,720 articles spanning two years), and the first-article test stops that.
 */
import type { Article } from '../schema/article.ts';
import type { ReusePair, Story } from '../schema/story.ts';
import { classifyReuse, type ReuseInput } from './classify-reuse.ts';
import { estimateJaccard, lshNeighbours, minhash } from './minhash-lsh.ts';
import { words } from '../text/words.ts';
import { contentWordHashes, shingleHashes } from './shingles.ts';
import { REUSE_SHINGLE_WORDS, SAME_STORY_MAX_DAYS, SAME_STORY_MIN_TOPIC } from './thresholds.ts';

/** What grouping needs of an article. */
export type StoryArticle = Pick<
  Article,
  'id' | 'title' | 'published' | 'outlet' | 'credit' | 'text'
>;

/** The day of an ISO date of day precision or finer, in milliseconds; null when it is coarser. */
function dayOf(value: string | null): number | null {
  return value && /^\d{4}-\d{2}-\d{2}/.test(value)
    ? Date.parse(`${value.slice(0, 10)}T00:00:00Z`)
    : null;
}

/** Whole days between two ISO dates of day precision or finer; null when either is coarser. */
export function daysApart(a: string | null, b: string | null): number | null {
  const x = dayOf(a);
  const y = dayOf(b);
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

/** The union of two ascending lists, ascending, each value once. */
function mergeAscending(x: Int32Array | undefined, y: Int32Array | undefined): number[] {
  const out: number[] = [];
  const a = x ?? new Int32Array();
  const b = y ?? new Int32Array();
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    const p = i < a.length ? (a[i] as number) : Infinity;
    const q = j < b.length ? (b[j] as number) : Infinity;
    out.push(Math.min(p, q));
    if (p <= q) i += 1;
    if (q <= p) j += 1;
  }
  return out;
}

function cmp(x: string, y: string): number {
  return x < y ? -1 : x > y ? 1 : 0;
}

/** The two long steps of grouping, for progress displays, both counted in articles: signatures
 * (and their LSH buckets), then the check of each article's candidate pairs. */
export type StoryStep = 'signatures' | 'pairs';

/** An article's two MinHash signatures: of its word shingles (copied text) and of its content
 * words (the topic, which rewrites keep). */
export interface StorySignatures {
  readonly reuse: Uint32Array;
  readonly topic: Uint32Array;
}

/** The signatures of a text; they depend on nothing else, so they can be computed once per text
 * and kept (see `src/pipeline/article-parts.ts`). */
export function storySignatures(text: string): StorySignatures {
  const w = words(text);
  return {
    reuse: minhash(shingleHashes(w, REUSE_SHINGLE_WORDS)),
    topic: minhash(contentWordHashes(w)),
  };
}

/** Stories of `articles`, sorted by id, each with the reuse among its articles. Every article is
 * in exactly one story (alone if nothing is like it). Deterministic: input order does not matter.
 * `onProgress` is told `done` of `total` for each step, ending with `done === total`;
 * `signaturesOf` gives an article's signatures (computed by default, or kept from a build before:
 * the result is the same). */
export function groupStories(
  articles: readonly StoryArticle[],
  onProgress: (step: StoryStep, done: number, total: number) => void = () => undefined,
  signaturesOf: (article: StoryArticle) => StorySignatures = (a) => storySignatures(a.text),
): Story[] {
  const sorted = [...articles].sort((x, y) => cmp(x.id, y.id));
  onProgress('signatures', 0, sorted.length);
  const reuseSigs: Uint32Array[] = [];
  const topicSigs: Uint32Array[] = [];
  sorted.forEach((a, i) => {
    const { reuse, topic } = signaturesOf(a);
    reuseSigs.push(reuse);
    topicSigs.push(topic);
    // The last step is reported once the buckets are built, so the step's time includes them.
    if (i + 1 < sorted.length) onProgress('signatures', i + 1, sorted.length);
  });
  const reuseNear = lshNeighbours(reuseSigs);
  const topicNear = lshNeighbours(topicSigs);
  onProgress('signatures', sorted.length, sorted.length);
  onProgress('pairs', 0, sorted.length);
  const uf = makeUnionFind(sorted.length);
  const pairs: [number, ReusePair][] = [];
  // Words are read only for the articles a candidate pair needs, once each.
  const inputs = new Map<number, ReuseInput>();
  const input = (i: number): ReuseInput => {
    const known = inputs.get(i);
    if (known) return known;
    const article = sorted[i] as StoryArticle;
    const made = { article, words: words(article.text) };
    inputs.set(i, made);
    return made;
  };
  // closeInTime, with each article's day parsed once: most candidates are years apart, and this
  // is the cheapest way to drop them.
  const days = sorted.map((a) => dayOf(a.published));
  const close = (i: number, j: number): boolean => {
    const x = days[i] ?? null;
    const y = days[j] ?? null;
    if (x !== null && y !== null) return Math.abs(x - y) / 86_400_000 <= SAME_STORY_MAX_DAYS;
    return closeInTime(
      (sorted[i] as StoryArticle).published,
      (sorted[j] as StoryArticle).published,
    );
  };
  const alike = (i: number, j: number): number =>
    estimateJaccard(topicSigs[i] as Uint32Array, topicSigs[j] as Uint32Array);
  /** Whether the stories of `i` and `j` may become one: each story's root (its first article by
   * id) is alike in topic and close in date to the other's article. */
  const mayJoin = (i: number, j: number): boolean => {
    const x = uf.find(i);
    const y = uf.find(j);
    if (x === y) return true;
    const near = (root: number, other: number) =>
      root === other || (close(root, other) && alike(root, other) >= SAME_STORY_MIN_TOPIC);
    return near(x, j) && near(y, i) && near(x, y);
  };
  // Pairs are checked article by article in a fixed order (by id), never held all at once;
  // union-find keeps the smallest index as root, and reuse lists are sorted at the end.
  sorted.forEach((_, i) => {
    for (const j of mergeAscending(reuseNear[i], topicNear[i])) {
      if (!close(i, j)) continue;
      const topic = alike(i, j);
      if (topic < SAME_STORY_MIN_TOPIC || !mayJoin(i, j)) continue;
      uf.join(i, j);
      const pair = classifyReuse(input(i), input(j), topic);
      if (pair) pairs.push([i, pair]);
    }
    onProgress('pairs', i + 1, sorted.length);
  });
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
