/**
 * An utterance as its article printed it: the parts of one statement split by its attribution
 * (“A,” he said. “B.”), shown together with the attribution between them, exactly as printed,
 * never joined into text nobody printed.
 */
import type { Appearance, QuoteMention } from '../schema/quote.ts';

/** Where a quotation is in its article. */
type Placed = Pick<QuoteMention, 'start' | 'end' | 'embed' | 'utterance'>;

const OPENING = /[“"‘'«‹„‚「『]/u;
const CLOSING = /[”"’'»›“‘」』]/u;

/** The stretch of `text` from the opening mark of the utterance's first part to the closing mark
 * of its last, or null when `appearance` stands alone (or is an embedded post). */
export function utteranceAsPrinted(
  text: string,
  mentions: readonly Placed[],
  appearance: Pick<Appearance, 'embed' | 'utterance'>,
): string | null {
  const id = appearance.utterance?.id;
  if (id === undefined || appearance.embed !== null) return null;
  const parts = mentions
    .filter((m) => m.embed === null && m.utterance?.id === id)
    .sort((a, b) => a.start - b.start);
  const first = parts[0];
  const last = parts.at(-1);
  if (!first || !last || parts.length < 2) return null;
  let from = first.start;
  while (from > first.start - 2 && from > 0 && OPENING.test(text[from - 1] ?? '')) from -= 1;
  let to = last.end;
  while (to < last.end + 2 && CLOSING.test(text[to] ?? '')) to += 1;
  return text.slice(from, to);
}
