/**
 * Words as every stage compares them: runs of letters (with their combining marks) or digits,
 * inner apostrophes kept, in NFC and case-folded, with apostrophes unified, so typography and
 * Unicode form never hide a match; offsets point back into the text as printed.
 */

/** A word of a text: its comparison form and where it is printed. */
export interface WordToken {
  /** NFC, lowercase, with ’ ‘ ʼ turned into ' and no leading or trailing apostrophe. */
  readonly word: string;
  /** Offset of its first character in the text. */
  readonly start: number;
  /** Offset just past its last character. */
  readonly end: number;
}

// Combining marks belong to the word they follow, so decomposed text ("re\u0301sume\u0301") is one
// word, compared in its composed (NFC) form.
const WORD = /[\p{L}\p{N}][\p{L}\p{M}\p{N}]*(?:['’ʼ][\p{L}\p{N}][\p{L}\p{M}\p{N}]*)*/gu;

/** Every word of `text` in order (runs of letters or digits, inner apostrophes kept). */
export function wordTokens(text: string): WordToken[] {
  const tokens: WordToken[] = [];
  for (const match of text.matchAll(WORD)) {
    const start = match.index;
    tokens.push({
      // Upper then lower case folds what lowercasing alone keeps apart (ß and SS).
      word: match[0].normalize('NFC').toUpperCase().toLowerCase().replace(/[’ʼ]/g, "'"),
      start,
      end: start + match[0].length,
    });
  }
  return tokens;
}

/** The comparison forms of the words of `text`, in order. */
export function words(text: string): string[] {
  return wordTokens(text).map((t) => t.word);
}

/** Number of words in `text`: the words {@link wordTokens} finds, counted in its NFC form, so a
 * decomposed "re\u0301sume\u0301" counts as "résumé" does (one word, however it is encoded). */
export function countWords(text: string): number {
  return text.normalize('NFC').match(WORD)?.length ?? 0;
}

/** Words a title leaves in lower case ("Takin’ It to the Streets"). */
const TITLE_SMALL_WORDS: ReadonlySet<string> = new Set(
  'a an and as at by for from in of on or the to with'.split(' '),
);

/** True when `text` is written as a title: every word after the first capitalised (or a digit),
 * except the small words titles keep in lower case, and no question or exclamation at its end. */
export function isTitleCase(text: string): boolean {
  const list = text.split(/\s+/).filter(Boolean);
  return (
    list.every((w, k) => /^[\p{Lu}\p{N}]/u.test(w) || (k > 0 && TITLE_SMALL_WORDS.has(w))) &&
    !/[!?]$/u.test(text)
  );
}
