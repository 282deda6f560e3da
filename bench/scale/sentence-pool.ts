/**
 * The material the synthetic archive is made of: real news paragraphs split into sentences, with
 * the sentences that carry a quotation set apart (so stories can share them across outlets), and
 * the search words the benchmark asks for, chosen from the material itself.
 */
import { splitSentences } from '../../src/text/sentences.ts';

/** Sentences to recombine, and quotation sentences with their quoted words. */
export interface SentencePool {
  /** Sentences without a quotation, as published (never edited). */
  readonly sentences: readonly string[];
  /** Sentences holding a quotation of at least {@link MIN_QUOTE_WORDS} words. */
  readonly quoted: readonly { readonly sentence: string; readonly quote: string }[];
  /** A frequent long word of the material (the benchmark's one-word search). */
  readonly word: string;
  /** A frequent pair of adjacent words (the benchmark's phrase search). */
  readonly phrase: string;
}

/** Quotations shorter than this are too common to identify a story. */
export const MIN_QUOTE_WORDS = 6;
const QUOTATION = /[“"]([^”"“]+)[”"]/u;
const WORD = /[\p{L}][\p{L}’'-]*[\p{L}]/gu;
const STOP = new Set([
  'that',
  'with',
  'from',
  'have',
  'this',
  'were',
  'their',
  'they',
  'been',
  'which',
  'about',
  'would',
  'there',
  'said',
  'will',
  'also',
  'more',
  'when',
  'what',
  'than',
  'after',
  'into',
  'some',
  'other',
  'them',
  'because',
  'where',
  'could',
  'while',
  'over',
  'those',
  'these',
  'being',
  'such',
  'just',
  'most',
  'only',
  'even',
  'then',
  'very',
  'many',
  'much',
  'like',
  'before',
  'through',
]);

/** The material is one story beat's language: English sentences (two or more of these common
 * words, and almost no letters outside Latin-1), so a search index of one language fits it. */
const ENGLISH = new Set([
  'the',
  'and',
  'of',
  'to',
  'for',
  'that',
  'with',
  'on',
  'by',
  'from',
  'has',
  'are',
]);

/** True when `sentence` reads as English by {@link ENGLISH}'s test. */
export function isEnglish(sentence: string): boolean {
  const letters = sentence.match(/\p{L}/gu) ?? [];
  const foreign = letters.filter((ch) => ch > '\u00ff').length;
  if (foreign > letters.length * 0.05) return false;
  const words = new Set((sentence.match(WORD) ?? []).map((w) => w.toLowerCase()));
  return [...ENGLISH].filter((w) => words.has(w)).length >= 2;
}

function countWords(text: string): number {
  return text.match(WORD)?.length ?? 0;
}

function mostFrequent(counts: ReadonlyMap<string, number>): string {
  let best = '';
  let bestCount = 0;
  for (const [key, count] of counts) {
    if (count > bestCount || (count === bestCount && key < best)) {
      best = key;
      bestCount = count;
    }
  }
  return best;
}

/** The pool made from `paragraphs` (each as published). Deterministic: the same paragraphs in the
 * same order give the same pool. Throws when the material holds no sentence or no quotation. */
export function buildSentencePool(paragraphs: readonly string[]): SentencePool {
  const sentences: string[] = [];
  const quoted: { sentence: string; quote: string }[] = [];
  const words = new Map<string, number>();
  const pairs = new Map<string, number>();
  const seen = new Set<string>();
  for (const paragraph of paragraphs) {
    for (const sentence of splitSentences(paragraph)) {
      // Words are counted and compared in NFC; the sentence itself is kept as printed.
      const nfc = sentence.normalize('NFC');
      if (seen.has(nfc) || countWords(nfc) < 4 || !isEnglish(sentence)) continue;
      seen.add(nfc);
      const quote = QUOTATION.exec(sentence)?.[1]?.trim();
      if (quote !== undefined && countWords(quote.normalize('NFC')) >= MIN_QUOTE_WORDS)
        quoted.push({ sentence, quote });
      else sentences.push(sentence);
      const list = (nfc.match(WORD) ?? []).map((w) => w.toLowerCase());
      list.forEach((w, n) => {
        if (w.length >= 7 && !STOP.has(w)) words.set(w, (words.get(w) ?? 0) + 1);
        const after = list[n + 1];
        if (after && w.length >= 4 && after.length >= 4 && !STOP.has(w) && !STOP.has(after)) {
          pairs.set(`${w} ${after}`, (pairs.get(`${w} ${after}`) ?? 0) + 1);
        }
      });
    }
  }
  if (sentences.length === 0 || quoted.length === 0) {
    throw new Error('the material needs at least one plain sentence and one quotation');
  }
  return { sentences, quoted, word: mostFrequent(words), phrase: mostFrequent(pairs) };
}
