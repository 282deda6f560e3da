/**
 * Each person's fullest printed name: the name an article gives someone in its fullest form
 * anywhere ("Josh Apte" and "Apte" are "Joshua Apte"; "Kennedy" is "James P. Kennedy Jr.";
 * "Liu" is "Liu Xiaming"), never merging two people who share a surname but not a first name.
 */
import { readsAsFirstName } from './first-name-gender.ts';
import type { PersonMention } from './names.ts';

/** Suffixes that follow a surname ("James P. Kennedy Jr."). */
const SUFFIX = /^(?:jr|sr|ii|iii|iv)\.?$/i;

/** The surname of a name: its last word that is not a suffix. */
function surname(tokens: readonly string[]): string {
  const list = tokens.filter((t) => !SUFFIX.test(t));
  return (list.at(-1) ?? '').toLowerCase();
}

/** For every person name printed in the article, its fullest printed form: the longest name with
 * the same surname whose first name agrees ("Josh Apte" -> "Joshua Apte", "Kennedy" -> "James P.
 * Kennedy Jr."). A lone surname shared by people with different first names stays as printed. */
export function fullestNames(
  mentions: readonly PersonMention[],
  text: string,
): Map<string, string> {
  const bySurname = new Map<string, string[][]>();
  const printed = new Set(mentions.map((m) => m.name));
  const placed = new Set(mentions.filter((m) => m.afterPreposition).map((m) => m.name));
  const unique = [...printed].map((n) => withoutLeadingPlace(n, printed, text, placed.has(n)));
  for (const name of unique) {
    const tokens = name.split(/\s+/);
    const key = surname(tokens);
    bySurname.set(key, [...(bySurname.get(key) ?? []), tokens]);
  }
  const agrees = (a: string, b: string): boolean => {
    const x = a.toLowerCase().replace(/\.$/, '');
    const y = b.toLowerCase().replace(/\.$/, '');
    return x.startsWith(y) || y.startsWith(x);
  };
  const fullest = new Map<string, string>();
  unique.forEach((name, i) => {
    const tokens = name.split(/\s+/);
    const same = (bySurname.get(surname(tokens)) ?? []).filter((t) => t.length > 1);
    const firsts = new Set(same.map((t) => (t[0] ?? '').toLowerCase()));
    const endsWith = (t: string[]): boolean => t.join(' ').endsWith(` ${tokens.join(' ')}`);
    const fits = same.filter((t) =>
      tokens.length === 1
        ? [...firsts].every((f) => agrees(f, t[0] ?? ''))
        : agrees(t[0] ?? '', tokens[0] ?? '') || endsWith(t),
    );
    const family =
      tokens.length === 1 && fits.length === 0
        ? unique
            .map((n) => n.split(/\s+/))
            .filter((t) => t.length > 1 && (t[0] ?? '').toLowerCase() === surname(tokens))
        : [];
    // A lone name that only ever opens a full name is a family name printed first ("Liu" for
    // "Liu Xiaming").
    const best = [...fits, ...(family.length === 1 ? family : []), tokens].sort(
      (a, b) => b.length - a.length || b.join(' ').length - a.join(' ').length,
    )[0];
    fullest.set([...printed][i] ?? name, (best ?? tokens).join(' '));
  });
  return fullest;
}

/** `name` without a leading place or team read into it ("Ukraine Kurt Volker" from "envoy for
 * Ukraine Kurt Volker") when the rest is printed as a name on its own and the leading word stands
 * alone elsewhere in the text. */
function withoutLeadingPlace(
  name: string,
  printed: ReadonlySet<string>,
  text: string,
  afterPreposition: boolean,
): string {
  const tokens = name.split(/\s+/);
  const rest = tokens.slice(1).join(' ');
  if (tokens.length < 3) return name;
  const lead = tokens[0] ?? '';
  const alone = text.split(lead).length - text.split(name).length;
  // Printed on its own twice (or once, after "to"/"for"), the leading word is a name of its own.
  const enough = printed.has(rest) || alone >= 2 || afterPreposition;
  return alone > 0 && enough ? rest : name;
}

/** A given name an editor inserted in brackets before a surname, inside a quotation or out:
 * "Coach (Frank) Vogel" prints Frank Vogel's full name in the outlet's own words. */
const BRACKETED_FIRST_NAME = /\((\p{Lu}\p{Ll}+)\)\s+(\p{Lu}[\p{Ll}'’-]+)\b/gu;

/** `fullest` with each lone surname that the printed text completes with a bracketed given name
 * ("Coach (Frank) Vogel") mapped to that full name, when the article prints no other full name for
 * it. `printed` is the text as published (quotations not masked): brackets inside a quotation
 * hold the editor's words, not the speaker's. */
export function withBracketedFirstNames(
  fullest: ReadonlyMap<string, string>,
  printed: string,
): Map<string, string> {
  const completed = new Map(fullest);
  for (const m of printed.matchAll(BRACKETED_FIRST_NAME)) {
    const [, first = '', last = ''] = m;
    if (completed.get(last) !== last || !readsAsFirstName(first, last)) continue;
    for (const [name, full] of completed)
      if (full === last) completed.set(name, `${first} ${last}`);
  }
  return completed;
}
