/**
 * Named people in running text, found from capitalised word runs: titles are stripped ("Chicago
 * Mayor Brandon Johnson" -> Brandon Johnson, title mayor), a lone surname is resolved to the full
 * name printed before it, and organisations and places are left out. Fast and deterministic, so
 * it can run on every article of a large archive; it only needs to be good enough to resolve
 * attributions, where a name sits next to a speech verb.
 */
import {
  NOT_NAME_WORDS,
  NOT_PERSON_WORDS,
  PLURAL_TITLES,
  SPEECH_VERBS,
  TITLES,
} from './name-words.ts';

/** A person named in the text. */
export interface PersonMention {
  /** Full name, titles removed ("Brandon Johnson"). */
  readonly name: string;
  /** The title printed with the name, lowercase without its period ("mayor"), or null. */
  readonly title: string | null;
  /** True when printed right after a preposition of place ("in", "from", "like"), where a
   * capitalised run is as likely a place as a person. */
  readonly afterPreposition: boolean;
  /** Offset of the run the name was found in. */
  readonly start: number;
  /** Offset just past the run. */
  readonly end: number;
}

/** What the text has taught about its people so far: surnames and titles to full names. */
export interface NameRegistry {
  readonly bySurname: Map<string, string>;
  readonly byTitle: Map<string, string>;
}

/** An empty registry. */
export function newRegistry(): NameRegistry {
  return { bySurname: new Map(), byTitle: new Map() };
}

const PLACE_PREPOSITION = /\b(?:in|from|like|at|to|of|near|across|outside|inside)\s+$/;

/** A run of capitalised words, with the lowercase particles names carry ("de", "van", "bin"). */
export const RUN =
  /(?:\p{Lu}[\p{L}\p{M}.'’-]*)(?:(?:[ \t]+|[ \t]+(?:of|de|van|von|da|del|bin|al|la|le)[ \t]+)\p{Lu}[\p{L}\p{M}.'’-]*)*/gu;

/** A token without a possessive or trailing punctuation; an initial or a suffix keeps its period
 * ("P.", "Jr."), as printed. */
