/**
 * Korean attribution, which no capital letter marks: a quotation followed by a quotative particle
 * (“…”라고 말했다, “…”고 했다, ‘…’이라며) is reported speech, and its speaker is the topic or
 * subject of its sentence (엘제이는, 류화영이: a word before 은/는/이/가), or, for the pronoun
 * 그는/그녀는, the last such name before it. A name is a word the article uses with particles at
 * least {@link MIN_NAME_USES} times: people recur; most topic words do not. Lookups read a bounded
 * stretch of text, so each costs the same however long the article.
 */

/** A quotative particle right after a closing mark: what makes the quoted words reported speech. */
const QUOTATIVE = /^\s?(?:이?라고|고|이?라며|며|이?라거나)(?![\p{Script=Hangul}])/u;

/** A sentence-final ending (…했다, …인가요, …이냐): the quoted words are a whole statement. */
const SENTENCE_FINAL = /[다요냐까죠니지네][.!?…]*$/u;

/** A word and the topic or subject particle after it (the word starts where a word starts). */
const TOPIC = /(?<![\p{Script=Hangul}])(\p{Script=Hangul}{1,6}?)(?:은|는|이|가)(?=\s)/gu;

/** A word and any particle after it: how often a word is used as a noun. */
const WITH_PARTICLE =
  /(?<![\p{Script=Hangul}])(\p{Script=Hangul}{2,6}?)(?:은|는|이|가|의|와|과|을|를|도|에게|에)(?![\p{Script=Hangul}])/gu;

/** Uses with particles that make a word a name the article keeps returning to. */
const MIN_NAME_USES = 3;

/** Characters read back for the sentence of a quotation, or for the name a pronoun stands for. */
const WINDOW = 1500;

/** The third-person pronouns, 그 (he) and 그녀 (she). */
const PRONOUNS = new Set(['그', '그녀']);

/** True when the text right after the closing mark at `close` is a quotative particle. */
export function isQuotative(text: string, close: number): boolean {
  return QUOTATIVE.test(text.slice(close, close + 8));
}

/** True when quoted Korean words end as a sentence ends: speech, not a fragment. */
export function endsStatement(quote: string): boolean {
  return SENTENCE_FINAL.test(quote.trim());
}

/** The words `text` uses with particles at least {@link MIN_NAME_USES} times. */
export function koreanNames(text: string): Set<string> {
  const uses = new Map<string, number>();
  for (const m of text.matchAll(WITH_PARTICLE)) {
    const word = m[1] ?? '';
    uses.set(word, (uses.get(word) ?? 0) + 1);
  }
  return new Set([...uses].filter(([, n]) => n >= MIN_NAME_USES).map(([word]) => word));
}

/** The last topic word in `stretch` that is a name (or, with `pronouns`, a pronoun). */
function lastTopic(stretch: string, names: ReadonlySet<string>, pronouns: boolean): string | null {
  let found: string | null = null;
  for (const m of stretch.matchAll(TOPIC)) {
    const word = m[1] ?? '';
    if (names.has(word) || (pronouns && PRONOUNS.has(word))) found = word;
  }
  return found;
}

/** The speaker of the quotation opening at `open` in `text` (quotations masked), read from its
 * sentence's topic, or null. `paragraphStart` bounds the sentence. */
export function koreanSpeaker(
  text: string,
  open: number,
  paragraphStart: number,
  names: ReadonlySet<string>,
): string | null {
  const from = Math.max(paragraphStart, open - WINDOW);
  const head = text.slice(from, open);
  const stop = Math.max(head.lastIndexOf('. '), head.lastIndexOf('? '), head.lastIndexOf('! '));
  const sentence = stop < 0 ? head : head.slice(stop + 2);
  const topic = lastTopic(sentence, names, true);
  if (topic === null || !PRONOUNS.has(topic)) return topic;
  const before = text.slice(Math.max(0, open - sentence.length - WINDOW), open - sentence.length);
  return lastTopic(before, names, false);
}
