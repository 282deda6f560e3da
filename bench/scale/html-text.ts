/**
 * Text into HTML the way publishing systems write it: escaped, sometimes with typographic
 * characters as named entities, sometimes with a few words linked. The visible text is unchanged,
 * so the cleaner's output can be compared with the words that went in.
 */
import type { Prng } from './prng.ts';

const ESCAPES: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
};
const NAMED: Readonly<Record<string, string>> = {
  '\u201c': '&ldquo;',
  '\u201d': '&rdquo;',
  '\u2018': '&lsquo;',
  '\u2019': '&rsquo;',
  '\u2014': '&mdash;',
  '\u2013': '&ndash;',
};

/** `text` with `& < > "` escaped. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"]/g, (ch) => ESCAPES[ch] ?? ch);
}

/** `text` escaped, with curly quotes and dashes as named entities when `named` (as WordPress's
 * classic editor stores them). */
export function encodeText(text: string, named: boolean): string {
  const escaped = escapeHtml(text);
  return named
    ? escaped.replace(/[\u201c\u201d\u2018\u2019\u2014\u2013]/g, (ch) => NAMED[ch] ?? ch)
    : escaped;
}

/** One paragraph as HTML; now and then a run of three words is a link to `linkBase`. */
export function paragraphHtml(text: string, rng: Prng, named: boolean, linkBase: string): string {
  const words = text.split(' ');
  if (words.length < 12 || !rng.chance(0.3)) return `<p>${encodeText(text, named)}</p>`;
  const at = rng.int(2, words.length - 5);
  const before = words.slice(0, at).join(' ');
  const linked = words.slice(at, at + 3).join(' ');
  const after = words.slice(at + 3).join(' ');
  const href = `${linkBase}${rng.int(1000, 99999)}/`;
  return `<p>${encodeText(before, named)} <a href="${escapeHtml(href)}">${encodeText(linked, named)}</a> ${encodeText(after, named)}</p>`;
}