function bare(token: string): string {
  const word = token.replace(/(?:['’]s?)$/u, '').replace(/,+$/, '');
  return /^(?:\p{Lu}|Jr|Sr|St)\.$/u.test(word) ? word : word.replace(/\.+$/, '');
}

function isTitle(token: string): boolean {
  return TITLES.has(token.toLowerCase()) || TITLES.has(token.toLowerCase().replace(/\.$/, ''));
}

/** Resolves a printed name (titles already off) against the registry and registers what it
 * teaches: a full name registers its surname; a lone word becomes the full name it stands for. */
export function resolveName(tokens: readonly string[], registry: NameRegistry): string {
  if (tokens.length === 1) {
    const only = tokens[0] ?? '';
    return registry.bySurname.get(only) ?? only;
  }
  const name = tokens.join(' ');
  const surname = tokens[tokens.length - 1];
  if (surname) registry.bySurname.set(surname, name);
  return name;
}

/** Splits a capitalised run into its title and name tokens, or null when it names no person. */
export function parseRun(
  run: string,
  atSentenceStart: boolean,
  nextWord: string,
  registry: NameRegistry,
): { name: string; title: string | null } | null {
  const tokens = run.split(/\s+/).map(bare).filter(Boolean);
  // Leading words that are never names: stop words, and compounds like "Singer-guitarists".
  while (
    tokens.length > 0 &&
    (NOT_NAME_WORDS.has((tokens[0] ?? '').toLowerCase()) || /-\p{Ll}/u.test(tokens[0] ?? ''))
  )
    tokens.shift();
  let titleAt = -1;
  tokens.forEach((t, i) => {
    if (isTitle(t)) titleAt = i;
  });
  const title = titleAt >= 0 ? (tokens[titleAt] ?? '').toLowerCase().replace(/\.$/, '') : null;
  let nameTokens = tokens.slice(titleAt + 1);
  if (nameTokens[0] === 'of') nameTokens = nameTokens.slice(-2);
  else if (nameTokens.includes('of')) nameTokens = nameTokens.slice(0, nameTokens.indexOf('of'));
  if (nameTokens.length === 0 || nameTokens.length > 4) return null;
  const lower = nameTokens.map((t) => t.toLowerCase());
  if (lower.some((t) => NOT_PERSON_WORDS.has(t) || NOT_NAME_WORDS.has(t) || t === 'of')) {
    return null;
  }
  const single = nameTokens.length === 1;
  const known = single && registry.bySurname.has(nameTokens[0] ?? '');
  // A plural before "who" is a group ("Officials, who spoke"), not a person.
  const described = nextWord === 'who' && !/s$/u.test(nameTokens[0] ?? '');
  const speaking = SPEECH_VERBS.has(nextWord.toLowerCase()) || described;
  if (single && title === null && !known && !(atSentenceStart && speaking)) return null;
  if (title && PLURAL_TITLES.has(title) && single && !known) return null;
  const name = resolveName(nameTokens, registry);
  // A titled lone name ("Prince Andrew") is a person: later bare mentions ("Andrew") are too.
  if (single && title !== null && !known) registry.bySurname.set(nameTokens[0] ?? '', name);
  return { name, title };
}

/** A capitalised run cut where it cannot be one name: after a possessive or a comma, and after a
 * word ending a sentence ("said Lee. Stone disagreed"), though not after a title or an initial. */
export function splitRun(run: string): string[] {
  const parts: string[] = [];
  let current: string[] = [];
  for (const token of run.split(/[ \t]+/)) {
    current.push(token);
    const ends = /['’]s?$|,$/u.test(token) || (/\p{L}{2}\.$/u.test(token) && !isTitle(token));
    if (ends) {
      parts.push(current.join(' '));
      current = [];
    }
  }
  if (current.length > 0) parts.push(current.join(' '));
  return parts;
}

/** Every person named in `text` outside the `excluded` ranges (quotations), in order. Updates
 * `registry` as it goes, so later lone surnames and titles resolve to earlier full names. */
export function findPersonMentions(
  text: string,
  excluded: readonly (readonly [number, number])[],
  registry: NameRegistry = newRegistry(),
): PersonMention[] {
  const mentions: PersonMention[] = [];
  for (const match of text.matchAll(RUN)) {
    const start = match.index;
    const end = start + match[0].length;
    if (excluded.some(([s, e]) => start < e && end > s)) continue;
    const before = text.slice(Math.max(0, start - 3), start);
    const atSentenceStart = start === 0 || /(?:^|[.!?:"”]\s+|\n\s*)$/u.test(before);
    // "Tommy — who only goes by his first name — retired": a relative "who" names a person.
    const nextWord =
      /^(?:\s+|\s*[,\u2014\u2013]\s*)([\p{L}]+)/u.exec(text.slice(end, end + 30))?.[1] ?? '';
    // Parts are found from a running offset, so a long run costs time linear in its length.
    let from = 0;
    let previous = '';
    for (const part of splitRun(match[0])) {
      const at = match[0].indexOf(part, from);
      from = at + part.length;
      const partStart = start + at;
      const opensSentence = partStart === start ? atSentenceStart : /\.$/.test(previous);
      previous = part;
      const parsed = parseRun(part, opensSentence, nextWord, registry);
      if (!parsed) continue;
      if (parsed.title && !PLURAL_TITLES.has(parsed.title))
        registry.byTitle.set(parsed.title, parsed.name);
      const lead = text.slice(Math.max(0, partStart - 8), partStart).toLowerCase();
      const afterPreposition = PLACE_PREPOSITION.test(lead);
      mentions.push({
        ...parsed,
        afterPreposition,
        start: partStart,
        end: partStart + part.length,
      });
    }
  }
  return mentions;
}
