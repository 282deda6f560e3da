/**
 * People, organisations and places an article mentions, read with compromise and cleaned: no
 * trailing punctuation or possessive, titles stripped ("Mayor Brandon Johnson" -> Brandon
 * Johnson), and one entity per person (a lone "Johnson" is folded into "Brandon Johnson" when the
 * article names exactly one person with that surname or first name).
 */
import nlp from 'compromise';
import type { Entities } from '../schema/story.ts';
import { NOT_NAME_WORDS, NOT_PERSON_WORDS, TITLES } from '../quotes/quote-rules.ts';

/** Words that end up glued to a name from a photo caption ("Brandon Johnson Photo"). */
const CAPTION_WORDS: ReadonlySet<string> = new Set([
  'photo',
  'photos',
  'image',
  'images',
  'file',
  'video',
]);

/** Trims what a tagger leaves around a name: spaces, punctuation, a possessive. */
export function cleanEntity(raw: string): string {
  return raw
    .replace(/\s+/g, ' ')
    .replace(/^[\s"“”‘’'([{,.;:—–-]+/u, '')
    .replace(/['’]s?\s*$/u, '')
    .replace(/[\s"“”‘’'()[\]{},.;:!?—–-]+$/u, '')
    .replace(/['’]s?$/u, '')
    .trim();
}

/** A person's name without titles or the words of an office before it ("Homeland Security
 * Secretary Kristi Noem" -> Kristi Noem); empty when nothing name-like is left. */
export function stripTitles(name: string): string {
  const tokens = cleanEntity(name).split(' ').filter(Boolean);
  let lastTitle = -1;
  tokens.forEach((t, i) => {
    if (TITLES.has(t.toLowerCase()) || TITLES.has(t.toLowerCase().replace(/\.$/, '')))
      lastTitle = i;
  });
  let rest = tokens.slice(lastTitle + 1);
  while (
    rest.length > 1 &&
    (NOT_PERSON_WORDS.has((rest[0] ?? '').toLowerCase()) || rest[0] === 'of')
  ) {
    rest = rest.slice(1);
  }
  while (rest.length > 1 && CAPTION_WORDS.has((rest[rest.length - 1] ?? '').toLowerCase())) {
    rest = rest.slice(0, -1);
  }
  const bad = (t: string): boolean =>
    NOT_NAME_WORDS.has(t.toLowerCase()) || !/^\p{Lu}[\p{L}\p{M}.'’-]*$/u.test(t);
  if (rest.some(bad)) return '';
  return rest.join(' ');
}

/** One entry per person: lone names folded into the single full name sharing that word. */
export function mergePeople(names: readonly string[]): string[] {
  const full = [...new Set(names.filter((n) => n.includes(' ')))];
  const merged = new Set(full);
  for (const name of names) {
    if (name.includes(' ')) continue;
    const owners = full.filter((f) => f.split(' ').includes(name));
    merged.add(owners.length === 1 ? (owners[0] as string) : name);
  }
  return [...merged].sort();
}

function uniqueSorted(values: readonly string[]): string[] {
  return [...new Set(values.filter(Boolean))].sort();
}

/** The cleaned entities of a text; each list sorted and without repeats. */
export function extractEntities(text: string): Entities {
  const doc = nlp(text);
  const people = mergePeople(
    (doc.people().out('array') as string[]).map(stripTitles).filter(Boolean),
  );
  const organizations = uniqueSorted(
    (doc.organizations().out('array') as string[]).map(cleanEntity),
  );
  const places = uniqueSorted((doc.places().out('array') as string[]).map(cleanEntity));
  const elsewhere = new Set([...organizations, ...places]);
  return {
    people: people.filter((p) => p.includes(' ') || !elsewhere.has(p)),
    organizations,
    places,
  };
}
