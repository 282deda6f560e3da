/**
 * Who said a quotation, as the article attributes it: "X said", "said X", "X added/stated/told",
 * "according to X", "X said: '…'", a pronoun ("he said") resolved to the last unambiguous named
 * person, and a title ("the mayor said") resolved to the last person introduced with it. When the
 * article does not say, the speaker is null: nothing is guessed.
 */
import { findPersonMentions, type PersonMention } from './person-names.ts';
import { NOT_NAME_WORDS, PRONOUNS, SENTENCE_WINDOW, SPEECH_VERBS, TITLES } from './quote-rules.ts';

/** A quotation to attribute: from its opening to its closing mark, with the gaps between its
 * parts (where a split quotation's attribution sits) and the paragraph it starts in. */
export interface Quotation {
  readonly open: number;
  readonly close: number;
  readonly gaps: readonly (readonly [number, number])[];
  readonly paragraphStart: number;
  /** Start of the previous paragraph, or null for the first one. */
  readonly previousParagraph: readonly [number, number] | null;
}

/** A subject phrase found next to a speech verb, with where it is printed. */
interface Subject {
  readonly text: string;
  readonly start: number;
}

const SUBJECT = String.raw`(?:[Hh]e|[Ss]he|[Tt]hey|[Tt]he\s+(?:[\p{L}.-]+\s+){0,2}?[\p{L}.-]+|(?:\p{Lu}[\p{L}.'’-]*\s+){0,5}\p{Lu}[\p{L}.'’-]*)`;
const SUBJECT_VERB = new RegExp(
  String.raw`^[\s,\u2014\u2013-]*(${SUBJECT})\s+(?:\p{L}+ly\s+)?(\p{L}+)`,
  'u',
);
const VERB_SUBJECT = new RegExp(String.raw`^[\s,\u2014\u2013-]*(\p{L}+)\s+(${SUBJECT})`, 'u');
const ACCORDING = new RegExp(String.raw`^[\s,\u2014\u2013-]*according to\s+(${SUBJECT})`, 'u');
const SENTENCE_END = /[.!?][”"’)]*\s+(?=[\p{Lu}“"‘])/gu;

/** Offset where the sentence holding `pos` starts (never before `floor`, nor more than
 * {@link SENTENCE_WINDOW} back, so each lookup costs a bounded time however long the paragraph). */
function sentenceStart(text: string, pos: number, floor: number): number {
  const from = Math.max(floor, pos - SENTENCE_WINDOW);
  let start = from;
  for (const m of text.slice(from, pos).matchAll(SENTENCE_END))
    start = from + m.index + m[0].length;
  return start;
}

/** How many of `mentions` (sorted, not overlapping) end at or before `pos`: a binary search. */
function countEndingBy(mentions: readonly PersonMention[], pos: number): number {
  let low = 0;
  let high = mentions.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if ((mentions[mid]?.end ?? Infinity) <= pos) low = mid + 1;
    else high = mid;
  }
  return low;
}

