/**
 * One walk over HTML that prunes boilerplate and builds the body's blocks at once, in document
 * order: paragraphs, headings, quotes, lists and embeds, with every removal recorded where it
 * happened and "Read more" breaks marked for the summary rule. The walk uses its own stack (no
 * recursion), so any depth of nesting is safe; it never mutates the DOM.
 */
import type { AnyNode, Element } from 'domhandler';
import type { Image, Removal } from '../schema/article.ts';
import { type Block, type Inline, isSafeHref } from './blocks.ts';
import { BLOCK_TAGS, HTML_SPACE, isElement, tagName, textOf, wordsIn } from './html-dom.ts';
import { embedFromElement } from './html-embeds.ts';
import { imageFromImg, isFigure, readFigure } from './html-images.ts';
import { type Piece, hasVisibleText, piecesToParagraphs } from './html-inlines.ts';
import { eventHandlers, judgeElement } from './html-prune.ts';
import { TEXTLESS_RULES } from './html-rules.ts';
import { syndicationName } from './html-notices.ts';
import type { RuleId } from './rules.ts';

/** One thing met in the walk, in document order. */
export type Item =
  | { readonly kind: 'block'; readonly block: Block }
  | { readonly kind: 'removal'; readonly removal: Removal }
  | { readonly kind: 'break' };

/** What the walk found. */
export interface Walked {
  readonly items: readonly Item[];
  readonly images: readonly Image[];
  /** Who first wrote the text, from a syndication notice container. */
  readonly credit: string | null;
}

type Container =
  | { readonly kind: 'quote'; readonly node: Element; readonly paragraphs: Inline[][] }
  | { readonly kind: 'list'; readonly node: Element; readonly ordered: boolean; readonly items: Inline[][] }
  | { readonly kind: 'item' | 'heading'; readonly node: Element; inlines: Inline[] };

const HEADING_LEVEL: Readonly<Record<string, 2 | 3 | 4>> = { h1: 2, h2: 2, h3: 3, h4: 4, h5: 4, h6: 4 };
const UNSAFE_SCHEME = /^\s*(?:javascript|data|vbscript|file):/i;

function joined(into: Inline[], more: readonly Inline[]): Inline[] {
  return into.length === 0 ? [...more] : [...into, { kind: 'text', text: ' ' }, ...more];
}

class BlockWalker {
  readonly items: Item[] = [];
  readonly images: Image[] = [];
  credit: string | null = null;
  private pieces: Piece[] = [];
  private readonly containers: Container[] = [];
  private readonly hrefs: (string | null)[] = [];
  private readonly skipped = new Set<AnyNode>();
  private readonly mergedLists = new Set<Element>();

  constructor(private readonly totalWords: number) {}

  walk(root: AnyNode, isRoot: boolean): void {
    const stack: { node: AnyNode; exit: boolean; isRoot: boolean }[] = [{ node: root, exit: false, isRoot }];
    while (stack.length > 0) {
      const { node, exit, isRoot: top } = stack.pop()!;
      if (exit) {
        if (isElement(node)) this.exitElement(node);
        continue;
      }
      if (!this.enter(node, top) || !('children' in node)) continue;
      stack.push({ node, exit: true, isRoot: false });
      for (let i = node.children.length - 1; i >= 0; i -= 1) {
        stack.push({ node: node.children[i]!, exit: false, isRoot: false });
      }
    }
    this.flush();
  }

  private record(rule: RuleId, text: string): void {
    this.items.push({ kind: 'removal', removal: { rule, text: text.replace(HTML_SPACE, ' ').trim() } });
  }

  /** Handles a node on the way in; false when its children are not to be walked. */
  private enter(node: AnyNode, isRoot: boolean): boolean {
    switch (node.type) {
      case 'text':
        this.pieces.push({ kind: 'text', text: node.data, href: this.hrefs.at(-1) ?? null });
        return false;
      case 'comment':
        this.record(/^\?|^xml\b/i.test(node.data) ? 'processing-instruction' : 'markup-comment', '');
        return false;
      case 'directive':
        this.record('processing-instruction', '');
        return false;
      default:
        return isElement(node) ? this.enterElement(node, isRoot) : true;
    }
  }

  private enterElement(el: Element, isRoot: boolean): boolean {
    if (this.skipped.has(el)) return false;
    const tag = tagName(el);
    const verdict = judgeElement(el, { totalWords: this.totalWords, isRoot });
    if (verdict.kind !== 'keep') {
      if (BLOCK_TAGS.has(tag) || verdict.kind !== 'remove') this.flush();
      this.removeElement(el, verdict);
      return false;
    }
    if (eventHandlers(el).length > 0) this.record('script', '');
    if (isFigure(el)) this.enterFigure(el);
    if (tag === 'img') {
      const image = imageFromImg(el);
      if (image) this.images.push(image);
      return false;
    }
    if (tag === 'br') {
      this.pieces.push({ kind: 'br' });
      return false;
    }
    if (tag === 'a') this.hrefs.push(this.linkTarget(el));
    else if (tag === 'td' || tag === 'th') this.pieces.push({ kind: 'text', text: ' ', href: null });
    else if (BLOCK_TAGS.has(tag)) this.flush();
    this.openContainer(el, tag);
    return true;
  }

