/**
 * Sub-results of a long article, apart from the page: the paragraphs where a search matched,
 * each as a short passage with its matched words marked, linked to the paragraph's anchor. Each
 * paragraph of an article body carries an id (`paragraph-anchors.ts`), which Pagefind records
 * with the position of its first word in the indexed text, so a matched word's position tells
 * which paragraph holds it.
 */
import { PARAGRAPH_PREFIX } from './paragraph-anchors.ts';

/** An element with an id, as Pagefind records it. */
export interface Anchor {
  readonly id: string;
  readonly location: number;
}

/** One word of a passage; `marked` when the search matched it. */
export interface PassageWord {
  readonly text: string;
  readonly marked: boolean;
}

/** A matched paragraph: its anchor id, its number (from 1), its words around the first match,
 * and whether words of the paragraph were left out before or after them. */
export interface Passage {
  readonly id: string;
  readonly number: number;
  readonly words: readonly PassageWord[];
  readonly clippedStart: boolean;
  readonly clippedEnd: boolean;
}

/** Articles with fewer paragraphs than this are short: their excerpt says enough. */
export const MIN_PARAGRAPHS = 4;

/** Up to `max` paragraphs of `content` holding the matched word positions `locations`, the ones
 * with most matches (then the earliest), listed in reading order, each cut to `radius` words
 * either side of its first match. Empty for a short article or one without paragraph anchors. */
export function passages(
  content: string,
  anchors: readonly Anchor[],
  locations: readonly number[],
  max = 2,
  radius = 12,
): Passage[] {
  const paragraphs = anchors
    .filter((anchor) => anchor.id.startsWith(PARAGRAPH_PREFIX))
    .sort((a, b) => a.location - b.location);
  if (paragraphs.length < MIN_PARAGRAPHS || locations.length === 0) return [];
  const words = content.split(/\s+/);
  const matched = new Set(locations);
  const found = paragraphs.map((anchor, index) => {
    const end = paragraphs[index + 1]?.location ?? words.length;
    const hits = [...matched].filter((l) => l >= anchor.location && l < end).sort((a, b) => a - b);
    return { anchor, index, end, hits };
  });
  const best = found
    .filter((p) => p.hits.length > 0)
    .sort((a, b) => b.hits.length - a.hits.length || a.index - b.index)
    .slice(0, max)
    .sort((a, b) => a.index - b.index);
  return best.map(({ anchor, index, end, hits }) => {
    const start = Math.max(anchor.location, (hits[0] ?? 0) - radius);
    const stop = Math.min(end, (hits[0] ?? 0) + radius + 1);
    return {
      id: anchor.id,
      number: index + 1,
      words: words
        .slice(start, stop)
        .map((text, i) => ({ text, marked: matched.has(start + i) }))
        .filter((word) => word.text !== ''),
      clippedStart: start > anchor.location,
      clippedEnd: stop < end,
    };
  });
}
