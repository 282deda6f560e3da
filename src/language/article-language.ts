/**
 * Stage 4b: the article's language, as a lowercase ISO 639 code (`de`), and how it is known. The
 * source's own declaration (`<html lang="de-DE">`, Yoast's `de_DE`) is taken when it is a
 * language tag and the text does not reliably read as another language (site templates often
 * declare one language for every page); otherwise the text's language as ELD detects it (the
 * Efficient Language Detector: 60 languages, fast, no native code), when reliable; else null.
 */
import { eld } from 'eld/medium';

/** How the language is known: `source` (the input declares it) or `detected` (read from the text). */
export type LanguageOrigin = 'source' | 'detected';

/** An article's language and how it is known; both null when neither source nor text says. */
export interface ArticleLanguage {
  readonly language: string | null;
  readonly languageOrigin: LanguageOrigin | null;
}

/** Characters of text read: enough for a reliable guess, bounded so a long article costs no more. */
const SAMPLE_CHARS = 3000;

/** The primary language subtag of a declared tag (`de-DE`, `pt_BR`, `EN`), or null when the
 * declaration is not a language tag (`und`, `x-default`, `*`, ""). */
export function primaryLanguage(tag: string | null): string | null {
  const primary = (tag ?? '').trim().split(/[-_]/)[0]?.toLowerCase() ?? '';
  return /^[a-z]{2,3}$/.test(primary) && primary !== 'und' && primary !== 'mul' ? primary : null;
}

/** The language ELD reads in `text`, when it is sure of it. */
export function detectLanguage(text: string): string | null {
  const sample = text.slice(0, SAMPLE_CHARS);
  if (!/\p{L}/u.test(sample)) return null;
  const result = eld.detect(sample);
  return result.language !== '' && result.isReliable() ? result.language : null;
}

/** The article's language from what the source declares and what its text reads as. */
export function articleLanguage(declared: string | null, text: string): ArticleLanguage {
  const stated = primaryLanguage(declared);
  const detected = detectLanguage(text);
  if (stated !== null && (detected === null || detected === stated))
    return { language: stated, languageOrigin: 'source' };
  if (detected !== null) return { language: detected, languageOrigin: 'detected' };
  return { language: null, languageOrigin: null };
}
