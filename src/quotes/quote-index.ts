/**
 * How a printing of a quotation finds the quote whose words it is: an index of quote heads (the
 * words a group was made with) by their exact words and by word-shingle hashes, so candidates
 * never come from all pairs, and the word-by-word rule every candidate is then checked by. Used
 * to group printings into quotes (`group-quotes.ts`) and to find the quote of words an article
 * printed and then cut (`src/versions/withdrawn-quotes.ts`), so both follow one rule.
 */
import { diffArrays } from 'diff';
import { shingleHashes } from '../stories/shingles.ts';
import {
  QUOTE_MATCH_MIN_SHARE,
  QUOTE_MAX_CANDIDATES,
  QUOTE_MAX_POSTINGS,
  QUOTE_SHINGLE_WORDS,
} from './quote-rules.ts';

/** Words per shingle of the second, smaller index that finds printings of one or two words. */
const SHORT_SHINGLE_WORDS = 2;

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

/** A quote in the making: the words it was headed with, who they are attributed to, and what
 * has joined it (printings while grouping, the finished quote once grouped). */
export interface QuoteGroup<M> {
  /** Its place among the groups, in the order they were made. */
  readonly id: number;
  readonly members: M[];
  readonly head: readonly string[];
  readonly speaker: string | null;
}

/** True unless the two speakers are both named and differ. */
const agrees = (a: string | null, b: string | null): boolean => !a || !b || a === b;

/** Groups made so far, and the indexes a printing finds its group by. */
export class QuoteIndex<M> {
  readonly groups: QuoteGroup<M>[] = [];
  private readonly postings = new Map<number, QuoteGroup<M>[]>();
  private readonly pairPostings = new Map<number, QuoteGroup<M>[]>();
  // Groups by the exact words of their head: a printing identical to a group's head always finds
  // it, even when every shingle it has is a common one whose postings list is already full.
  private readonly byHead = new Map<string, QuoteGroup<M>[]>();

  /** The group the printing `words` (attributed to `speaker`) belongs to: one whose head is its
   * words, else the candidate sharing most shingles that `matches` (by default: whose head the
   * words match, see {@link sameWords}); never one naming another speaker; undefined when none. */
  find(
    words: readonly string[],
    speaker: string | null,
    matches: (group: QuoteGroup<M>) => boolean = (group) => sameWords(group.head, words),
  ): QuoteGroup<M> | undefined {
    const agreeing = (g: QuoteGroup<M>): boolean => agrees(g.speaker, speaker) && matches(g);
    const same = this.byHead.get(words.join(' '))?.find(agreeing);
    if (same !== undefined) return same;
    const short = words.length < QUOTE_SHINGLE_WORDS;
    // A printing shorter than a shingle ("regular communication") is found by its word pairs.
    const hashes = new Set(shingleHashes(words, short ? SHORT_SHINGLE_WORDS : QUOTE_SHINGLE_WORDS));
    const shared = new Map<QuoteGroup<M>, number>();
    for (const h of hashes) {
      for (const g of (short ? this.pairPostings : this.postings).get(h) ?? [])
        shared.set(g, (shared.get(g) ?? 0) + 1);
    }
    return [...shared]
      .sort((a, b) => b[1] - a[1] || a[0].id - b[0].id)
      .slice(0, QUOTE_MAX_CANDIDATES)
      .find(([group]) => agreeing(group))?.[0];
  }

  /** A new group headed by `head`, with `first` as its member, entered in every index (each list
   * capped). */
  add(head: readonly string[], speaker: string | null, first: M): QuoteGroup<M> {
    const group = { id: this.groups.length, members: [first], head, speaker };
    this.groups.push(group);
    const key = head.join(' ');
    const heads = this.byHead.get(key);
    if (!heads) this.byHead.set(key, [group]);
    else if (heads.length < QUOTE_MAX_POSTINGS) heads.push(group);
    for (const [index, size] of [
      [this.postings, QUOTE_SHINGLE_WORDS],
      [this.pairPostings, SHORT_SHINGLE_WORDS],
    ] as const) {
      for (const h of new Set(shingleHashes(head, size))) {
        const list = index.get(h) ?? [];
        if (list.length < QUOTE_MAX_POSTINGS) index.set(h, list.concat(group));
      }
    }
    return group;
  }
}
