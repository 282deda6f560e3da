/**
 * Embedded social posts in pasted text. A pasted embed leaves the post's text followed by a
 * signature line ("— Name (@handle) September 26, 2025", "A post shared by Name (@handle)"); the
 * signature ends the post, and the post's text is read back from it, bounded by the platform's own
 * length limit, so the outlet's prose above it stays prose.
 */
import type { Embed } from '../schema/article.ts';
import type { Line, Mark, Marks } from './plain-text-lines.ts';
import { classifyBoilerplateLine } from './text-rules.ts';
import {
  ANY_URL,
  INSTAGRAM_MAX_CHARS,
  INSTAGRAM_OPENER,
  INSTAGRAM_SIGNATURE,
  INTRO_LINE,
  MONTHS,
  POST_URLS,
  TWEET_MAX_CHARS,
  TWEET_SIGNATURE,
  TWEET_SIGNATURE_INLINE,
  TWEET_URL_CHARS,
} from './text-rules-media.ts';

/** Longest line read as a signature: a post's last line run into its signature, at most. */
const MAX_SIGNATURE_LINE = TWEET_MAX_CHARS + 200;

/** A signature line, read. `lastLine` is post text that shares the signature's line. */
export interface Signature {
  readonly platform: 'twitter' | 'instagram';
  readonly author: string | null;
  readonly handle: string;
  readonly date: string | null;
  readonly lastLine: string | null;
}

/** ISO `YYYY-MM-DD` of a date as embeds print it ("Sep 26, 2025", "26 September 2025"); null
 * when it is not a real calendar date. */
export function isoPostDate(text: string): string | null {
  const words = text.replace(/[.,]/gu, ' ').trim().split(/\s+/u);
  const [a = '', b = '', year = ''] = words;
  const [monthWord, dayWord] = /^\d/u.test(a) ? [b, a] : [a, b];
  const month = MONTHS[monthWord.slice(0, 3).toLowerCase()];
  const day = Number(dayWord);
  if (month === undefined || !/^\d{4}$/u.test(year) || !Number.isInteger(day)) return null;
  const date = new Date(Date.UTC(Number(year), month - 1, day));
  if (date.getUTCDate() !== day || date.getUTCMonth() !== month - 1) return null;
  return date.toISOString().slice(0, 10);
}

function nonEmpty(text: string | undefined): string | null {
  const trimmed = text?.trim() ?? '';
  return trimmed === '' ? null : trimmed;
}

/** The signature on `line`, or null when the line is none. */
export function parseSignature(line: string): Signature | null {
  if (line.length > MAX_SIGNATURE_LINE) return null;
  const own = TWEET_SIGNATURE.exec(line);
  if (own?.[2]) {
    const date = own[3] ? isoPostDate(own[3]) : null;
    return { platform: 'twitter', author: nonEmpty(own[1]), handle: own[2], date, lastLine: null };
  }
  const inline = TWEET_SIGNATURE_INLINE.exec(line);
  if (inline?.[3] && inline[4]) {
    const date = isoPostDate(inline[4]);
    const author = nonEmpty(inline[2]);
    return { platform: 'twitter', author, handle: inline[3], date, lastLine: nonEmpty(inline[1]) };
  }
  const insta = INSTAGRAM_SIGNATURE.exec(line);
  const handle = insta?.[2] ?? insta?.[3];
  if (insta && handle) {
    const date = insta[4] ? isoPostDate(insta[4]) : null;
    return { platform: 'instagram', author: nonEmpty(insta[1]), handle, date, lastLine: null };
  }
  return null;
}

/** A post's length as its platform counts it: characters, each link counted as a short link. */
function postLength(lines: readonly string[]): number {
  return [...lines.join('\n').replace(ANY_URL, 'x'.repeat(TWEET_URL_CHARS))].length;
}

/** The post's own URL (or its picture link), with a scheme; null when the text carries none. */
export function postUrl(text: string): string | null {
  for (const pattern of POST_URLS) {
    const found = pattern.exec(text)?.[0];
    if (found) return /^https?:/iu.test(found) ? found : `https://${found}`;
  }
  return null;
}

/** Indexes of the lines above signature `at` that hold the post's text, first line first. A
 * tweet's text fits the platform's limit and never starts above an introducing line ("He
 * posted:"), another post or boilerplate; one blank-line break is crossed only when the signature
 * stands alone. Instagram pastes carry text only below a "View this post on Instagram" opener, which
 * may stand a paragraph or two above the signature. */
function postLines(lines: readonly Line[], marks: Marks, at: number, sig: Signature): number[] {
  const taken: number[] = [];
  const texts = sig.lastLine === null ? [] : [sig.lastLine];
  const limit = sig.platform === 'instagram' ? INSTAGRAM_MAX_CHARS : TWEET_MAX_CHARS;
  let group = lines[at]?.group;
  let breaks = 0;
  for (let j = at - 1; j >= 0; j -= 1) {
    const line = lines[j];
    if (!line || marks[j] !== null) break;
    if (line.group !== group) {
      breaks += 1;
      const crossable =
        sig.platform === 'instagram' ? breaks <= 2 : texts.length === 0 && breaks === 1;
      if (!crossable) break;
      group = line.group;
    }
    if (sig.platform === 'instagram' && INSTAGRAM_OPENER.test(line.text)) return [j, ...taken];
    if (INTRO_LINE.test(line.text) || classifyBoilerplateLine(line.text) !== null) break;
    if (parseSignature(line.text) !== null || postLength([line.text, ...texts]) > limit) break;
    taken.unshift(j);
    texts.unshift(line.text);
  }
  return sig.platform === 'instagram' ? [] : taken;
}

/** Marks every embedded post: its text lines and signature line become one embed, carried by the
 * post's first line. */
export function markEmbeds(lines: readonly Line[], marks: Marks): Marks {
  const out: (Mark | null)[] = [...marks];
  lines.forEach((line, i) => {
    const sig = out[i] === null ? parseSignature(line.text) : null;
    if (!sig) return;
    const above = postLines(lines, out, i, sig);
    const texts = above
      .map((j) => lines[j]?.text ?? '')
      .filter((t) => !INSTAGRAM_OPENER.test(t))
      .concat(sig.lastLine === null ? [] : [sig.lastLine]);
    const text = texts.join('\n');
    const embed: Embed = {
      platform: sig.platform,
      author: sig.author,
      handle: sig.handle,
      date: sig.date,
      text,
      url: postUrl(text),
    };
    const first = above[0] ?? i;
    for (let j = first; j <= i; j += 1)
      out[j] = { kind: 'embed', embed: j === first ? embed : null };
  });
  return out;
}
