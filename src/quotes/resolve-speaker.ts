/**
 * What a subject phrase of an attribution stands for: a named person (their fullest printed name),
 * a pronoun or role resolved to the person it refers to, or an organisation (an unnamed
 * spokesperson speaks for the organisation named). Pure lookups over the article's person
 * mentions, each costing time bounded by the phrase, never by the article.
 */
import type { SpeakerType } from '../schema/quote.ts';
import type { PersonMention } from '../text/names.ts';
import { firstNameGender } from '../text/first-name-gender.ts';
import { NOT_PERSON_WORDS, PRONOUNS, TITLES } from '../text/name-words.ts';
import { sentenceStart as sentenceStartIn } from '../text/sentences.ts';
import { organisationIn } from './organisations.ts';
import { ORGANISATION_DESCRIPTORS, SENTENCE_WINDOW } from './quote-rules.ts';

/** Who spoke, as the article names them. */
export interface Speaker {
  readonly name: string;
  readonly type: SpeakerType;
}

/** A phrase of the text that names who spoke, and where it starts; `verbFirst` when it follows
 * its verb ("said X, a role"), false when it precedes it ("X, a role, said"), absent when it is
 * the subject alone. */
export interface Subject {
  readonly text: string;
  readonly start: number;
  readonly verbFirst?: boolean;
  /** True when no speech verb names it: the sentence's first person, taken for want of one. */
  readonly guessed?: boolean;
  /** True when its speech verb ends right before the opening mark ("he said, “…”"). */
  readonly introduces?: boolean;
}

/** What resolution knows of the article: its masked text, person mentions and their indexes. */
export interface SpeakerContext {
  readonly text: string;
  readonly mentions: readonly PersonMention[];
  readonly confirmed: ReadonlySet<string>;
  readonly byTitle: ReadonlyMap<string, readonly PersonMention[]>;
  readonly fullest: ReadonlyMap<string, string>;
  /** The pronoun each person is known to take (from Mr./Ms., or a pronoun already resolved to
   * them), filled as the article is read. */
  readonly genders: Map<string, string>;
  /** The words the article prints in lower case ("teachers"). */
  readonly lowerWords: ReadonlySet<string>;
  /** Acronyms the article spells out ("Drug Enforcement Administration (DEA)"): DEA -> the name. */
  readonly acronyms: ReadonlyMap<string, string>;
}

/** Offset where the sentence holding `pos` starts (never before `floor`, nor more than
 * {@link SENTENCE_WINDOW} back, so each lookup costs a bounded time however long the paragraph). */
export function sentenceStart(text: string, pos: number, floor: number): number {
  return sentenceStartIn(text, pos, floor, SENTENCE_WINDOW);
}

/** How many of `mentions` (sorted, not overlapping) end at or before `pos`: a binary search. */
export function countEndingBy(mentions: readonly PersonMention[], pos: number): number {
  let low = 0;
  let high = mentions.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if ((mentions[mid]?.end ?? Infinity) <= pos) low = mid + 1;
    else high = mid;
  }
  return low;
}

/** The start of the sentence holding `pos`, never before its paragraph: searched for within the
 * sentence window only, so a paragraph of any length costs the same. */
function paragraphBoundedStart(text: string, pos: number): number {
  const start = sentenceStart(text, pos, 0);
  const newline = text.slice(start, pos).lastIndexOf('\n');
  return newline < 0 ? start : start + newline + 1;
}

/** How many sentences back a pronoun is followed through the same pronoun ("she … she said"). */
const CHAIN_DEPTH = 4;

/** The person a pronoun at `pos` stands for, as a full name: the only person named in the nearest
 * sentence that names anyone; if it names several, the only one that is surely a person
 * (`confirmedPeople`, or not printed after a preposition of place), else the last speaker when
 * among them, else the sentence's subject (its first person, not a possessive, within its first
 * words: news sentences name their subject first). People known to take the other pronoun (from
 * Mr./Ms. or an earlier "she said") are never chosen; otherwise null. */
