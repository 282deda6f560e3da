/**
 * What the HTML cleaner's unit tests compare: the cleaner's result with its body as plain text and
 * its removals as `[rule, text]` pairs, so a table row can state both in a line.
 */
import { blocksToText } from '../../src/clean/blocks.ts';
import { cleanHtmlFragment } from '../../src/clean/html-fragment.ts';

/** Runs `cleanHtmlFragment` on `html` and returns its result unchanged, plus `text` (the blocks
 * as plain text) and `rules` (each removal as `[rule, text]`, in document order). */
export function cleanedFragment(html: string) {
  const result = cleanHtmlFragment(html);
  return {
    ...result,
    text: blocksToText(result.blocks),
    rules: result.removed.map((r) => [r.rule, r.text]),
  };
}
