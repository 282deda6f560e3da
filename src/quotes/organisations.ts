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

/** A capitalised name of two or more words, with the small words names hold ("Office of the
 * Inspector General"). */
const WORD = String.raw`\p{Lu}(?:[\p{L}\p{M}’'-]|\.(?=\p{L}))*`;
const NAME = String.raw`${WORD}(?:\s+(?:(?:of|for|and|the|on)\s+){0,2}${WORD})+`;

/** The initials of a name's capitalised words ("Drug Enforcement Administration" -> DEA). */
function initials(name: string): string {
  return (name.match(new RegExp(WORD, 'gu')) ?? []).map((w) => w[0]).join('');
}

/** The acronyms `text` spells out, each to its full name: "Full Name (FN)", or a name whose
 * initials are an acronym the text also prints ("the Drug Enforcement Administration" … "the
 * DEA says"). */
export function spelledAcronyms(text: string): Map<string, string> {
  const found = new Map<string, string>();
  const add = (acronym: string, name: string): void => {
    if (!found.has(acronym)) found.set(acronym, name.replace(/^The\s+/u, ''));
  };
  for (const m of text.matchAll(new RegExp(String.raw`(${NAME})\s+\((\p{Lu}{2,})\)`, 'gu'))) {
    if (m[1] && m[2]) add(m[2], m[1]);
  }
  const printed = new Set(text.match(/\b\p{Lu}{2,6}\b/gu) ?? []);
  for (const m of text.matchAll(new RegExp(NAME, 'gu'))) {
    const name = m[0].replace(/^The\s+/u, '');
    const acronym = initials(name);
    if (acronym.length >= 2 && printed.has(acronym)) add(acronym, name);
  }
  return found;
}
