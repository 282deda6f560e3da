/**
 * What to suggest when a search finds nothing, apart from the page: looser searches to try, in
 * the order a reader would want them, and the sentence offering the first one that finds
 * something. A suggestion is only ever a search that was run and found articles, or a word
 * printed in one of them: nothing is guessed.
 */
import type { ReadQuery } from './search-query.ts';

/** A looser search: `terms` (null: filters only) and whether the chosen filters still apply. */
export interface Relaxation {
  readonly kind: 'no-filters' | 'loose' | 'word' | 'prefix';
  readonly terms: string | null;
  readonly filtered: boolean;
}

/** At most this many single words of a longer query are tried alone. */
const WORDS_TRIED = 4;
/** A word is shortened for a prefix search down to this many letters, never fewer. */
const MIN_PREFIX = 4;

/** The looser searches worth trying after `query` (with filters or not) found nothing, best
 * first: the same words without the filters; a quoted phrase without its quotes; each word of a
 * longer query alone; a single long word shortened by one then two letters (Pagefind matches a
 * word's beginning, so a typo near the end still finds the printed word). */
export function relaxations(query: ReadQuery, filtered: boolean): Relaxation[] {
  const tries: Relaxation[] = [];
  if (filtered) tries.push({ kind: 'no-filters', terms: query.terms, filtered: false });
  if (query.terms === null) return tries;
  const loose = query.exact ? query.terms.slice(1, -1) : query.terms;
  if (query.exact) tries.push({ kind: 'loose', terms: loose, filtered });
  const words = loose.split(' ').filter((word) => /[\p{L}\p{N}]/u.test(word));
  if (words.length > 1) {
    for (const word of words.slice(0, WORDS_TRIED))
      tries.push({ kind: 'word', terms: word, filtered });
  } else if (words.length === 1) {
    const word = [...(words[0] ?? '')];
    for (let cut = 1; cut <= 2 && word.length - cut >= MIN_PREFIX; cut++) {
      tries.push({ kind: 'prefix', terms: word.slice(0, -cut).join(''), filtered });
    }
  }
  return tries;
}

/** The word in the first `<mark>` of a Pagefind excerpt (punctuation around it dropped): the word
 * an article printed where a search matched. Null when nothing is marked. */
export function markedWord(excerpt: string): string | null {
  const match = /<mark>([^<]+)<\/mark>/.exec(excerpt);
  const word = (match?.[1] ?? '').replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '');
  return word === '' ? null : word;
}

/** The offer of a relaxation that found `count` articles (`word`: the printed word a prefix
 * search matched). */
export function suggestionText(tried: Relaxation, count: number, word: string | null): string {
  const articles = count === 1 ? '1 article' : `${count} articles`;
  const s = count === 1 ? 's' : '';
  switch (tried.kind) {
    case 'no-filters':
      return `Without the filters, ${articles} match${count === 1 ? 'es' : ''}.`;
    case 'loose':
      return `${articles} contain${s} these words, not in this exact order.`;
    case 'word':
      return `${articles} contain${s} “${tried.terms ?? ''}” alone. Try fewer words.`;
    case 'prefix':
      return `Did you mean “${word ?? tried.terms ?? ''}”? ${articles} print${s} it.`;
  }
}

/** The printed word a search found instead of the single word typed, when Pagefind's typo
 * tolerance matched another word: `excerpt`'s first marked word, when neither it nor the typed
 * word begins the other (a word form, "reforms" for "reform", is the word itself). Null for an
 * exact phrase, several words, or a match of the word as typed. */
export function closestWord(query: ReadQuery, excerpt: string): string | null {
  if (query.terms === null || query.exact || query.terms.includes(' ')) return null;
  const marked = markedWord(excerpt);
  if (marked === null) return null;
  const [typed, printed] = [query.terms.toLowerCase(), marked.toLowerCase()];
  return typed.startsWith(printed) || printed.startsWith(typed) ? null : marked;
}

/** The note under a result list that matched `word` where `typed` was typed. */
export function closestText(typed: string, word: string): string {
  return `No article prints “${typed}”; these print “${word}”.`;
}
