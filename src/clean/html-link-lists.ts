/**
 * A heading of related articles ("Mehr zum Thema", "À lire aussi", "相关阅读") takes with it the
 * list of links it introduces, and only a list of links: a block is taken when most of each of its
 * items is link text, and the run stops at the first block that is not (prose, a heading, a quote),
 * so the article's own text after such a heading is never removed.
 */
import { type Block, type Inline, blockText } from './blocks.ts';
import type { Item } from './html-block-builder.ts';
import { HTML_SPACE } from './html-dom.ts';

/** Least share of an item's visible characters inside links for it to be a link, not prose
 * ("Die Bahn streikt erneut (12.03.)" is mostly its link; a sentence with one link is not). */
export const LINK_ITEM_SHARE = 0.6;

const visible = (text: string): number => text.replace(/\s/gu, '').length;

/** True when `inlines` hold a link and mostly link text. */
function isLinkItem(inlines: readonly Inline[]): boolean {
  let linked = 0;
  let total = 0;
  for (const inline of inlines) {
    const n = visible(inline.text);
    total += n;
    if (inline.kind === 'link') linked += n;
  }
  return linked > 0 && linked >= total * LINK_ITEM_SHARE;
}

/** True for a list whose every item is a link, or a paragraph that is one. */
export function isLinkBlock(block: Block): boolean {
  if (block.kind === 'list') return block.items.length > 0 && block.items.every(isLinkItem);
  return block.kind === 'paragraph' && isLinkItem(block.inlines);
}

/** Removes the link blocks that follow each heading at `introducers` (indexes into `items`, each
 * already a removal), recording them under `related-links`. Removals between them are passed
 * over; anything else ends the run. */
export function dropIntroducedLinks(
  items: readonly Item[],
  introducers: ReadonlySet<number>,
): Item[] {
  const out = [...items];
  for (const start of introducers) {
    for (let n = start + 1; n < out.length; n += 1) {
      const item = out[n];
      if (item?.kind === 'removal') continue;
      if (item?.kind !== 'block' || !isLinkBlock(item.block)) break;
      const text = blockText(item.block).replace(HTML_SPACE, ' ').trim();
      out[n] = { kind: 'removal', removal: { rule: 'related-links', text } };
    }
  }
  return out;
}
