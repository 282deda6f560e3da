/**
 * Organisations as attributions name them: "the U.S. attorney's office", "a spokesperson for the
 * British Foreign Office", "NASA", and the acronyms an article spells out ("Drug Enforcement
 * Administration (DEA)"), so an unnamed spokesperson speaks for the organisation named.
 */
import { NOT_PERSON_WORDS } from '../text/name-words.ts';
import { ORGANISATION_VOICES, ORGANISATION_WORDS } from './quote-rules.ts';

/** A capitalised name followed by up to two lower-case words and an organisation word ("the
 * U.S. attorney's office", "French foreign ministry"); compiled once, not per attribution. */
const OFFICE = new RegExp(
  String.raw`(\p{Lu}[\p{L}\p{M}&.’'-]*(?:\s+\p{Lu}[\p{L}\p{M}&.’'-]*)*(?:\s+[\p{Ll}’'-]+){0,2}\s+(?:${[...ORGANISATION_WORDS].join('|')}))\b`,
  'u',
);

/** The organisation a phrase names: an acronym, a capitalised name holding an organisation word
 * ("Office of the Inspector General"), one printed after "the", or any capitalised name next to a
 * spokesperson or a statement ("a Pentagon spokesman"); null when it names none. */
export function organisationIn(phrase: string): string | null {
  const office = OFFICE.exec(phrase);
  if (office?.[1]) return office[1].replace(/^the\s+/i, '');
  const voice = phrase
    .toLowerCase()
    .split(/[^\p{L}]+/u)
    .some((w) => ORGANISATION_VOICES.has(w));
  const runs = phrase.matchAll(
    /(\bthe\s+)?(\p{Lu}[\p{L}\p{M}&.-]*(?:[’']s)?(?:\s+(?:of|for|and|the|de|on)?\s*\p{Lu}[\p{L}\p{M}&.-]*(?:[’']s)?)*)/gu,
  );
  for (const run of runs) {
    const name = (run[2] ?? '')
      .replace(/[’']s$/u, '')
      .replace(/^The\s+/u, '')
      .trim();
    const words = name.toLowerCase().split(/\s+/);
    const acronym = /^\p{Lu}{2,}$/u.test(name.split(/\s+/)[0] ?? '');
    const organisational = words.some((w) => NOT_PERSON_WORDS.has(w));
    if (name && (acronym || organisational || run[1] !== undefined || voice)) return name;
  }
  return null;
}

/** The acronyms `text` spells out, each to its full name: "Full Name (FN)". */
export function spelledAcronyms(text: string): Map<string, string> {
  const found = new Map<string, string>();
  const pattern =
    /(\p{Lu}[\p{L}\p{M}’'.-]*(?:\s+(?:(?:of|for|and|the|on)\s+)?\p{Lu}[\p{L}\p{M}’'.-]*)+)\s+\((\p{Lu}{2,})\)/gu;
  for (const m of text.matchAll(pattern)) {
    const [, name, acronym] = m;
    if (name && acronym && !found.has(acronym)) found.set(acronym, name.replace(/^The\s+/u, ''));
  }
  return found;
}
