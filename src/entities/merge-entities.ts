/**
 * One entity per real person or organisation, whatever form of the name each article printed.
 * Across the whole archive the evidence is only the names, so the rules are strict:
 *
 * - a person printed with and without middle names or a suffix is one person ("Renee Good" and
 *   "Renee Nicole Good"; "Donald J. Trump" and "Donald Trump"; "James Kennedy Jr." and "James
 *   Kennedy"): same first name, same surname, and the middle names of one a run of the other's
 *   (an initial standing for a name);
 * - a shorter form joins a fuller one only when exactly one fuller form fits it: "Renee Good" stays
 *   apart when "Renee Nicole Good" and "Renee Marie Good" are both printed;
 * - a name of one word, or two names sharing only a surname ("Brandon Johnson", "Mike Johnson"),
 *   are never merged;
 * - an organisation is one entity whatever its case and a leading "the".
 *
 * Names are compared after Unicode normalisation (NFC), case folding and without diacritics.
 */
import type { SpeakerType } from '../schema/quote.ts';

/** Suffixes that follow a surname ("James P. Kennedy Jr."): not part of who the person is. */
const SUFFIX = /^(?:jr|sr|ii|iii|iv)\.?$/;

/** A name folded for comparison: NFC, lower case, no diacritics, single spaces. */
export function foldName(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .normalize('NFC')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}

/** A person's name read for comparison: first name, middle names and surname, folded, the
 * suffix left out; null for a name of one word, which is never merged. */
export function nameParts(name: string): { first: string; middle: string[]; last: string } | null {
  const tokens = foldName(name)
    .split(' ')
    .filter((t) => t !== '' && !SUFFIX.test(t));
  const first = tokens[0];
  const last = tokens.at(-1);
  if (first === undefined || last === undefined || tokens.length < 2) return null;
  return { first, middle: tokens.slice(1, -1), last };
}

/** True when middle name `a` may stand for `b`: the same, or an initial of it ("J." and "John"). */
function sameMiddle(a: string, b: string): boolean {
  const x = a.replace(/\.$/, '');
  const y = b.replace(/\.$/, '');
  return x === y || (x.length === 1 && y.startsWith(x)) || (y.length === 1 && x.startsWith(y));
}

/** True when the middle names `short` are an in-order selection of `long`'s. */
function middlesFit(short: readonly string[], long: readonly string[]): boolean {
  let at = 0;
  for (const name of long) if (at < short.length && sameMiddle(short[at] ?? '', name)) at += 1;
  return at === short.length;
}

/** The printed forms of one name that fold alike ("Renee Good", "RENEE GOOD"), and its middle
 * names. */
interface Form {
  readonly names: string[];
  readonly middle: readonly string[];
}

/** How full a form is: more middle names, then longer ones ("John" over "J."). */
function weight(form: Form): number {
  return form.middle.length * 1000 + form.middle.join('').length;
}

/** The forms of each first name and surname. */
function formGroups(names: readonly string[]): Map<string, Form[]> {
  const groups = new Map<string, Form[]>();
  for (const name of [...new Set(names)].sort()) {
    const parts = nameParts(name);
    if (parts === null) continue;
    const key = `${parts.first} ${parts.last}`;
    const group = groups.get(key) ?? [];
    if (!groups.has(key)) groups.set(key, group);
    const same = group.find((f) => f.middle.join(' ') === parts.middle.join(' '));
    if (same === undefined) group.push({ names: [name], middle: parts.middle });
    else same.names.push(name);
  }
  return groups;
}

/** For each person name, the name of the person it is: its one fullest form by the rules above,
 * or itself. Forms that fold alike are one, under the first printed form in sort order. Linear in
 * the names but for the forms sharing a first name and surname. */
export function personForms(names: readonly string[]): Map<string, string> {
  const forms = new Map(names.map((n) => [n, n]));
  for (const group of formGroups(names).values()) {
    const fits = (a: Form, b: Form): boolean => a !== b && middlesFit(a.middle, b.middle);
    const fuller = (a: Form, b: Form): boolean => fits(a, b) && weight(b) > weight(a);
    const fullest = group.filter((a) => !group.some((b) => fuller(a, b)));
    for (const form of group) {
      const owners = fullest.includes(form) ? [form] : fullest.filter((f) => fits(form, f));
      const owner = owners.length === 1 ? owners[0] : form;
      for (const name of form.names) forms.set(name, owner?.names[0] ?? name);
    }
  }
  return forms;
}

/** An organisation's name for comparison: folded, without a leading "the". */
export function organisationKey(name: string): string {
  return foldName(name).replace(/^the /, '');
}

/** An entity's key: its type and folded name, so a person and an organisation printed with the
 * same words stay two entities. */
export function entityKey(type: SpeakerType, name: string): string {
  return `${type}:${type === 'person' ? foldName(name) : organisationKey(name)}`;
}
