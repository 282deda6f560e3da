/**
 * The plain text of an article read back off its rendered body. The entry's `text` and its
 * Markdown body are both made from the same blocks (`src/clean/blocks.ts`), so the rendered HTML
 * already carries every word of the text: reading it back lets the content store keep the words
 * once. This mirrors `blocksToText` block for block; the loader keeps the stored `text` whenever
 * the two would differ (`stored-article.ts`), so a mismatch costs space, never a word.
 */
import type { AnyNode, Element } from 'domhandler';
import { textContent } from 'domutils';
import { parseDocument } from 'htmlparser2';

const isElement = (node: AnyNode): node is Element => node.type === 'tag';

const children = (node: { children: AnyNode[] }): Element[] => node.children.filter(isElement);

/** The text one top-level element of the body contributes, as `blockText` gives it. */
function blockText(element: Element): string {
  switch (element.name) {
    case 'p':
    case 'h2':
    case 'h3':
    case 'h4':
      return textContent(element);
    case 'blockquote':
      return children(element).map(textContent).join('\n\n');
    case 'ul':
    case 'ol':
      return children(element).map(textContent).join('\n');
    default:
      // Embedded posts (`figure.embed`) are the poster's words, kept out of the text.
      return '';
  }
}

/** The body's text as `blocksToText` makes it: each block's text, empty ones left out, separated
 * by one blank line. Exact for the HTML the Markdown of `blocksToMarkdown` renders to, as long as
 * the blocks' own text survives Markdown unchanged (no leading or trailing spaces, no line
 * breaks inside a paragraph); callers compare before relying on it. */
export function bodyText(html: string): string {
  return children(parseDocument(html))
    .map(blockText)
    .filter((text) => text.trim() !== '')
    .join('\n\n');
}
