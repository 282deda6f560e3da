/**
 * The pronoun a person's first name most often takes in English news ("Mary" -> she, "Ben" ->
 * he), read from compromise's lexicon of given names. It only narrows which person a pronoun can
 * stand for ("she said" is never the only man named nearby); it is never shown or stored as a
 * fact about anyone. A name the lexicon does not know, or knows as both, gives null.
 */
import nlp from 'compromise';

const cache = new Map<string, string | null>();

/** 'she', 'he' or null for the first word of `name`; cached, as a person recurs in an article. */
export function firstNameGender(name: string): string | null {
  const first = name.split(/\s+/)[0] ?? '';
  // A lone word is a surname as often as a first name ("Vogel said"): it says nothing.
  if (first === '' || !/\s/u.test(name.trim()) || !/^\p{Lu}\p{Ll}+$/u.test(first)) return null;
  const known = cache.get(first);
  if (known !== undefined) return known;
  const doc = nlp(first);
  const female = doc.has('#FemaleName');
  const male = doc.has('#MaleName');
  const gender = female === male ? null : female ? 'she' : 'he';
  cache.set(first, gender);
  return gender;
}

/** True when compromise reads `first` before `surname` as a person's name ("Frank Vogel", not
 * "Seattle Storm"), so a word in brackets before a surname ("Coach (Frank) Vogel") can be read as
 * that person's first name. */
export function readsAsFirstName(first: string, surname: string): boolean {
  if (!/^\p{Lu}\p{Ll}+$/u.test(first)) return false;
  return nlp(`${first} ${surname}`).match('^#Person').found;
}
