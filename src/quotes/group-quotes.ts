/**
 * Groups quotations across articles: the same words printed by several outlets are one quote,
 * even when one printed only part of them or damaged a word. Candidates come from an index of
 * word-shingle hashes (never all pairs); each candidate is then checked word by word, and every
 * appearance is marked verbatim, truncated, fragment or altered (with its word-level diff).
 */
import { createHash } from 'node:crypto';
import { diffArrays, diffWords } from 'diff';
import type { Article } from '../schema/article.ts';
import type { Appearance, Quote, QuoteMention, Variant, WordChange } from '../schema/quote.ts';
import { shingleHashes } from '../stories/shingles.ts';
import { words } from '../text/words.ts';
import {
  QUOTE_MATCH_MIN_SHARE,
  QUOTE_MAX_CANDIDATES,
  QUOTE_MAX_POSTINGS,
  QUOTE_SHINGLE_WORDS,
} from './quote-rules.ts';

/** Words per shingle of the second, smaller index that finds printings of one or two words. */
const SHORT_SHINGLE_WORDS = 2;

/** One article's quotations, as grouping needs them. */
export interface ArticleMentions {
  readonly article: Pick<Article, 'id' | 'published'>;
  readonly mentions: readonly QuoteMention[];
}

/** The quotes, and for each article the quote id of each of its mentions (null for terms). */
export interface GroupedQuotes {
  readonly quotes: Quote[];
  readonly mentionQuotes: ReadonlyMap<string, (string | null)[]>;
}

interface Member {
  readonly article: Pick<Article, 'id' | 'published'>;
  readonly index: number;
  readonly mention: QuoteMention;
  readonly words: string[];
}

interface Group {
  /** Its place among the groups, in the order they were made. */
  readonly id: number;
  readonly members: Member[];
  readonly head: string[];
  readonly speaker: string | null;
}

/** Start of `part` inside `whole` as a run of consecutive words, or -1. Knuth-Morris-Pratt, so
 * the time is linear in both lengths whatever the words repeat. */
export function wordRunIndex(whole: readonly string[], part: readonly string[]): number {
  if (part.length === 0) return 0;
  const fallback = new Array<number>(part.length).fill(0);
  for (let i = 1, k = 0; i < part.length; i += 1) {
    while (k > 0 && part[i] !== part[k]) k = fallback[k - 1] ?? 0;
    if (part[i] === part[k]) k += 1;
    fallback[i] = k;
  }
  for (let i = 0, k = 0; i < whole.length; i += 1) {
    while (k > 0 && whole[i] !== part[k]) k = fallback[k - 1] ?? 0;
    if (whole[i] === part[k]) k += 1;
    if (k === part.length) return i - part.length + 1;
  }
  return -1;
}

/** True when `part` is the same words as `whole`, a run of them, or them with a few changed:
 * at least QUOTE_MATCH_MIN_SHARE of `part`'s words line up with `whole` in order. */
export function sameWords(whole: readonly string[], part: readonly string[]): boolean {
  if (part.length === 0) return false;
  if (wordRunIndex(whole, part) >= 0) return true;
  const common = diffArrays([...whole], [...part])
    .filter((c) => !c.added && !c.removed)
    .reduce((n, c) => n + c.count, 0);
  return common >= QUOTE_MATCH_MIN_SHARE * part.length && part.length >= QUOTE_SHINGLE_WORDS;
}

/** The variant of an appearance against the fullest form, with its diff when altered. */
export function variantOf(
  fullest: { text: string; words: readonly string[] },
  mention: Pick<QuoteMention, 'text' | 'kind'>,
): { variant: Variant; diff?: WordChange[] } {
  const own = words(mention.text);
  const fragment = mention.kind === 'fragment';
  if (own.length === fullest.words.length && own.every((w, i) => w === fullest.words[i])) {
    return { variant: fragment ? 'fragment' : 'verbatim' };
  }
  if (wordRunIndex(fullest.words, own) >= 0) {
    return { variant: fragment ? 'fragment' : 'truncated' };
  }
  const diff = diffWords(fullest.text, mention.text, { ignoreCase: true }).map((c): WordChange => ({
    op: c.added ? 'added' : c.removed ? 'dropped' : 'same',
    text: c.value,
  }));
  return { variant: 'altered', diff };
}

