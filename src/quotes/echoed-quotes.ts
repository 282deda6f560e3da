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

/** True when `part` occurs in `whole` as a run of consecutive words; the last may be the start
 * of a longer word ("추억을 간직" in "추억을 간직하는": an ending attaches to the word it ends). */
function containsRun(whole: readonly string[], part: readonly string[]): boolean {
  if (part.length === 0 || part.length > whole.length) return false;
  const last = part.length - 1;
  const same = (w: string, k: number, at: number): boolean =>
    k === last ? (whole[at + k] ?? '').startsWith(w) : whole[at + k] === w;
  for (let at = 0; at + part.length <= whole.length; at += 1) {
    if (part.every((w, k) => same(w, k, at))) return true;
  }
  return false;
}

/** For each quotation (same order), the speaker of the attributed quotations whose words it
 * repeats, when they all name the same one; null otherwise, and for a quotation that names its
 * own speaker, for a term that is a title ("Wild Rose": a work's name, however often quoted) or
 * a single word, and for a quotation only continuing the speaker before it unless it repeats
 * several words. */
export function echoedSpeakers(list: readonly EchoCandidate[]): (Speaker | null)[] {
  const folded = list.map((q) => words(q.text));
  const sources = list.flatMap((q, j) => {
    const speaker = q.attribution?.speaker ?? null;
    const own = speaker !== null && q.attribution?.continued === false;
    return own && q.kind !== 'term' ? [{ j, speaker }] : [];
  });
  return list.map((q, i) => {
    const mine = folded[i] ?? [];
    const attribution = q.kind === 'term' ? null : q.attribution;
    if (attribution?.speaker && !attribution.continued) return null;
    if (attribution?.continued && mine.length < MIN_WORDS_OVER_CONTINUED) return null;
    // One scare-quoted word ("an “irregular” channel") is the writer's distance, not a quotation.
    if (q.kind === 'term' && (mine.length < 2 || isTitleCase(q.text))) return null;
    const found = sources.filter(({ j }) => j !== i && containsRun(folded[j] ?? [], mine));
    const names = new Set(found.map((f) => `${f.speaker.type}:${f.speaker.name}`));
    return names.size === 1 ? (found[0]?.speaker ?? null) : null;
  });
}
