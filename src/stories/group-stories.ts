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
import { classifyWithMemo, reuseKey, type ReuseMemo } from './reuse-memo.ts';
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

/** Earliest dated titled article's title (the first titled by id when none is dated); null when
 * no article has a title. */
function storyTitle(members: readonly StoryArticle[]): string | null {
  const titled = members.filter((m) => m.title !== null);
  const dated = titled
    .filter((m) => m.published)
    .sort((x, y) => cmp(x.published ?? '', y.published ?? ''));
  return (dated[0] ?? titled[0])?.title ?? null;
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

/** One article as grouping reads it: its signatures and day, each computed once. */
interface Member {
  readonly article: StoryArticle;
  /** MinHash of its word shingles (copied text). */
  readonly reuseSig: Uint32Array;
  /** MinHash of its content words (the same event in other words). */
  readonly topicSig: Uint32Array;
  /** Its day (see {@link dayOf}), parsed once: most candidates are years apart, and comparing
   * days is the cheapest way to drop them. */
  readonly day: number | null;
}

/** The members in id order with their signatures, and each one's LSH candidates. */
function readMembers(
  articles: readonly StoryArticle[],
  onProgress: (step: StoryStep, done: number, total: number) => void,
  signaturesOf: (article: StoryArticle) => StorySignatures,
): { members: Member[]; near: { reuse: Int32Array[]; topic: Int32Array[] } } {
  const sorted = [...articles].sort((x, y) => cmp(x.id, y.id));
  onProgress('signatures', 0, sorted.length);
  const members = sorted.map((article, i): Member => {
    const { reuse, topic } = signaturesOf(article);
    const member = { article, reuseSig: reuse, topicSig: topic, day: dayOf(article.published) };
    // The last step is reported once the buckets are built, so the step's time includes them.
    if (i + 1 < sorted.length) onProgress('signatures', i + 1, sorted.length);
    return member;
  });
  const near = {
    reuse: lshNeighbours(members.map((m) => m.reuseSig)),
    topic: lshNeighbours(members.map((m) => m.topicSig)),
  };
  onProgress('signatures', sorted.length, sorted.length);
  return { members, near };
}

/** True unless the two members' dates keep them apart (see {@link closeInTime}). */
function close(x: Member, y: Member): boolean {
  if (x.day !== null && y.day !== null) {
    return Math.abs(x.day - y.day) / 86_400_000 <= SAME_STORY_MAX_DAYS;
  }
  return closeInTime(x.article.published, y.article.published);
}

/** Whether `x` and `y` are alike enough in topic, and close enough in date, to be one story. */
function nearRoot(x: Member, y: Member): boolean {
  return (
    x === y || (close(x, y) && estimateJaccard(x.topicSig, y.topicSig) >= SAME_STORY_MIN_TOPIC)
  );
}

/** Joins related candidates into stories (union-find over member indexes) and returns the related
 * pairs, each with the index of its first member. Pairs are checked member by member in id
 * order, never held all at once; two stories join only when each one's root (its first article by
 * id) is near the other's article and the two roots are near. A pair `memo` kept is not aligned
 * again. */
function linkStories(
  members: readonly Member[],
  near: { reuse: Int32Array[]; topic: Int32Array[] },
  uf: ReturnType<typeof makeUnionFind>,
  options: GroupOptions,
): [number, ReusePair][] {
  const { onProgress = () => undefined, memo } = options;
  onProgress('pairs', 0, members.length);
  const pairs: [number, ReusePair][] = [];
  // Words are read only for the articles a candidate pair needs, once each.
  const inputs = new Map<Member, ReuseInput>();
  const input = (m: Member): ReuseInput => {
    const known = inputs.get(m);
    if (known) return known;
    const made = { article: m.article, words: words(m.article.text) };
    inputs.set(m, made);
    return made;
  };
  members.forEach((a, i) => {
    for (const j of mergeAscending(near.reuse[i], near.topic[i])) {
      const b = members[j];
      if (b === undefined || !close(a, b)) continue;
      const topic = estimateJaccard(a.topicSig, b.topicSig);
      if (topic < SAME_STORY_MIN_TOPIC || !mayJoin(members, uf, i, j)) continue;
      uf.join(i, j);
      const pair = classifyWithMemo(
        memo,
        () => reuseKey(a.article, b.article, topic),
        () => classifyReuse(input(a), input(b), topic),
      );
      if (pair) pairs.push([i, pair]);
    }
    onProgress('pairs', i + 1, members.length);
  });
  return pairs;
}

/** Whether the stories of members `i` and `j` may become one (see {@link linkStories}). */
function mayJoin(
  members: readonly Member[],
  uf: ReturnType<typeof makeUnionFind>,
  i: number,
  j: number,
): boolean {
  const x = members[uf.find(i)];
  const y = members[uf.find(j)];
  const a = members[i];
  const b = members[j];
  if (x === undefined || y === undefined || a === undefined || b === undefined) return false;
  return x === y || (nearRoot(x, b) && nearRoot(y, a) && nearRoot(x, y));
}

/** Values of `items` grouped under `key(item)`, groups in the order their keys first come. */
function groupBy<T>(items: Iterable<T>, key: (item: T) => number): Map<number, T[]> {
  const groups = new Map<number, T[]>();
  for (const item of items) {
    const k = key(item);
    const list = groups.get(k);
    if (list) list.push(item);
    else groups.set(k, [item]);
  }
  return groups;
}

/** What grouping may be given besides the articles; none of it changes the result. */
export interface GroupOptions {
  /** Told `done` of `total` for each step, ending with `done === total`. */
  readonly onProgress?: (step: StoryStep, done: number, total: number) => void;
  /** An article's signatures (computed by default, or kept from a build before). */
  readonly signaturesOf?: (article: StoryArticle) => StorySignatures;
  /** Pair classifications kept from a build before, filled with this build's (see
   * `reuse-memo.ts`). */
  readonly memo?: ReuseMemo;
}

/** Stories of `articles`, sorted by id, each with the reuse among its articles. Every article is
 * in exactly one story (alone if nothing is like it). Deterministic: input order does not matter,
 * nor do the `options`. */
export function groupStories(
  articles: readonly StoryArticle[],
  options: GroupOptions = {},
): Story[] {
  const {
    onProgress = () => undefined,
    signaturesOf = (a: StoryArticle) => storySignatures(a.text),
  } = options;
  const { members, near } = readMembers(articles, onProgress, signaturesOf);
  const uf = makeUnionFind(members.length);
  const pairs = linkStories(members, near, uf, options);
  const reuseByRoot = groupBy(pairs, ([i]) => uf.find(i));
  return [...groupBy(members.keys(), (i) => uf.find(i)).entries()]
    .map(([root, indexes]) => {
      const list = indexes.flatMap((i) => members[i]?.article ?? []);
      const reuse = (reuseByRoot.get(root) ?? []).map(([, pair]) => pair);
      return {
        id: `story-${members[root]?.article.id ?? ''}`,
        title: storyTitle(list),
        articles: list.map((m) => m.id),
        reuse: reuse.sort((x, y) => cmp(x.a, y.a) || cmp(x.b, y.b)),
      };
    })
    .sort((x, y) => cmp(x.id, y.id));
}