function cmp(x: string, y: string): number {
  return x < y ? -1 : x > y ? 1 : 0;
}

/** Stable id: up to six leading words and a hash of the fullest form's words. */
export function quoteId(fullestWords: readonly string[]): string {
  const slug = fullestWords
    .slice(0, 6)
    .join('-')
    .normalize('NFKD')
    .replace(/[^a-z0-9-]+/g, '')
    .replace(/-+/g, '-')
    .replace(/^-|-$/g, '');
  const hash = createHash('sha256').update(fullestWords.join(' ')).digest('hex').slice(0, 8);
  return slug ? `${slug}-${hash}` : `q-${hash}`;
}

function mostCommon(values: readonly string[]): string | null {
  const counts = new Map<string, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1] || cmp(a[0], b[0]))[0]?.[0] ?? null;
}

/** The quote a group makes: the fullest form (most words, then most printed, then first by
 * article), one appearance per article (its longest mention), the majority speaker. */
function toQuote(group: Group): Quote {
  const byText = new Map<string, number>();
  for (const m of group.members)
    byText.set(m.words.join(' '), (byText.get(m.words.join(' ')) ?? 0) + 1);
  const fuller = (x: Member, y: Member): number =>
    y.words.length - x.words.length ||
    (byText.get(y.words.join(' ')) ?? 0) - (byText.get(x.words.join(' ')) ?? 0) ||
    cmp(x.article.id, y.article.id) ||
    x.index - y.index;
  // A group is never empty: it is made with its first member.
  const fullest = group.members.reduce((best, m) => (fuller(m, best) < 0 ? m : best));
  const best = new Map<string, Member>();
  for (const m of group.members) {
    const held = best.get(m.article.id);
    if (!held || m.words.length > held.words.length) best.set(m.article.id, m);
  }
  const appearances: Appearance[] = [...best.values()]
    .sort((x, y) => cmp(x.article.id, y.article.id))
    .map((m) => ({
      article: m.article.id,
      text: m.mention.text,
      start: m.mention.start,
      end: m.mention.end,
      embed: m.mention.embed,
      utterance: m.mention.utterance,
      ...variantOf({ text: fullest.mention.text, words: fullest.words }, m.mention),
    }));
  const dated = [...best.values()]
    .filter((m) => m.article.published)
    .sort(
      (x, y) =>
        cmp(x.article.published ?? '', y.article.published ?? '') ||
        cmp(x.article.id, y.article.id),
    );
  const speaker = mostCommon(
    group.members.flatMap((m) => (m.mention.speaker ? [m.mention.speaker] : [])),
  );
  const kinds = new Set(group.members.map((m) => m.mention.kind));
  return {
    id: quoteId(fullest.words),
    text: fullest.mention.text,
    speaker,
    speakerType:
      group.members.find((m) => m.mention.speaker === speaker)?.mention.speakerType ?? null,
    kind:
      kinds.size !== 1
        ? 'speech'
        : kinds.has('embed')
          ? 'embed'
          : kinds.has('fragment')
            ? 'fragment'
            : 'speech',
    appearances,
    earliest: dated[0]?.article.id ?? null,
  };
}

/** `quotes` (in group order) with every id unique: quotes whose fullest forms have the same words
 * but different speakers are different quotes; the first keeps the id, the next get `-2`, `-3`...
 * in that order, which is deterministic (groups are made in a fixed order). */
function uniqueIds(quotes: readonly Quote[]): Quote[] {
  const seen = new Map<string, number>();
  return quotes.map((q) => {
    const n = (seen.get(q.id) ?? 0) + 1;
    seen.set(q.id, n);
    return n === 1 ? q : { ...q, id: `${q.id}-${n}` };
  });
}

