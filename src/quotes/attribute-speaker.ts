/**
 * Who said a quotation, as the article attributes it: the attribution after it or between its
 * parts ("…,” X, a role, said; "…,” said X), before it ("X added, “…”", "X said: “…”"), or the
 * speaker it continues (the quotation before it in its paragraph, or the paragraph before when its
 * own is nothing but quotation). Names resolve to their fullest printed form, pronouns and roles to
 * the person they refer to, spokespeople to their organisation (`resolve-speaker.ts`). When the
 * article does not say, the speaker is null: nothing is guessed.
 */
import { fullestNames, withBracketedFirstNames } from '../text/fullest-names.ts';
import { attributionAfter } from './attribution-clause.ts';
import { isQuotative, koreanNames, koreanSpeaker } from './korean-attribution.ts';
import { spelledAcronyms } from './organisations.ts';
import { ORGANISATION_VOICES, ORGANISATION_WORDS } from './quote-rules.ts';
import { findPersonMentions, type PersonMention } from '../text/names.ts';
import { NOT_NAME_WORDS, PRONOUNS, SPEECH_VERBS } from '../text/name-words.ts';
import {
  confirmedPeople,
  countEndingBy,
  lowerCaseWords,
  mentionsByTitle,
  resolveSubject,
  sentenceStart,
  knownGenders,
  type Speaker,
  type SpeakerContext,
  type Subject,
} from './resolve-speaker.ts';

export type { Speaker } from './resolve-speaker.ts';

/** A quotation to attribute: from its opening to its closing mark, with the gaps between its
 * parts (where a split quotation's attribution sits) and the paragraph it starts in. */
export interface Quotation {
  readonly open: number;
  readonly close: number;
  readonly gaps: readonly (readonly [number, number])[];
  readonly paragraphStart: number;
  /** Start of the previous paragraph, or null for the first one. */
  readonly previousParagraph: readonly [number, number] | null;
  /** True for words quoted inside the writer's own sentence: the sentence's subject before them
   * ("Pompeo said that … was “…”") says more than a clause after them. */
  readonly fragment?: boolean;
  /** For each part, true when its words end their sentence inside the marks (“… home.”); read
   * from the printed text, as the masked text hides that full stop. */
  readonly ended?: readonly boolean[];
}

/** Who spoke a quotation, and whether only because it continues the quotation before it (no
 * attribution of its own names anyone). */
export interface Attribution {
  readonly speaker: Speaker | null;
  readonly continued: boolean;
}

/** Commas of the sentence before a quotation read for an attribution, from its last. */
const MAX_COMMAS = 3;

const CAPITALISED = String.raw`\p{Lu}[\p{L}.'’-]*`;

/** A subject phrase ending just before its speech verb: a pronoun, an organisation named with a
 * lower-case head ("Russia's foreign ministry"), "the" and a few words, or capitalised words with
 * the small words names hold ("The United Nations High Commissioner for Human Rights"). */
const SUBJECT = [
  String.raw`[Hh]e|[Ss]he|[Tt]hey`,
  String.raw`(?:${CAPITALISED}\s+){1,3}(?:\p{Ll}[\p{L}'’-]*\s+){0,2}(?:${[...ORGANISATION_WORDS].join('|')})`,
  String.raw`(?:${CAPITALISED}\s+){1,3}(?:${[...ORGANISATION_VOICES].join('|')})`,
  String.raw`[Tt]he\s+(?:[\p{L}\p{N}.-]+\s+){0,2}?[\p{L}\p{N}.-]+`,
  String.raw`\p{Lu}\p{L}*['’]s(?:\s+\p{Ll}[\p{L}-]*){1,3}(?:\s+(?:to|of|for|at)\s+${CAPITALISED})?`,
  String.raw`(?:${CAPITALISED}\s+(?:(?:of|for|the|and)\s+){0,2}){0,7}${CAPITALISED}`,
].join('|');

/** The subject phrase ending a text, compiled once. */
const SUBJECT_AT_END = new RegExp(String.raw`(${SUBJECT})$`, 'u');

/** Speech verbs read back from a quotation for their subjects ("Pompeo said that Washington had
 * concluded … “…”": Washington names no speaker, Pompeo does). */
const MAX_VERBS_BEFORE = 3;

/** A statement put out before its speech verb ("issued a statement warning that …"). */
const STATEMENT_ISSUED = /^(?:issued|released|published|sent) (?:a|an|the) statement$/u;

