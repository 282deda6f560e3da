/**
 * Readable, URL- and file-safe slugs of file names in any script: transliterated with the
 * `transliteration` package's tables (not a hand-written list), lowercased, every run of other
 * characters (dots included) one `-`. Ids and published raw-file names are made with it.
 */
import { transliterate } from 'transliteration';

/** Longest slug, in characters (long names make unwieldy addresses). */
const MAX_SLUG_CHARS = 80;

/** The slug of `text`: letters, digits, `-` and `_` only, no `-` or `_` at either end; empty when
 * nothing readable is left. */
export function readableSlug(text: string): string {
  return transliterate(text)
    .toLowerCase()
    .replace(/[^a-z0-9_-]+/g, '-')
    .slice(0, MAX_SLUG_CHARS)
    .replace(/^[-_]+|[-_]+$/g, '');
}
