/**
 * Photo captions and credits in pasted text. A pasted image leaves its caption with a credit
 * ("… Photo by Jane Doe/Getty Images"), often right below a line holding the image's alt text,
 * which repeats the caption. Both leave the body (so an alt text is never read as the headline or
 * lede) and are kept as the article's images.
 */
import type { Image } from '../schema/article.ts';
import { type Line, type Mark, type Marks, withMarks } from './plain-text-lines.ts';
import {
  CREDIT_PATTERNS,
  MAX_ALT_TEXT,
  MAX_CAPTION_LINE,
  SENTENCE_END,
} from './text-rules-media.ts';

/** A caption line, read: the caption before the credit (null when the line is only a credit). */
export interface CaptionParts {
  readonly caption: string | null;
  readonly credit: string;
}

/** The caption and credit on `line`, or null when it carries no credit. A credit that starts in
 * lower case ("photo by …") counts only in brackets, where prose would not put it. */
export function parseCaptionLine(line: string): CaptionParts | null {
  const text = line.trim();
  if (text.length > MAX_CAPTION_LINE) return null;
  for (const pattern of CREDIT_PATTERNS) {
    const match = pattern.exec(text);
    const credit = match?.[2];
    const start = match?.indices?.[2]?.[0];
    if (!match || credit === undefined || start === undefined) continue;
    if (/^\p{Ll}/u.test(credit) && !/[([]\s*$/u.test(text.slice(0, start))) continue;
    const caption = (match[1] ?? '').replace(/[\s([|:–—-]+$/u, '').trim();
    return { caption: caption === '' ? null : caption, credit };
  }
  return null;
}

/** True when `alt` is the alt text of an image whose caption is `caption`: the same words, or
 * their first whole words (captions add to the alt text, never the reverse). */
function repeats(alt: string, caption: string | null): boolean {
  if (caption === null || !caption.startsWith(alt)) return false;
  return caption.length === alt.length || /^[\s,.;:–—-]/u.test(caption.slice(alt.length));
}

/** Marks caption and alt-text lines as 'photo-caption' and returns the images they describe, in
 * document order. The line above a caption is its alt text when the caption repeats it (even across
 * a blank line: the repetition is the evidence), or, above a bare credit in the same paragraph
 * group, when it is short and no sentence. */
export function markCaptions(
  lines: readonly Line[],
  marks: Marks,
): { readonly marks: Marks; readonly images: readonly Image[] } {
  const changes = new Map<number, Mark>();
  const images: Image[] = [];
  const caption: Mark = { kind: 'removed', rule: 'photo-caption' };
  lines.forEach((line, i) => {
    if (marks[i] !== null) return;
    const parts = parseCaptionLine(line.text);
    if (!parts) return;
    changes.set(i, caption);
    const above = lines[i - 1];
    let text = parts.caption;
    if (
      above &&
      marks[i - 1] === null &&
      !changes.has(i - 1) &&
      above.text.length <= MAX_ALT_TEXT
    ) {
      const sameGroup = above.group === line.group;
      const bareCredit = text === null && sameGroup && !SENTENCE_END.test(above.text);
      if (repeats(above.text, text) || bareCredit) {
        changes.set(i - 1, caption);
        text ??= above.text;
      }
    }
    images.push({ url: null, caption: text, credit: parts.credit });
  });
  return { marks: withMarks(marks, changes), images };
}