/** The attribution right after a closing mark or in a gap: "Johnson said", "said the mayor". */
function subjectAfter(text: string, from: number): Subject | null {
  const snippet = text.slice(from, from + 120).split(/[“"‘]|\n|(?<=\p{Ll}{2}[.!?])\s/u)[0] ?? '';
  const at = (m: RegExpExecArray, group: number): Subject => ({
    text: m[group] ?? '',
    start: from + m[0].lastIndexOf(m[group] ?? ''),
  });
  const sv = SUBJECT_VERB.exec(snippet);
  if (sv && SPEECH_VERBS.has((sv[2] ?? '').toLowerCase())) return at(sv, 1);
  const vs = VERB_SUBJECT.exec(snippet);
  if (vs && SPEECH_VERBS.has((vs[1] ?? '').toLowerCase())) return at(vs, 2);
  const acc = ACCORDING.exec(snippet);
  return acc ? at(acc, 1) : null;
}

/** The attribution before an opening mark, in the same sentence: the subject of the last speech
 * verb ("Johnson added, '…'"), else the sentence's first person when the quotation is introduced
 * by a colon or comma ("Jones disagreed: '…'"). */
function subjectBefore(
  text: string,
  sentence: number,
  open: number,
  mentions: readonly PersonMention[],
): Subject | null {
  const before = text.slice(sentence, open);
  const tokens = [...before.matchAll(/[\p{L}.'’-]+/gu)];
  for (let k = tokens.length - 1; k >= 0; k -= 1) {
    const verb = tokens[k];
    if (!verb || !SPEECH_VERBS.has(verb[0].toLowerCase())) continue;
    let s = k - 1;
    while (
      s >= 0 &&
      /(?:ly|also|then|has|had|have|was|later|once|again)$/.test(tokens[s]?.[0] ?? '')
    )
      s -= 1;
    const prior = before.slice(0, tokens[s + 1]?.index ?? verb.index).trimEnd();
    const m = new RegExp(String.raw`(${SUBJECT})$`, 'u').exec(prior);
    const found = m?.[1] ?? '';
    const lastWord = found.toLowerCase().split(/\s+/).pop() ?? '';
    if (m && (PRONOUNS.has(lastWord) || !NOT_NAME_WORDS.has(lastWord))) {
      return { text: found, start: sentence + m.index };
    }
    break;
  }
  const first = mentions.find((p) => p.start >= sentence && p.end <= open);
  const pronoun = /^\s*(?:\S+\s+){0,4}?(he|she|they)\b/i.exec(before);
  if (/[,:]\s*$/.test(before) || tokens.some((t) => SPEECH_VERBS.has(t[0].toLowerCase()))) {
    if (first) return { text: text.slice(first.start, first.end), start: first.start };
    if (pronoun) return { text: pronoun[1] ?? '', start: sentence + pronoun.index };
  }
  return null;
}

/** The person a pronoun at `pos` stands for: the only name in the nearest sentence that names
 * anyone; if it names several, the only one that is surely a person (confirmed, see
 * `confirmedPeople`, or not printed after a preposition of place), else the last speaker when
 * among them; otherwise null. */
function pronounTarget(
  text: string,
  pos: number,
  mentions: readonly PersonMention[],
  lastSpeaker: string | null,
  confirmed: ReadonlySet<string>,
): string | null {
  const count = countEndingBy(mentions, pos);
  const last = mentions[count - 1];
  if (!last) return null;
  const start = sentenceStart(text, last.start, 0);
  let first = count - 1;
  while (first > 0 && (mentions[first - 1]?.start ?? -1) >= start) first -= 1;
  const inSentence = mentions.slice(first, count);
  const names = new Set(inSentence.map((m) => m.name));
  if (names.size === 1) return last.name;
  const people = new Set(
    inSentence.filter((m) => confirmed.has(m.name) || !m.afterPreposition).map((m) => m.name),
  );
  if (people.size === 1) return [...people][0] ?? null;
  return lastSpeaker && names.has(lastSpeaker) ? lastSpeaker : null;
}

/** Names that are surely people, not places read as names ("Los Angeles"): printed with a title,
 * or referred to later by the surname alone. */
function confirmedPeople(text: string, mentions: readonly PersonMention[]): Set<string> {
  const confirmed = new Set<string>();
  for (const m of mentions) {
    if (m.title !== null || !text.slice(m.start, m.end).includes(' ')) confirmed.add(m.name);
  }
  return confirmed;
}

/** The full name a subject phrase stands for at `pos`, or null. */
function resolve(
  subject: Subject,
  text: string,
  mentions: readonly PersonMention[],
  lastSpeaker: string | null,
  confirmed: ReadonlySet<string>,
  byTitle: ReadonlyMap<string, readonly PersonMention[]>,
): string | null {
  const words = subject.text.trim().split(/\s+/);
  const head = (words[0] ?? '').toLowerCase();
  if (words.length === 1 && PRONOUNS.has(head))
    return pronounTarget(text, subject.start, mentions, lastSpeaker, confirmed);
  if (head === 'the') {
    const title = (words[words.length - 1] ?? '').toLowerCase().replace(/\.$/, '');
    if (!TITLES.has(title)) return null;
    const titled = byTitle.get(title) ?? [];
    return titled[countEndingBy(titled, subject.start) - 1]?.name ?? null;
  }
  const end = subject.start + subject.text.length;
  let named: PersonMention | null = null;
  for (let k = countEndingBy(mentions, subject.start); (mentions[k]?.start ?? end) < end; k += 1)
    named = mentions[k] ?? null;
  return named?.name ?? null;
}

/** The mentions printed with each title, in text order. */
function mentionsByTitle(mentions: readonly PersonMention[]): Map<string, PersonMention[]> {
  const byTitle = new Map<string, PersonMention[]>();
  for (const m of mentions) {
    if (m.title === null) continue;
    const list = byTitle.get(m.title) ?? [];
    list.push(m);
    byTitle.set(m.title, list);
  }
  return byTitle;
}

/** The speaker of each quotation (same order), or null where the article does not say. `text`
 * must have every quotation's words masked (same length, no sentence marks), so words inside
 * quotations never count as people present or as sentence ends. */
export function attributeSpeakers(
  text: string,
  quotations: readonly Quotation[],
): (string | null)[] {
  const mentions = findPersonMentions(text, []);
  const confirmed = confirmedPeople(text, mentions);
  const byTitle = mentionsByTitle(mentions);
  let lastSpeaker: string | null = null;
  return quotations.map((q) => {
    const sentence = sentenceStart(text, q.open, q.paragraphStart);
    let subject: Subject | null = null;
    for (const [gapStart] of q.gaps) subject ??= subjectAfter(text, gapStart);
    subject ??= subjectAfter(text, q.close);
    subject ??= subjectBefore(text, sentence, q.open, mentions);
    if (!subject && q.previousParagraph && sentence === q.paragraphStart) {
      const [pStart, pEnd] = q.previousParagraph;
      const intro = text.slice(pStart, pEnd).trimEnd();
      if (intro.endsWith(':')) {
        const end = pStart + intro.length;
        subject = subjectBefore(text, sentenceStart(text, end, pStart), end, mentions);
      }
    }
    const speaker = subject
      ? resolve(subject, text, mentions, lastSpeaker, confirmed, byTitle)
      : null;
    if (speaker) lastSpeaker = speaker;
    return speaker;
  });
}
