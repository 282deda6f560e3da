/**
 * The attribution printed right after a quotation, read as a careful reader reads it: the clause
 * up to the end of the sentence (or the next quotation), its first speech verb, and the subject
 * phrase of that verb, before it ("…,” Kurinji Selvaraj, a research analyst at the centre, said)
 * or after it ("…,” said planetary scientist Rosaly Lopes). What the phrase names is resolved
 * elsewhere; this module only finds it.
 */
import { SPEECH_VERBS } from '../text/name-words.ts';
import { endsWithAbbreviation } from '../text/sentences.ts';

/** Characters read after a closing mark for its attribution. */
const AFTER_WINDOW = 300;

/** Words an attribution may run before its verb ("…,” Steve Clarke, deputy associate
 * administrator for exploration in NASA’s Science Mission Directorate, said). */
const MAX_WORDS_BEFORE_VERB = 22;

/** After a quotation that ends its own sentence (“… home.”), only a short attribution follows
 * it ("Jones said."); a longer clause is the writer's next sentence. */
const MAX_WORDS_AFTER_FULL_STOP = 5;

/** Verbs whose object is the listener: a clause opening with one names no speaker. */
const HEARER_VERBS = /^(?:told|tells)$/iu;

/** A clause after a quotation that opens with a subordinating word and ends in a comma before
 * the speech verb ("…” despite being the U.S. envoy, said X). */
const SUBORDINATE_LEAD =
  /^[\s,\u2014\u2013-]*(?:despite|while|although|though|as|after|before|because|since|when|even)\b[^“”"]*,\s*$/iu;

/** A phrase of the text and where it starts. */
export interface Phrase {
  readonly text: string;
  readonly start: number;
}

/** The subject phrase of an attribution and whether the verb came first ("said X"). */
export interface AttributionClause extends Phrase {
  readonly verbFirst: boolean;
}

/** The clause from `from` to the end of its sentence, a line break or the next opening mark. */
export function clauseAfter(text: string, from: number): string {
  const window = text.slice(from, from + AFTER_WINDOW);
  for (let i = 0; i < window.length; i += 1) {
    const c = window[i] ?? '';
    // A quotation inside the attribution (the “Pose” actor said) is masked: read past it.
    const masked = /^[“"‘«]x+[”"’»]/u.exec(window.slice(i));
    if (masked) {
      i += masked[0].length - 1;
      continue;
    }
    if (c === '\n' || c === '“' || c === '"' || c === '‘' || c === '«') return window.slice(0, i);
    if ((c === '.' || c === '!' || c === '?') && /^(?:\s|$)/u.test(window.slice(i + 1, i + 2))) {
      if (!(c === '.' && endsWithAbbreviation(window.slice(0, i)))) return window.slice(0, i);
    }
  }
  return window;
}

/** The attribution clause after the closing mark at `from`, or null when none follows. `ended` is
 * true when the quotation ended its sentence inside the marks. */
export function attributionAfter(
  text: string,
  from: number,
  ended: boolean,
): AttributionClause | null {
  const clause = clauseAfter(text, from);
  // “…binasakan.” Aslam berkata, “…”: after a finished sentence, a clause ending in a comma or a
  // colon before the next quotation introduces that one.
  const next = from + clause.length;
  if (ended && /[,:]\s*$/u.test(clause) && /^[“"«‘„]/u.test(text.slice(next, next + 1)))
    return null;
  const tokens = [...clause.matchAll(/[\p{L}\p{M}][\p{L}\p{M}.'’-]*/gu)];
  const limit = ended ? MAX_WORDS_AFTER_FULL_STOP : MAX_WORDS_BEFORE_VERB;
  const verbAt = tokens.findIndex(
    (t, k) => k <= limit && SPEECH_VERBS.has(t[0].toLowerCase().replace(/\.$/, '')),
  );
  if (verbAt < 0) {
    const according = /^[\s,\u2014\u2013-]*according to\s+/iu.exec(clause);
    if (!according) return null;
    const rest = clause.slice(according[0].length).split(/[,;]/)[0] ?? '';
    return { text: rest, start: from + according[0].length, verbFirst: true };
  }
  const verb = tokens[verbAt];
  if (!verb) return null;
  const lead = clause.slice(0, verb.index);
  // "…” despite being the envoy, said another witness, Fiona Hill": a subordinate clause before
  // the verb is no subject; the speaker follows the verb.
  const subordinate = SUBORDINATE_LEAD.test(lead);
  if (subordinate || /^[\s,\u2014\u2013-]*(?:\p{L}+ly\s+)?$/u.test(lead)) {
    // ", saying he trusted the courts": a participle continues the sentence's own subject.
    if (/ing$/.test(verb[0])) return null;
    // "…, told the BBC": what follows "told" is who heard it, never who spoke.
    if (HEARER_VERBS.test(verb[0])) return null;
    const afterVerb = verb.index + verb[0].length;
    const rest = clause.slice(afterVerb).split(/;|\s\((?!\p{Lu})/u)[0] ?? '';
    return { text: rest, start: from + afterVerb, verbFirst: true };
  }
  return { text: lead, start: from, verbFirst: false };
}
