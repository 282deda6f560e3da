/**
 * Word shingles: the common currency of reuse detection, story grouping and quote grouping, made
 * of the words of `text/words.ts` (compared after NFC and case folding, so typography never hides
 * a copy).
 */
import { MIN_CONTENT_WORD_LENGTH, STOP_WORDS } from './thresholds.ts';

/** 32-bit FNV-1a hash of a string: fast, stable across runs and platforms. */
export function hashString(value: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < value.length; i += 1) {
    hash ^= value.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

/** Hashes of every run of `size` consecutive words, in order (one per start position). A text of
 * fewer words than `size` yields one hash of all its words, so short texts still match. */
export function shingleHashes(list: readonly string[], size: number): number[] {
  if (list.length === 0) return [];
  if (list.length < size) return [hashString(list.join(' '))];
  // Each hash is hashString of the words joined by spaces, computed without building the string.
  const hashes: number[] = [];
  for (let i = 0; i + size <= list.length; i += 1) {
    let hash = 0x811c9dc5;
    for (let k = i; k < i + size; k += 1) {
      if (k > i) hash = Math.imul(hash ^ 0x20, 0x01000193);
      const word = list[k] as string;
      for (let c = 0; c < word.length; c += 1) {
        hash = Math.imul(hash ^ word.charCodeAt(c), 0x01000193);
      }
    }
    hashes.push(hash >>> 0);
  }
  return hashes;
}

/** Hashes of the distinct content words of `list` (stop words and very short words dropped): the
 * vocabulary that says what event a text is about. */
export function contentWordHashes(list: readonly string[]): number[] {
  const seen = new Set<number>();
  for (const word of list) {
    if (word.length >= MIN_CONTENT_WORD_LENGTH && !STOP_WORDS.has(word)) seen.add(hashString(word));
  }
  return [...seen];
}
