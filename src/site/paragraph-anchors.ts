/**
 * Anchors for the paragraphs of an article body: each `<p>` gets an id (`p-1`, `p-2`, …), so a
 * search result can link to the passage that matched and Pagefind records where each paragraph
 * starts in the indexed text.
 */

/** Every paragraph anchor starts with this. */
export const PARAGRAPH_PREFIX = 'p-';

/** `html` with each bare `<p>` start tag numbered in document order. Paragraphs that already have
 * attributes are left alone, so an id an article carries is never overwritten; the rest of the
 * markup is untouched. */
export function numberParagraphs(html: string): string {
  let count = 0;
  return html.replace(/<p>/g, () => `<p id="${PARAGRAPH_PREFIX}${++count}">`);
}