/** A role ("his predecessor") and the name set off by commas after it, before a verb. */
const ROLE_THEN_NAME =
  /(\b(?:his|her|its|their|the|a|an)\s+(?:\p{Ll}[\p{L}-]*\s+){0,3}?\p{Ll}[\p{L}-]*,\s+(?:\p{Lu}[\p{L}.'’-]*\s+){0,3}\p{Lu}[\p{L}.'’-]*),$/u;

/** The attributions before an opening mark, in the same sentence, nearest first: the subject of
 * each speech verb ("Johnson added, '…'"), else the sentence's first person when the quotation
 * is introduced by a colon ("Jones disagreed: '…'") or the sentence holds a speech verb. A comma
 * alone introduces no one ("the more the people shrug and think, '…'" is not Schiff's). */
function subjectsBefore(
  text: string,
  sentence: number,
  open: number,
  mentions: readonly PersonMention[],
): Subject[] {
  const before = text.slice(sentence, open);
  const tokens = [...before.matchAll(/[\p{L}.'’-]+/gu)];
  const found: Subject[] = [];
  for (let k = tokens.length - 1; k >= 0 && found.length < MAX_VERBS_BEFORE; k -= 1) {
    const verb = tokens[k];
    // A capitalised "verb" is a name's word ("The United States").
    if (!verb || !/^\p{Ll}/u.test(verb[0]) || !SPEECH_VERBS.has(verb[0])) continue;
    let s = k - 1;
    while (
      s >= 0 &&
      /(?:ly|also|then|has|had|have|was|later|once|again)$/.test(tokens[s]?.[0] ?? '')
    )
      s -= 1;
    // "X issued a statement warning that": the statement speaks for whoever issued it.
    const issued = tokens.slice(Math.max(0, s - 2), s + 1).map((t) => t[0].toLowerCase());
    if (STATEMENT_ISSUED.test(issued.join(' '))) s -= 3;
    // "X, which regulates campaign finances, said": the relative clause describes X.
    const prior = before
      .slice(0, tokens[s + 1]?.index ?? verb.index)
      .trimEnd()
      .replace(/,\s+(?:which|who)\s[^,]*,$/u, '')
      // "his predecessor, Fiona Hill, had dubbed": the name set off after a role is the subject.
      .replace(ROLE_THEN_NAME, '$1');
    const m = SUBJECT_AT_END.exec(prior);
    const phrase = m?.[1] ?? '';
    const lastWord = phrase.toLowerCase().split(/\s+/).pop() ?? '';
    // "Swift’s claims": after a possessive, the "verb" is a noun.
    const possessive = /['’]s?$/u.test(phrase);
    if (!m || possessive || (!PRONOUNS.has(lastWord) && NOT_NAME_WORDS.has(lastWord))) continue;
    // "… he said, “…,” the office said": the verb right before the mark introduces the words.
    const introduces = /^\s*[,:]?\s*$/u.test(before.slice(verb.index + verb[0].length));
    found.push({ text: phrase, start: sentence + m.index, introduces });
  }
  if (found.length > 0) return found;
  // "Trump, according to the White House, made a trip for a “quick exam”": the source named.
  const according = /\baccording to\s+([^,;]+)/iu.exec(before);
  if (according?.[1])
    return [
      {
        text: according[1],
        start: sentence + according.index + according[0].length - according[1].length,
      },
    ];
  const candidate = mentions[countEndingBy(mentions, sentence)];
  const first =
    candidate && candidate.start >= sentence && candidate.end <= open ? candidate : null;
  const pronoun = /^\s*(?:\S+\s+){0,4}?(he|she|they)\b/i.exec(before);
  if (/:\s*$/.test(before) || tokens.some((t) => SPEECH_VERBS.has(t[0].toLowerCase()))) {
    const guessed = true;
    if (first) return [{ text: text.slice(first.start, first.end), start: first.start, guessed }];
    if (pronoun) return [{ text: pronoun[1] ?? '', start: sentence + pronoun.index, guessed }];
  }
  return [];
}

/** True for an attribution set off by commas inside a sentence ("The cell, Herbert said, is"). */
function parenthetical(text: string, clause: Subject): boolean {
  const end = clause.start + clause.text.length;
  return clause.verbFirst === false && /^\p{L}+\s*,/u.test(text.slice(end, end + 30));
}

/** The phrases that may name who spoke a quotation (with its parts), most telling first: the
 * attribution between its parts, after it, before it in its sentence, and an introduction ending
 * the paragraph before in a colon. */
function subjectsOf(q: Quotation, context: SpeakerContext): Subject[] {
  const { text, mentions } = context;
  const sentence = sentenceStart(text, q.open, q.paragraphStart);
  const ended = (part: number): boolean => q.ended?.[part] === true;
  const after = [
    ...q.gaps.map(([gapStart], k) => attributionAfter(text, gapStart, ended(k))),
    attributionAfter(text, q.close, ended(q.gaps.length)),
  ];
  const before = subjectsBefore(text, sentence, q.open, mentions);
  // A fragment's own sentence names its speaker before it ("Pompeo said that … “…”"), unless
  // that is only a guess: then an attribution after it ("…, said Fiona Hill") says more.
  const named = before.filter((s) => s.guessed !== true);
  const introduced = before.filter((s) => s.introduces === true);
  // Otherwise the attribution after a quotation names its speaker, unless the words were
  // introduced by their speaker's verb (“… he said, “…,” the office said": the office reports).
  const subjects: (Subject | null)[] =
    q.fragment === true
      ? [...named, ...after, ...before.filter((s) => s.guessed === true)]
      : [...introduced, ...after, ...before];
  // "Sometimes the rules are broken, he said. “But …”": the sentence before ends in an attribution.
  if (sentence > q.paragraphStart) {
    const previous = sentenceStart(text, sentence - 2, q.paragraphStart);
    // "The cell, Herbert said, is sensing it. “…”": or an attribution set off by commas inside it.
    // Searched within that sentence only: a search back through the text would cost its length.
    const commas = [...text.slice(previous, sentence).matchAll(/,/g)].slice(-MAX_COMMAS).reverse();
    commas.forEach((comma, k) => {
      const found = attributionAfter(text, previous + comma.index + 1, false);
      if (k === 0 || (found && parenthetical(text, found))) subjects.push(found);
    });
  }
  if (q.previousParagraph && sentence === q.paragraphStart) {
    const [pStart, pEnd] = q.previousParagraph;
    const intro = text.slice(pStart, pEnd).trimEnd();
    const end = pStart + intro.length;
    // "Erekat said it was the latest move.\n\n“They wanted us on our knees.”": a paragraph of
    // nothing but quotation continues the one who spoke at the end of the paragraph before.
    if (intro.endsWith(':') || onlyQuotations(q, text))
      subjects.push(...subjectsBefore(text, sentenceStart(text, end, pStart), end, mentions));
  }
  if (q.fragment === true) subjects.push(sentenceSubject(context, sentence, q.open));
  return subjects.filter((s): s is Subject => s !== null);
}

/** The person opening the sentence from `sentence` to `open` ("Grisham, by her own accounting,
 * has given “…”"): whose words a fragment quotes when no speech verb says so. */
function sentenceSubject(context: SpeakerContext, sentence: number, open: number): Subject | null {
  const { text, mentions } = context;
  const first = mentions[countEndingBy(mentions, sentence)];
  if (!first || first.start < sentence || first.end > open) return null;
  const lead = text.slice(sentence, first.start).split(/\s+/).filter(Boolean);
  return lead.length <= 2 ? { text: text.slice(first.start, first.end), start: first.start } : null;
}

/** True when the paragraph of `q` holds nothing but quotations (and short connecting words), so
 * an unattributed quotation in it continues the speaker of the paragraph before. */
function onlyQuotations(q: Quotation, text: string): boolean {
  const end = text.indexOf('\n', q.close);
  const paragraph = text.slice(q.paragraphStart, end < 0 ? text.length : end);
  const narration = paragraph.replace(/[“"‘][^”"’]*[”"’]/gu, ' ').replace(/x{2,}/g, ' ');
  return narration.split(/\s+/).filter((w) => /\p{L}/u.test(w)).length <= 2;
}

/** The speaker of each quotation (same order), or null where the article does not say. `text`
 * must have every quotation's words masked (same length, no sentence marks), so words inside
 * quotations never count as people present or as sentence ends. A quotation with no attribution
 * of its own continues the speaker of the one before in its paragraph, or, when its paragraph is
 * nothing but quotation, of the paragraph before (the news convention). */
export function attributeSpeakers(
  text: string,
  quotations: readonly Quotation[],
  printed = text,
): Attribution[] {
  const mentions = findPersonMentions(text, []);
  const fullest = withBracketedFirstNames(fullestNames(mentions, text), printed);
  const context: SpeakerContext = {
    text,
    mentions,
    confirmed: confirmedPeople(text, mentions),
    byTitle: mentionsByTitle(mentions),
    fullest,
    genders: knownGenders(mentions, fullest),
    acronyms: spelledAcronyms(text),
    lowerWords: lowerCaseWords(text),
  };
  // Korean marks a speaker with a particle, not a capital: its names are read apart.
  const korean = /\p{Script=Hangul}/u.test(text) ? koreanNames(text) : null;
  let lastSpeaker: Speaker | null = null;
  let last: { paragraph: number; speaker: Speaker | null } | null = null;
  return quotations.map((q): Attribution => {
    let speaker: Speaker | null = null;
    for (const subject of subjectsOf(q, context)) {
      speaker = resolveSubject(subject, context, lastSpeaker);
      if (speaker) break;
    }
    if (!speaker && korean !== null && isQuotative(text, q.close)) {
      const name = koreanSpeaker(text, q.open, q.paragraphStart, korean);
      speaker = name === null ? null : { name, type: 'person' };
    }
    const own = speaker !== null;
    if (!speaker && last) {
      const sameParagraph = last.paragraph === q.paragraphStart;
      const continued = last.paragraph === (q.previousParagraph?.[0] ?? -1);
      if (sameParagraph || (continued && onlyQuotations(q, text))) speaker = last.speaker;
    }
    if (speaker) lastSpeaker = speaker;
    last = { paragraph: q.paragraphStart, speaker };
    return { speaker, continued: !own && speaker !== null };
  });
}
