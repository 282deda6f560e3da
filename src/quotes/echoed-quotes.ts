/**
 * Quotations that repeat words the article quotes in full elsewhere: a headline or subheading
 * (“My fears have been realized”) or a scare quote ("the “Gordon problem”") printing part of what
 * someone is quoted saying, with an attribution, further on. A careful reader credits those words
 * to that speaker; a quotation that names its own speaker keeps it.
 */
import type { QuoteKind } from '../schema/quote.ts';
import { isTitleCase, words } from '../text/words.ts';
import type { Attribution, Speaker } from './attribute-speaker.ts';

/** A quotation as echo matching reads it. */
export interface EchoCandidate {
  readonly text: string;
  readonly kind: QuoteKind;
  readonly attribution: Attribution | null;
}

/** A quotation continuing the speaker before it is re-credited only when it repeats at least
 * this many words of an attributed one: shorter runs ("Yes.") recur by chance. */
const MIN_WORDS_OVER_CONTINUED = 3;

/** Attributed quotations a word may lead to before it counts as stock wording and leads nowhere:
 * each check then costs the same however many quotations an article holds. */
const MAX_CANDIDATES = 64;

/** The attributed quotations, searchable: their words joined (so a run of words is one string
 * search, and its last word may be the start of a longer one: "추억을 간직" in "추억을 간직하는"),
 * and, for each word, the quotations holding it. */
interface SourceIndex {
  readonly joined: ReadonlyMap<number, string>;
  readonly byWord: ReadonlyMap<string, readonly number[]>;
}

function indexSources(
  folded: readonly (readonly string[])[],
  sources: readonly number[],
): SourceIndex {
  const joined = new Map<number, string>();
  const byWord = new Map<string, number[]>();
  for (const j of sources) {
    const own = folded[j] ?? [];
    joined.set(j, ` ${own.join(' ')} `);
    for (const word of new Set(own)) {
      const list = byWord.get(word);
      if (list === undefined) byWord.set(word, [j]);
      else list.push(j);
    }
  }
  return { joined, byWord };
}

/** The attributed quotations (other than `i`) printing the words `mine` as a run. */
function holding(index: SourceIndex, mine: readonly string[], i: number): number[] {
  // Looked up by the rarest of its words but the last, which may carry an ending (a lone word
  // is looked up, and matched, whole).
  const single = mine.length === 1;
  const lists = (single ? mine : mine.slice(0, -1)).map((w) => index.byWord.get(w) ?? []);
  const rarest = lists.reduce((a, b) => (b.length < a.length ? b : a), lists[0] ?? []);
  if (rarest.length > MAX_CANDIDATES) return [];
  const run = ` ${mine.join(' ')}${single ? ' ' : ''}`;
  return rarest.filter((j) => j !== i && (index.joined.get(j) ?? '').includes(run));
}

/** For each quotation (same order), the speaker of the attributed quotations whose words it
 * repeats, when they all name the same one; null otherwise, and for a quotation that names its
 * own speaker, for a term that is a title ("Wild Rose": a work's name, however often quoted) or
 * a single word, and for a quotation only continuing the speaker before it unless it repeats
 * several words. */
export function echoedSpeakers(list: readonly EchoCandidate[]): (Speaker | null)[] {
  const folded = list.map((q) => words(q.text));
  const speakerOf = (q: EchoCandidate): Speaker | null => {
    const speaker = q.attribution?.speaker ?? null;
    return speaker !== null && q.attribution?.continued === false && q.kind !== 'term'
      ? speaker
      : null;
  };
  const sources = list.flatMap((q, j) => (speakerOf(q) === null ? [] : [j]));
  const index = indexSources(folded, sources);
  return list.map((q, i) => {
    const mine = folded[i] ?? [];
    const attribution = q.kind === 'term' ? null : q.attribution;
    if (attribution?.speaker && !attribution.continued) return null;
    if (attribution?.continued && mine.length < MIN_WORDS_OVER_CONTINUED) return null;
    // One scare-quoted word ("an “irregular” channel") is the writer's distance, not a quotation.
    if (mine.length === 0 || (q.kind === 'term' && (mine.length < 2 || isTitleCase(q.text))))
      return null;
    const found = holding(index, mine, i).flatMap((j) => {
      const speaker = list[j] === undefined ? null : speakerOf(list[j]);
      return speaker === null ? [] : [speaker];
    });
    const names = new Set(found.map((f) => `${f.type}:${f.name}`));
    return names.size === 1 ? (found[0] ?? null) : null;
  });
}
