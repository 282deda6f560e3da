/**
 * How the multilingual boilerplate tables are written and compiled. Each table lists, per
 * language, the phrases sites print as furniture (regex sources in lower case, spaces standing for
 * any run of white space); the shapes below turn a table into ONE whole-line pattern, so every
 * phrase keeps the guards of the English table: anchored at both ends, and only short lines (see
 * `MAX_BOILERPLATE_LINE` in `text-rules.ts`) are ever tested. Only lines are matched and removed,
 * never characters inside a line, so right-to-left text is kept exactly in its order.
 */
import type { RuleId } from './rules.ts';

/** The languages every table covers: the ones the archive sees most. */
export type Language =
  'en' | 'de' | 'fr' | 'es' | 'it' | 'pt' | 'nl' | 'pl' | 'ru' | 'zh' | 'ja' | 'ar';

/** Phrases per language, each string a regex alternation ("lesen sie auch|lies auch"). */
export type PhraseTable = Readonly<Record<Language, readonly string[]>>;

/** One entry of a boilerplate table: a whole-line pattern and the rule that removes what it
 * matches. */
export interface LinePattern {
  readonly rule: RuleId;
  readonly pattern: RegExp;
}

/** Languages written without spaces between words: a phrase may run straight into the next word
 * ("订阅我们的新闻" opens with "订阅"), so no word end is required after it. */
const UNSPACED: ReadonlySet<Language> = new Set(['zh', 'ja']);

/** After a phrase in a spaced script, the word must end: "teilen" is not the start of "teilenden".
 * (`\b` knows only ASCII letters, so it cannot say this for "é", "ü" or Cyrillic.) */
const WORD_END = String.raw`(?![\p{L}\p{M}\p{N}])`;

/** Every phrase of `table` as one alternation (a regex source), each followed by a word end where
 * words are spaced. */
export function alternation(table: PhraseTable): string {
  const groups = Object.entries(table).flatMap(([language, phrases]) =>
    phrases.map((p) => {
      const source = p.trim().replace(/ +/g, String.raw`\s+`);
      return UNSPACED.has(language as Language) ? `(?:${source})` : `(?:${source})${WORD_END}`;
    }),
  );
  return `(?:${groups.join('|')})`;
}

/** An opening bracket or bullet a line may start with: "[Lesen Sie auch: …]", "» Teilen". */
const OPEN = String.raw`^[[(«»›•·*\-–—\s]*`;
/** What may close a label: a colon (also full-width), dots, arrows, dashes, a closing bracket. */
const CLOSE = String.raw`\s*[:：.!…»›→>|)\]\s–—-]*$`;
/** A count beside a label: "Kommentare (12)", "12 Kommentare", "评论 3". */
const COUNT = String.raw`(?:\(\s*\d+\s*\)|\d+)`;
/** The separator between a lead phrase and what follows it: "Foto: dpa", "À lire aussi : …",
 * "Mehr zum Thema – …"; a dash only between spaces, so "Foto-Ausstellung" is not "Foto" + "-". */
const SEPARATOR = String.raw`(?:\s*[:：|»›]\s*|\s+[–—-]\s+)`;

/** A line that is nothing but one of the phrases, with an optional count and closing marks:
 * "Mehr zum Thema:", "Kommentare (3)", "Kommentare insgesamt: 0", "12 Kommentare", "Partager »",
 * "- Anzeige -", "相关阅读". */
export function labelLine(table: PhraseTable): RegExp {
  return new RegExp(
    `${OPEN}(?:${COUNT}\\s*)?${alternation(table)}\\s*(?:[:：]?\\s*${COUNT})?${CLOSE}`,
    'iu',
  );
}

/** A line that is one of the phrases and a colon, its value standing in the next element:
 * "Autor:", "Veröffentlicht am:", "Release Date:". */
export function colonLine(table: PhraseTable): RegExp {
  return new RegExp(`${OPEN}${alternation(table)}\\s*[:：]\\s*$`, 'iu');
}

/** A line that opens with one of the phrases and a separator, then at most `maxRest` characters:
 * "Lesen Sie auch: Die Bahn streikt", "Foto: dpa", "Автор: Иван Петров". */
export function leadLine(table: PhraseTable, maxRest: number): RegExp {
  return new RegExp(`${OPEN}${alternation(table)}${SEPARATOR}\\S.{0,${maxRest}}$`, 'iu');
}

/** A line that opens with one of the phrases (no separator needed) and has at most `maxRest`
 * characters after it: "Wir verwenden Cookies, um …", "Abonnieren Sie unseren Newsletter". */
export function openingLine(table: PhraseTable, maxRest: number): RegExp {
  return new RegExp(`${OPEN}${alternation(table)}.{0,${maxRest}}$`, 'iu');
}

/** A line that opens with one of the phrases, then (within `maxRest` characters) shows a digit,
 * as a date line does: "Aktualisiert am 3. März 2024", "Publié le 12/03/2024 à 10h". */
export function datedLine(table: PhraseTable, maxRest: number): RegExp {
  return new RegExp(
    `${OPEN}${alternation(table)}\\s*[:：]?\\s*(?=[^\\n]{0,${maxRest}}\\d)[^\\n]{1,${maxRest}}$`,
    'iu',
  );
}
