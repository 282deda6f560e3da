/**
 * Builds the body's blocks from inline content and block boundaries as a walk meets them:
 * paragraphs, headings (h1 reads as level 2), quotes and lists. Structure the block model cannot
 * hold is flattened, never dropped: a list nested in a list continues the outer list, a heading or
 * list inside a quote becomes the quote's paragraphs.
 */
import type { Element } from 'domhandler';
import type { Removal } from '../schema/article.ts';
import type { Block, Inline } from './blocks.ts';
import { BLOCK_TAGS, HTML_SPACE } from './html-dom.ts';
import { hasVisibleText, type Piece, piecesToParagraphs } from './html-inlines.ts';
import type { RuleId } from './rules.ts';

/** One thing met in the walk, in document order. */
export type Item =
  | { readonly kind: 'block'; readonly block: Block }
  | { readonly kind: 'removal'; readonly removal: Removal }
  | { readonly kind: 'break' };

type Container =
  | { readonly kind: 'quote'; readonly node: Element; readonly paragraphs: Inline[][] }
  | {
      readonly kind: 'list';
      readonly node: Element;
      readonly ordered: boolean;
      readonly items: Inline[][];
    }
  | { readonly kind: 'item' | 'heading'; readonly node: Element; inlines: Inline[] };

const HEADING_LEVEL: Readonly<Record<string, 2 | 3 | 4>> = {
  h1: 2,
  h2: 2,
  h3: 3,
  h4: 4,
  h5: 4,
  h6: 4,
};
const CELL = new Set(['td', 'th']);
const SPACE: Piece = { kind: 'text', text: ' ', href: null };

function joined(into: Inline[], more: readonly Inline[]): Inline[] {
  return into.length === 0 ? [...more] : [...into, { kind: 'text', text: ' ' }, ...more];
}

/** Collects items in document order; the walker calls `open`/`close` for every kept element. */
export class BlockBuilder {
  readonly items: Item[] = [];
  private pieces: Piece[] = [];
  private readonly containers: Container[] = [];

  /** Inline content: text (in the link `href`, if any) or a `<br>`. */
  inline(piece: Piece): void {
    this.pieces.push(piece);
  }

  /** A removal, recorded with its text whitespace-collapsed. */
  record(rule: RuleId, text: string): void {
    this.items.push({
      kind: 'removal',
      removal: { rule, text: text.replace(HTML_SPACE, ' ').trim() },
    });
  }

  /** A block or break that stands on its own (an embed, a "Read more" break). */
  standalone(item: Item): void {
    this.flush();
    this.items.push(item);
  }

  /** Ends the paragraph being built. */
  flush(): void {
    const paragraphs = piecesToParagraphs(this.pieces);
    this.pieces = [];
    for (const inlines of paragraphs) this.deliverInlines(inlines);
  }

  /** A kept element begins. */
  open(el: Element, tag: string): void {
    if (CELL.has(tag)) this.pieces.push(SPACE);
    else if (BLOCK_TAGS.has(tag)) this.flush();
    if (tag in HEADING_LEVEL) this.containers.push({ kind: 'heading', node: el, inlines: [] });
    else if (tag === 'blockquote')
      this.containers.push({ kind: 'quote', node: el, paragraphs: [] });
    else if (tag === 'li') this.containers.push({ kind: 'item', node: el, inlines: [] });
    else if (tag === 'ul' || tag === 'ol') {
      const item = this.containers.at(-1);
      if (this.containers.some((c) => c.kind === 'list') && item?.kind === 'item') {
        // A nested list: its items follow the outer item in the one list.
        this.toList(item.inlines);
        item.inlines = [];
      } else this.containers.push({ kind: 'list', node: el, ordered: tag === 'ol', items: [] });
    }
  }

  /** A kept element ends. */
  close(el: Element, tag: string): void {
    if (CELL.has(tag)) this.pieces.push(SPACE);
    else if (BLOCK_TAGS.has(tag)) this.flush();
    const top = this.containers.at(-1);
    if (top?.node !== el) return;
    this.containers.pop();
    if (top.kind === 'item') this.toList(top.inlines);
    else if (top.kind === 'heading' && hasVisibleText(top.inlines)) {
      this.deliverBlock({ kind: 'heading', level: HEADING_LEVEL[tag] ?? 4, inlines: top.inlines });
    } else if (top.kind === 'quote' && top.paragraphs.length > 0) {
      this.deliverBlock({ kind: 'quote', paragraphs: top.paragraphs });
    } else if (top.kind === 'list' && top.items.length > 0) {
      this.deliverBlock({ kind: 'list', ordered: top.ordered, items: top.items });
    }
  }

  private toList(inlines: Inline[]): void {
    if (!hasVisibleText(inlines)) return;
    const list = this.containers.findLast((c) => c.kind === 'list');
    if (list?.kind === 'list') list.items.push(inlines);
    else this.deliverInlines(inlines);
  }

  /** A paragraph's inlines, to the innermost open container or the body. */
  private deliverInlines(inlines: Inline[]): void {
    const top = this.containers.at(-1);
    if (top === undefined)
      this.items.push({ kind: 'block', block: { kind: 'paragraph', inlines } });
    else if (top.kind === 'quote') top.paragraphs.push(inlines);
    else if (top.kind === 'list') top.items.push(inlines);
    else top.inlines = joined(top.inlines, inlines);
  }

  /** A finished heading, quote or list, to the enclosing container (flattened) or the body. */
  private deliverBlock(block: Block): void {
    if (this.containers.length === 0) {
      this.items.push({ kind: 'block', block });
      return;
    }
    const parts =
      block.kind === 'quote'
        ? block.paragraphs
        : block.kind === 'list'
          ? block.items
          : 'inlines' in block
            ? [block.inlines]
            : [];
    for (const inlines of parts) this.deliverInlines([...inlines]);
  }
}
