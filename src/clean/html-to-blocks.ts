/**
 * One walk over HTML that prunes boilerplate and builds the body's blocks at once, in document
 * order, with every removal recorded where it happened and "Read more" breaks marked for the
 * summary rule. The walk uses its own stack (no recursion), so any depth of nesting is safe; it
 * never mutates the DOM.
 */
import type { AnyNode, Element } from 'domhandler';
import type { Image } from '../schema/article.ts';
import { isSafeHref } from './blocks.ts';
import { BlockBuilder, type Item } from './html-block-builder.ts';
import { BLOCK_TAGS, isElement, tagName, textOf, wordsIn } from './html-dom.ts';
import { embedFromElement } from './html-embeds.ts';
import { imageFromImg, isFigure, readFigure } from './html-images.ts';
import { syndicationName } from './html-notices.ts';
import { eventHandlers, judgeElement, type Verdict } from './html-prune.ts';
import { TEXTLESS_RULES } from './html-rules.ts';

export type { Item } from './html-block-builder.ts';

/** What the walk found. */
export interface Walked {
  readonly items: readonly Item[];
  readonly images: readonly Image[];
  /** Who first wrote the text, from a syndication notice container. */
  readonly credit: string | null;
}

const UNSAFE_SCHEME = /^\s*(?:javascript|data|vbscript|file):/i;

class BlockWalker {
  readonly out = new BlockBuilder();
  readonly images: Image[] = [];
  credit: string | null = null;
  private readonly hrefs: (string | null)[] = [];
  private readonly skipped = new Set<AnyNode>();
  private readonly totalWords: number;

  constructor(totalWords: number) {
    this.totalWords = totalWords;
  }

  walk(root: AnyNode, isRoot: boolean): void {
    const stack: { node: AnyNode; exit: boolean; isRoot: boolean }[] = [
      { node: root, exit: false, isRoot },
    ];
    for (let frame = stack.pop(); frame !== undefined; frame = stack.pop()) {
      const { node, exit } = frame;
      if (exit) {
        if (isElement(node)) this.exitElement(node);
        continue;
      }
      if (!this.enter(node, frame.isRoot) || !('children' in node)) continue;
      stack.push({ node, exit: true, isRoot: false });
      for (const child of node.children.toReversed())
        stack.push({ node: child, exit: false, isRoot: false });
    }
    this.out.flush();
  }

  /** Handles a node on the way in; false when its children are not to be walked. */
  private enter(node: AnyNode, isRoot: boolean): boolean {
    switch (node.type) {
      case 'text':
        this.out.inline({ kind: 'text', text: node.data, href: this.hrefs.at(-1) ?? null });
        return false;
      case 'comment':
        this.out.record(
          /^\?|^xml\b/i.test(node.data) ? 'processing-instruction' : 'markup-comment',
          '',
        );
        return false;
      case 'directive':
        this.out.record('processing-instruction', '');
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
      // A removed inline element leaves its sentence whole; a removed block ends the paragraph.
      if (BLOCK_TAGS.has(tag)) this.out.flush();
      this.remove(el, verdict);
      return false;
    }
    if (eventHandlers(el).length > 0) this.out.record('script', '');
    if (isFigure(el)) this.enterFigure(el);
    if (tag === 'img') {
      const image = imageFromImg(el);
      if (image) this.images.push(image);
      return false;
    }
    if (tag === 'br') {
      this.out.inline({ kind: 'br' });
      return false;
    }
    if (tag === 'a') this.hrefs.push(this.linkTarget(el));
    this.out.open(el, tag);
    return true;
  }

  private exitElement(el: Element): void {
    const tag = tagName(el);
    if (tag === 'a') this.hrefs.pop();
    this.out.close(el, tag);
  }

  private remove(el: Element, verdict: Exclude<Verdict, { kind: 'keep' }>): void {
    switch (verdict.kind) {
      case 'embed': {
        const embed = embedFromElement(el, verdict.platform);
        if (embed) this.out.standalone({ kind: 'block', block: { kind: 'embed', embed } });
        else this.out.record('embedded-frame', '');
        return;
      }
      case 'read-more':
        this.out.standalone({ kind: 'break' });
        this.out.record('button', textOf(el));
        return;
      case 'syndication': {
        const text = textOf(el);
        this.out.record('syndication-notice', text);
        this.credit ??= syndicationName(text);
        return;
      }
      case 'remove':
        this.out.record(verdict.rule, TEXTLESS_RULES.has(verdict.rule) ? '' : textOf(el));
    }
  }

  private enterFigure(el: Element): void {
    const figure = readFigure(el);
    for (const image of figure.images) this.images.push(image);
    for (const img of figure.imgs) this.skipped.add(img);
    if (figure.caption) {
      this.skipped.add(figure.caption);
      this.out.record('photo-caption', textOf(figure.caption));
    }
  }

  /** The link's target when it is safe to keep; unsafe targets are recorded and dropped. */
  private linkTarget(el: Element): string | null {
    const href = el.attribs['href'];
    if (href === undefined || href.trim().startsWith('#')) return null;
    if (UNSAFE_SCHEME.test(href)) {
      this.out.record('unsafe-link', textOf(el));
      return null;
    }
    return isSafeHref(href) ? href.trim() : null;
  }
}

/** Walks `roots` (pruning and converting); `isRoot` exempts the roots themselves from class-name
 * rules, for a container a page extractor has already chosen as the article. */
export function walkToBlocks(roots: readonly AnyNode[], isRoot: boolean): Walked {
  const totalWords = roots.reduce((n, r) => n + wordsIn(textOf(r)), 0);
  const walker = new BlockWalker(totalWords);
  for (const root of roots) walker.walk(root, isRoot);
  return { items: walker.out.items, images: walker.images, credit: walker.credit };
}