export function pronounTarget(
  context: SpeakerContext,
  pos: number,
  pronoun: string,
  lastSpeaker: string | null,
  depth = 0,
): string | null {
  const { text, mentions, confirmed } = context;
  const full = (m: PersonMention): string => context.fullest.get(m.name) ?? m.name;
  const count = countEndingBy(mentions, pos);
  const last = mentions[count - 1];
  if (!last) return null;
  // A masked quotation hides its full stop, so the paragraph's start bounds the sentence too.
  const start = paragraphBoundedStart(text, last.start);
  let first = count - 1;
  while (first > 0 && (mentions[first - 1]?.start ?? -1) >= start) first -= 1;
  const fits = (m: PersonMention): boolean => {
    const known = context.genders.get(full(m));
    return known === undefined || known === pronoun || pronoun === 'they';
  };
  const inSentence = mentions.slice(first, count).filter(fits);
  // No one there can take the pronoun ("McDowell laughed. … she said"): read the sentence before.
  if (inSentence.length === 0)
    return depth < CHAIN_DEPTH
      ? pronounTarget(context, start, pronoun, lastSpeaker, depth + 1)
      : null;
  // "She was more nervous than Rose-Lynn has ever been. “…,” she said": the same pronoun, before
  // the names of that sentence, already refers to someone named earlier.
  // Read from the paragraph or quotation nearest the names: a masked quotation hides its stops.
  const lead =
    text
      .slice(start, inSentence[0]?.start ?? start)
      .split(/[\n”"»]/u)
      .at(-1) ?? '';
  if (pronoun !== 'they' && depth < CHAIN_DEPTH && new RegExp(`\\b${pronoun}\\b`, 'iu').test(lead))
    return pronounTarget(context, start, pronoun, lastSpeaker, depth + 1);
  const names = new Set(inSentence.map(full));
  if (names.size === 1) return [...names][0] ?? null;
  const people = new Set(
    inSentence.filter((m) => confirmed.has(m.name) || !m.afterPreposition).map(full),
  );
  if (people.size === 1) return [...people][0] ?? null;
  if (lastSpeaker && names.has(lastSpeaker)) return lastSpeaker;
  const possessive = (m: PersonMention): boolean => /^['’]s?\b/u.test(text.slice(m.end, m.end + 2));
  const subject = inSentence.find((m) => !possessive(m));
  const before = subject ? text.slice(start, subject.start) : '';
  const leading = before.split(/\s+/).filter(Boolean);
  // The subject opens the sentence, or follows an introductory phrase set off by a comma (inside
  // a quotation ending the phrase, the comma is masked with its words).
  const opens = leading.length <= 3 || /(?:,[”"’]?|x[”"’])\s*$/u.test(before);
  return subject && !subject.afterPreposition && opens ? full(subject) : null;
}

/** Names that are surely people, not places read as names ("Los Angeles"): printed with a title,
 * or referred to later by the surname alone. */
export function confirmedPeople(text: string, mentions: readonly PersonMention[]): Set<string> {
  const confirmed = new Set<string>();
  for (const m of mentions) {
    if (m.title !== null || !text.slice(m.start, m.end).includes(' ')) confirmed.add(m.name);
  }
  return confirmed;
}

/** The pronoun each person is known to take before any is resolved: from a gendered title
 * ("Mr." -> he, "Ms."/"Mrs." -> she), else from their first name ("Mary" -> she). */
export function knownGenders(
  mentions: readonly PersonMention[],
  fullest: ReadonlyMap<string, string>,
): Map<string, string> {
  const genders = new Map<string, string>();
  const by: Record<string, string> = { mr: 'he', mrs: 'she', ms: 'she', miss: 'she' };
  for (const m of mentions) {
    const name = fullest.get(m.name) ?? m.name;
    const pronoun = m.title === null ? undefined : by[m.title];
    if (pronoun) genders.set(name, pronoun);
  }
  for (const name of fullest.values()) {
    const pronoun = genders.has(name) ? null : firstNameGender(name);
    if (pronoun) genders.set(name, pronoun);
  }
  return genders;
}

/** The mentions printed with each title, in text order. */
export function mentionsByTitle(mentions: readonly PersonMention[]): Map<string, PersonMention[]> {
  const byTitle = new Map<string, PersonMention[]>();
  for (const m of mentions) {
    if (m.title === null) continue;
    const list = byTitle.get(m.title) ?? [];
    list.push(m);
    byTitle.set(m.title, list);
  }
  return byTitle;
}

/** True for a capitalised plural that the text also prints in lower case ("Teachers chanted"):
 * a common noun opening a sentence, not a name. */
function commonNoun(name: string, lowerWords: ReadonlySet<string>): boolean {
  return !name.includes(' ') && /s$/.test(name) && lowerWords.has(name.toLowerCase());
}

/** The words `text` prints in lower case, looked up once per article rather than searched for
 * once per quotation. */
export function lowerCaseWords(text: string): Set<string> {
  return new Set(text.match(/(?<![\p{L}\p{M}])\p{Ll}[\p{L}\p{M}]*/gu) ?? []);
}

/** True for a phrase that describes rather than names: "a research analyst at the centre",
 * "the U.S. Attorney for the district", "who will testify Thursday". */
function describes(phrase: string): boolean {
  return /^\s*(?:a|an|the|who|which|whose|\p{Ll}|\p{Lu}[\p{L}.-]*['’]s\s)/u.test(phrase);
}

/** The comma-separated parts of a subject phrase, each with its place. */
function chunks(subject: Subject): Subject[] {
  const parts: Subject[] = [];
  let at = 0;
  for (const part of subject.text.split(',')) {
    if (part.trim() !== '') parts.push({ text: part, start: subject.start + at });
    at += part.length + 1;
  }
  return parts;
}

/** The speaker an attribution's subject phrase stands for: the name it holds, skipping
 * appositions ("X, a role, said"; "said a role, X"), or null. */
export function resolveSubject(
  subject: Subject,
  context: SpeakerContext,
  lastSpeaker: Speaker | null,
): Speaker | null {
  const parts = chunks(subject);
  if (subject.verbFirst === undefined || parts.length <= 1)
    return resolvePhrase(subject, context, lastSpeaker);
  if (subject.verbFirst) {
    const [first, second] = parts;
    const found = first ? resolvePhrase(first, context, lastSpeaker) : null;
    if (found || !first || !second || !describes(first.text)) return found;
    return resolvePhrase(second, context, lastSpeaker);
  }
  for (let k = parts.length - 1; k >= 0; k -= 1) {
    const part = parts[k];
    if (!part || (k > 0 && describes(part.text) && !PRONOUNS.has(part.text.trim()))) continue;
    const found = resolvePhrase(part, context, lastSpeaker);
    if (found) return found;
  }
  return null;
}

/** The person named in a phrase (the first), at their fullest printed name, or null. */
function namedIn(subject: Subject, context: SpeakerContext): Speaker | null {
  const { mentions } = context;
  const named = mentions[countEndingBy(mentions, subject.start)];
  if (!named || named.start >= subject.start + subject.text.length) return null;
  return { name: context.fullest.get(named.name) ?? named.name, type: 'person' };
}

/** The speaker one phrase stands for at its place in the text, or null; `namesOnly` accepts only
 * a person's name or a pronoun (for a phrase that may be an apposition). */
function resolvePhrase(
  subject: Subject,
  context: SpeakerContext,
  lastSpeaker: Speaker | null,
  namesOnly = false,
): Speaker | null {
  const phrase = subject.text.replace(/^[\s,\u2014\u2013-]+/u, '').trimEnd();
  if (phrase === '') return null;
  const start = subject.start + subject.text.indexOf(phrase);
  const words = phrase.split(/\s+/);
  const head = (words[0] ?? '').toLowerCase();
  const person = (name: string): Speaker => ({
    name: context.fullest.get(name) ?? name,
    type: 'person',
  });
  if (PRONOUNS.has(head) && words.length <= 2) {
    const lastPerson = lastSpeaker?.type === 'person' ? lastSpeaker.name : null;
    const name = pronounTarget(context, start, head, lastPerson);
    if (name !== null && head !== 'they') context.genders.set(name, head);
    return name === null ? null : { name, type: 'person' };
  }
  // "Developer Valve called it": a company named after the noun describing it.
  if (ORGANISATION_DESCRIPTORS.has(head) && /^\p{Lu}/u.test(words[1] ?? '') && words.length <= 3)
    return { name: words.slice(1).join(' '), type: 'organisation' };
  const named = namedIn({ text: phrase, start }, context);
  if (named && !commonNoun(named.name, context.lowerWords)) return named;
  if (namesOnly) return null;
  const holder = words.length >= 2 ? roleHolder(context, phrase, start) : null;
  if (holder) return person(holder);
  const organisation = organisationIn(phrase);
  if (organisation) {
    return { name: context.acronyms.get(organisation) ?? organisation, type: 'organisation' };
  }
  if (head === 'the' || head === 'a' || head === 'an') {
    const title = (words.at(-1) ?? '').toLowerCase().replace(/\.$/, '');
    const titled = TITLES.has(title) ? (context.byTitle.get(title) ?? []) : [];
    const holder = titled[countEndingBy(titled, start) - 1];
    if (holder) return person(holder.name);
    // "The pilots wrote": a plural names a group, never the one person quoted before.
    const role = words.slice(1).every((w) => !/\p{Lu}/u.test(w)) && !isPlural(words.at(-1) ?? '');
    if (head === 'the' && role && lastSpeaker?.type === 'person') return lastSpeaker;
    // "The 56-year-old said": with no one quoted yet, the person the article was just about.
    const institution = NOT_PERSON_WORDS.has((words.at(-1) ?? '').toLowerCase());
    if (head === 'the' && role && !institution && lastSpeaker === null) {
      const name = pronounTarget(context, start, 'they', null);
      return name === null ? null : { name, type: 'person' };
    }
  }
  return null;
}

/** Plurals that do not end in -s. */
const IRREGULAR_PLURALS: ReadonlySet<string> = new Set(['people', 'men', 'women', 'children']);

/** True for an English plural noun ("pilots", "residents", "people"), but not for a singular
 * ending in -ss, -us or -is ("boss", "witness", "bus", "analysis"). */
function isPlural(word: string): boolean {
  const lower = word.toLowerCase();
  return IRREGULAR_PLURALS.has(lower) || /[^\Wsui]s$/u.test(lower);
}

/** Longest phrase searched for elsewhere as a role, in characters: a role, not a sentence. */
const MAX_ROLE_LENGTH = 80;

/** The one person the article prints right beside the same role phrase elsewhere ("China’s
 * ambassador to Britain Liu Xiaming", "Liu Xiaming, China’s ambassador to Britain"), so a role
 * speaking before or after its holder is named resolves to them; null when none or several. */
export function roleHolder(context: SpeakerContext, phrase: string, start: number): string | null {
  const { text, mentions } = context;
  if (phrase.length > MAX_ROLE_LENGTH || !/\s/u.test(phrase)) return null;
  const names = new Set<string>();
  for (let at = text.indexOf(phrase); at >= 0; at = text.indexOf(phrase, at + 1)) {
    if (at === start) continue;
    const end = at + phrase.length;
    // A name read together with the role's last word ("Britain Liu Xiaming") is printed beside it.
    const after = mentions[countEndingBy(mentions, end)];
    if (after && after.start > at && /^,?\s?$/u.test(text.slice(end, after.start)))
      names.add(context.fullest.get(after.name) ?? after.name);
    const before = mentions[countEndingBy(mentions, at) - 1];
    if (before && text.slice(before.end, at) === ', ')
      names.add(context.fullest.get(before.name) ?? before.name);
  }
  const [only] = names;
  return names.size === 1 && only !== undefined ? only : null;
}
