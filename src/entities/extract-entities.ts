/**
 * People, organisations and places an article mentions, cleaned: no trailing punctuation or
 * possessive, titles stripped ("Mayor Brandon Johnson" -> Brandon Johnson), and one entity per
 * person (a lone "Johnson" is folded into "Brandon Johnson" when the article names exactly one
 * person with that surname or first name).
 *
 * Near-linear: candidate spans are the text's capitalised word runs (the fast finder of
 * `text/names.ts`), and compromise only classifies those short spans, each distinct span
 * once per run of the program (a bounded cache), instead of tagging every article's whole text.
 */
import nlp from 'compromise';
import type { Entities } from '../schema/story.ts';
import { findPersonMentions, RUN, splitRun } from '../text/names.ts';
import { NOT_NAME_WORDS, NOT_PERSON_WORDS, TITLES } from '../text/name-words.ts';

/** Words that end up glued to a name from a photo caption ("Brandon Johnson Photo"). */
const CAPTION_WORDS: ReadonlySet<string> = new Set([
  'photo',
  'photos',
  'image',
  'images',
  'file',
  'video',
]);

/** Distinct spans remembered before the cache starts over: bounds memory on a large archive
 * while names that recur across articles stay cached. */
export const SPAN_CACHE_MAX = 100_000;

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
  const unique = [...new Set(names)];
  const full = unique.filter((n) => n.includes(' '));
  const owners = new Map<string, string[]>();
  for (const f of full) {
    for (const word of new Set(f.split(' '))) {
      const list = owners.get(word);
      if (list) list.push(f);
      else owners.set(word, [f]);
    }
  }
  const merged = new Set(full);
  for (const name of unique) {
    if (name.includes(' ')) continue;
    const of = owners.get(name) ?? [];
    merged.add(of.length === 1 ? (of[0] ?? name) : name);
  }
  return [...merged].sort();
}

/** What the language model makes of a hyphenated surname cut at its hyphen ("Grace
 * Nakamura-Hill" read as a person "Grace Nakamura" and a place "Hill"): each name before a hyphen
 * of a person's name, each hyphenated word of it, and each part of that word. None of them is an
 * entity of its own. */
export function hyphenSplits(people: readonly string[]): Set<string> {
  const split = new Set<string>();
  for (const person of people) {
    for (const [k, word] of person.split(' ').entries()) {
      if (!word.includes('-')) continue;
      split.add(word);
      for (const part of word.split('-')) if (part !== '') split.add(part);
      const before = [...person.split(' ').slice(0, k), word.split('-')[0] ?? ''].join(' ');
      if (before !== person) split.add(before);
    }
  }
  return split;
}

/** The candidate spans of `text`: each capitalised run, cut where it cannot be one name, without
 * the sentence words that lead it ("The", "In") and cleaned; each distinct span once. */
export function candidateSpans(text: string): string[] {
  const spans = new Set<string>();
  for (const match of text.matchAll(RUN)) {
    for (const part of splitRun(match[0])) {
      const tokens = part.split(/\s+/);
      while (tokens.length > 0 && NOT_NAME_WORDS.has(cleanEntity(tokens[0] ?? '').toLowerCase())) {
        tokens.shift();
      }
      const span = cleanEntity(tokens.join(' '));
      if (span.length > 1) spans.add(span);
    }
  }
  return [...spans];
}

/** What compromise reads in one span. */
interface SpanReading {
  readonly people: readonly string[];
  readonly organizations: readonly string[];
  readonly places: readonly string[];
}

function reading(view: ReturnType<typeof nlp>): SpanReading {
  return {
    people: view.people().out('array') as string[],
    organizations: view.organizations().out('array') as string[],
    places: view.places().out('array') as string[],
  };
}

/** Compromise's reading of each span, the same whatever spans it is read with. The spans go
 * through compromise together, one sentence each (its cost is mostly per call, and it tags each
 * sentence on its own); when its sentence splitting does not give back exactly one sentence per
 * span ("U.S. Army"), each span is read alone. */
export function readSpans(spans: readonly string[]): SpanReading[] {
  if (spans.length === 0) return [];
  const texts = spans.map((span) => `${span.replace(/[.!?]+$/u, '')}.`);
  const sentences = nlp(texts.join(' ')).sentences();
  const aligned =
    sentences.length === spans.length &&
    (sentences.out('array') as string[]).every((text, i) => text.trim() === texts[i]);
  if (!aligned) return spans.map((span) => reading(nlp(span)));
  const readings: SpanReading[] = [];
  // compromise's types give a sentence view only the core methods; at run time every view has
  // the entity methods its plugins add.
  sentences.forEach((sentence) => readings.push(reading(sentence as ReturnType<typeof nlp>)));
  return readings;
}

function uniqueSorted(values: readonly string[]): string[] {
  return [...new Set(values.filter(Boolean))].sort();
}

/** An entity reader with its own span cache: the same text always gives the same entities. */
export function createEntityReader(cacheMax = SPAN_CACHE_MAX): (text: string) => Entities {
  const cache = new Map<string, SpanReading>();
  const none: SpanReading = { people: [], organizations: [], places: [] };
  return (text) => {
    const spans = candidateSpans(text);
    const mentions = findPersonMentions(text, []);
    const missing = [...new Set([...spans, ...mentions.map((m) => m.name)])].filter(
      (span) => !cache.has(span),
    );
    if (cache.size + missing.length > cacheMax) cache.clear();
    const fresh = readSpans(missing);
    missing.forEach((span, i) => cache.set(span, fresh[i] ?? none));
    const read = (span: string): SpanReading => cache.get(span) ?? none;
    const readings = spans.map(read);
    const named = mentions
      .filter((m) => read(m.name).people.length > 0 || (m.title !== null && m.name.includes(' ')))
      .map((m) => m.name);
    const people = mergePeople(
      [...named, ...readings.flatMap((r) => r.people)].map(stripTitles).filter(Boolean),
    );
    const split = hyphenSplits(people);
    const organizations = uniqueSorted(
      readings.flatMap((r) => r.organizations).map(cleanEntity),
    ).filter((o) => !split.has(o));
    const places = uniqueSorted(readings.flatMap((r) => r.places).map(cleanEntity)).filter(
      (p) => !split.has(p),
    );
    const elsewhere = new Set([...organizations, ...places]);
    return {
      people: people.filter((p) => (p.includes(' ') || !elsewhere.has(p)) && !split.has(p)),
      organizations,
      places,
    };
  };
}

const shared = createEntityReader();

/** The cleaned entities of a text; each list sorted and without repeats. Uses one span cache for
 * the whole run of the program. */
export function extractEntities(text: string): Entities {
  return shared(text);
}