/** Groups made so far, and the indexes a new printing finds its group by. */
class GroupIndex {
  readonly groups: Group[] = [];
  private readonly postings = new Map<number, Group[]>();
  private readonly pairPostings = new Map<number, Group[]>();
  // Groups by the exact words of their head: a printing identical to a group's head always finds
  // it, even when every shingle it has is a common one whose postings list is already full.
  private readonly byHead = new Map<string, Group[]>();

  /** The group `member` belongs to: one whose head is its words, else the candidate sharing most
   * shingles whose head it matches (see {@link sameWords}); undefined when none. */
  find(member: Member): Group | undefined {
    const same = this.byHead.get(member.words.join(' '))?.find((g) => agrees(g, member));
    if (same !== undefined) return same;
    const short = member.words.length < QUOTE_SHINGLE_WORDS;
    // A printing shorter than a shingle ("regular communication") is found by its word pairs.
    const hashes = new Set(
      shingleHashes(member.words, short ? SHORT_SHINGLE_WORDS : QUOTE_SHINGLE_WORDS),
    );
    const shared = new Map<Group, number>();
    for (const h of hashes) {
      for (const g of (short ? this.pairPostings : this.postings).get(h) ?? [])
        shared.set(g, (shared.get(g) ?? 0) + 1);
    }
    return [...shared]
      .sort((a, b) => b[1] - a[1] || a[0].id - b[0].id)
      .slice(0, QUOTE_MAX_CANDIDATES)
      .find(([group]) => agrees(group, member) && sameWords(group.head, member.words))?.[0];
  }

  /** A new group headed by `member`, entered in every index (each list capped). */
  add(member: Member): void {
    const group = {
      id: this.groups.length,
      members: [member],
      head: member.words,
      speaker: member.mention.speaker,
    };
    this.groups.push(group);
    const key = member.words.join(' ');
    const heads = this.byHead.get(key);
    if (!heads) this.byHead.set(key, [group]);
    else if (heads.length < QUOTE_MAX_POSTINGS) heads.push(group);
    for (const [index, size] of [
      [this.postings, QUOTE_SHINGLE_WORDS],
      [this.pairPostings, SHORT_SHINGLE_WORDS],
    ] as const) {
      for (const h of new Set(shingleHashes(member.words, size))) {
        const list = index.get(h) ?? [];
        if (list.length < QUOTE_MAX_POSTINGS) index.set(h, list.concat(group));
      }
    }
  }
}

/** True unless `member` and `group` name different speakers. */
function agrees(group: Group, member: Member): boolean {
  const speaker = member.mention.speaker;
  return !speaker || !group.speaker || speaker === group.speaker;
}

/** Groups the speech and embed mentions of `articles` into quotes, sorted by id. Terms are left
 * out. Deterministic whatever the input order. */
export function groupQuotes(articles: readonly ArticleMentions[]): GroupedQuotes {
  const members: Member[] = articles.flatMap((a) =>
    a.mentions.flatMap((mention, index) =>
      mention.kind === 'term'
        ? []
        : [{ article: a.article, index, mention, words: words(mention.text) }],
    ),
  );
  members.sort(
    (x, y) =>
      y.words.length - x.words.length || cmp(x.article.id, y.article.id) || x.index - y.index,
  );
  const index = new GroupIndex();
  for (const member of members) {
    if (member.words.length === 0) continue;
    const group = index.find(member);
    if (group) group.members.push(member);
    else index.add(member);
  }
  const quotes = uniqueIds(index.groups.map(toQuote));
  const mentionQuotes = new Map<string, (string | null)[]>(
    articles.map((a) => [a.article.id, a.mentions.map(() => null)]),
  );
  quotes.forEach((quote, g) => {
    for (const m of index.groups[g]?.members ?? []) {
      const list = mentionQuotes.get(m.article.id);
      if (list) list[m.index] = quote.id;
    }
  });
  return { quotes: quotes.sort((x, y) => cmp(x.id, y.id)), mentionQuotes };
}