  private removeElement(el: Element, verdict: Exclude<ReturnType<typeof judgeElement>, { kind: 'keep' }>): void {
    switch (verdict.kind) {
      case 'embed': {
        const embed = embedFromElement(el, verdict.platform);
        if (embed) this.items.push({ kind: 'block', block: { kind: 'embed', embed } });
        else this.record('embedded-frame', '');
        return;
      }
      case 'read-more':
        this.items.push({ kind: 'break' });
        this.record('button', textOf(el));
        return;
      case 'syndication': {
        const text = textOf(el);
        this.record('syndication-notice', text);
        this.credit ??= syndicationName(text);
        return;
      }
      case 'remove':
        this.record(verdict.rule, TEXTLESS_RULES.has(verdict.rule) ? '' : textOf(el));
    }
  }

  private enterFigure(el: Element): void {
    const figure = readFigure(el);
    this.images.push(...figure.images);
    for (const img of figure.imgs) this.skipped.add(img);
    if (figure.caption) {
      this.skipped.add(figure.caption);
      this.record('photo-caption', textOf(figure.caption));
    }
  }

  /** The link's target when it is safe to keep; unsafe targets are recorded and dropped. */
  private linkTarget(el: Element): string | null {
    const href = el.attribs['href'];
    if (href === undefined || href.trim().startsWith('#')) return null;
    if (UNSAFE_SCHEME.test(href)) {
      this.record('unsafe-link', textOf(el));
      return null;
    }
    return isSafeHref(href) ? href.trim() : null;
  }

  private openContainer(el: Element, tag: string): void {
    if (tag in HEADING_LEVEL) this.containers.push({ kind: 'heading', node: el, inlines: [] });
    else if (tag === 'blockquote') this.containers.push({ kind: 'quote', node: el, paragraphs: [] });
    else if (tag === 'li') this.containers.push({ kind: 'item', node: el, inlines: [] });
    else if (tag === 'ul' || tag === 'ol') {
      const item = this.containers.at(-1);
      if (this.containers.some((c) => c.kind === 'list') && item?.kind === 'item') {
        // A nested list: its items follow the outer item in the one list.
        this.toList(item.inlines);
        item.inlines = [];
        this.mergedLists.add(el);
      } else this.containers.push({ kind: 'list', node: el, ordered: tag === 'ol', items: [] });
    }
  }

  private exitElement(el: Element): void {
    const tag = tagName(el);
    if (tag === 'a') this.hrefs.pop();
    if (tag === 'td' || tag === 'th') this.pieces.push({ kind: 'text', text: ' ', href: null });
    else if (BLOCK_TAGS.has(tag)) this.flush();
    const top = this.containers.at(-1);
    if (top?.node !== el) return;
    this.containers.pop();
    switch (top.kind) {
      case 'heading':
        if (hasVisibleText(top.inlines)) this.deliverBlock({ kind: 'heading', level: HEADING_LEVEL[tag] ?? 4, inlines: top.inlines });
        return;
      case 'item':
        this.toList(top.inlines);
        return;
      case 'quote':
        if (top.paragraphs.length > 0) this.deliverBlock({ kind: 'quote', paragraphs: top.paragraphs });
        return;
      case 'list':
        if (top.items.length > 0) this.deliverBlock({ kind: 'list', ordered: top.ordered, items: top.items });
    }
  }

  private toList(inlines: Inline[]): void {
    if (!hasVisibleText(inlines)) return;
    const list = this.containers.findLast((c) => c.kind === 'list');
    if (list?.kind === 'list') list.items.push(inlines);
    else this.deliverInlines(inlines);
  }

  private flush(): void {
    const paragraphs = piecesToParagraphs(this.pieces);
    this.pieces = [];
    for (const inlines of paragraphs) this.deliverInlines(inlines);
  }

  /** A paragraph's inlines, to the innermost open container or the body. */
  private deliverInlines(inlines: Inline[]): void {
    const top = this.containers.at(-1);
    if (top === undefined) this.items.push({ kind: 'block', block: { kind: 'paragraph', inlines } });
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
    const parts = block.kind === 'quote' ? block.paragraphs : block.kind === 'list' ? block.items : 'inlines' in block ? [block.inlines] : [];
    for (const inlines of parts) this.deliverInlines([...inlines]);
  }
}

/** Walks `roots` (pruning and converting); `isRoot` exempts the roots themselves from class-name
 * rules, for a container a page extractor has already chosen as the article. */
export function walkToBlocks(roots: readonly AnyNode[], isRoot: boolean): Walked {
  const totalWords = roots.reduce((n, r) => n + wordsIn(textOf(r)), 0);
  const walker = new BlockWalker(totalWords);
  for (const root of roots) walker.walk(root, isRoot);
  return { items: walker.items, images: walker.images, credit: walker.credit };
}
