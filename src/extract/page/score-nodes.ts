/**
 * Stage: text and link density of every element, and a readability-style content score. Prose
 * paragraphs (long, with commas, few links) give points to their ancestors, so the element that
 * gathers the most prose scores highest; link-heavy elements (menus, link lists) score low.
 */
import type { AnyNode, Element } from 'domhandler';
import { isElement } from '../../clean/html-dom.ts';
import { classAndId } from './dom-walk.ts';
import {
  ANCESTOR_SHARE,
  CHARS_PER_LENGTH_POINT,
  CLASS_WEIGHT,
  MAX_LENGTH_BONUS,
  MIN_PARAGRAPH_CHARS,
  NEGATIVE_CLASS,
  POSITIVE_CLASS,
} from './page-thresholds.ts';

/** What the scorer knows about one element. */
export interface NodeStats {
  /** Non-space characters of its text. */
  readonly chars: number;
  /** Non-space characters of its text inside links. */
  readonly linkChars: number;
  /** Non-space characters of the prose paragraphs under it. */
  readonly paragraphChars: number;
  /** Content score: paragraph points gathered from below, weighted by class, less links; 0 for
   * an element with no prose paragraph under it, whatever its class. */
  readonly score: number;
}

/** Elements whose own text counts as one paragraph of prose. */
const PARAGRAPH_TAGS = new Set(['p', 'pre', 'td', 'blockquote', 'dd']);
/** Containers that may hold loose prose directly (text nodes beside `<br>`s). */
const BOX_TAGS = new Set(['div', 'section', 'article', 'main', 'span', 'font', 'center', 'body']);

const nonSpace = (text: string): number => text.length - (text.match(/\s/g)?.length ?? 0);

interface Mutable {
  chars: number;
  linkChars: number;
  paragraphChars: number;
  points: number;
  ownChars: number;
  commas: number;
}

/** Stats of every element under `roots`, computed in one iterative post-order pass. */
export function scoreNodes(roots: readonly AnyNode[]): Map<Element, NodeStats> {
  const raw = new Map<Element, Mutable>();
  const order: Element[] = [];
  const stack: AnyNode[] = [...roots];
  for (let node = stack.pop(); node !== undefined; node = stack.pop()) {
    if (isElement(node)) order.push(node);
    if ('children' in node) for (const child of node.children) stack.push(child);
  }
  // Children come after their parents in `order`, so walking it backwards visits children first.
  for (const el of order.reverse()) {
    const m = sumChildren(el, raw);
    scoreParagraph(el, m, raw);
    const pre = raw.get(el);
    if (pre) m.points += pre.points;
    raw.set(el, m);
  }
  const stats = new Map<Element, NodeStats>();
  for (const [el, m] of raw) {
    const density = m.chars === 0 ? 0 : m.linkChars / m.chars;
    stats.set(el, {
      chars: m.chars,
      linkChars: m.linkChars,
      paragraphChars: m.paragraphChars,
      // Class words weigh a candidate's prose; with no prose under it an element is no candidate
      // (an empty "text-muted" icon must not outscore the article).
      score: m.points === 0 ? 0 : (m.points + classWeight(el)) * (1 - density),
    });
  }
  return stats;
}

/** The counts of `el` from its own text and its children's counts (already in `raw`). */
function sumChildren(el: Element, raw: ReadonlyMap<Element, Mutable>): Mutable {
  const m = zeroCounts();
  for (const child of el.children) {
    if (child.type === 'text') {
      const n = nonSpace(child.data);
      m.chars += n;
      m.ownChars += n;
      m.commas += child.data.split(',').length - 1;
    } else if (isElement(child)) {
      const c = raw.get(child);
      if (!c) continue;
      m.chars += c.chars;
      m.linkChars += isLink(child) ? c.chars : c.linkChars;
      m.paragraphChars += c.paragraphChars;
    }
  }
  return m;
}

/** When `el` is a paragraph of prose, counts its prose in `m` and gives its points to its
 * nearest ancestors, each its share. */
function scoreParagraph(el: Element, m: Mutable, raw: Map<Element, Mutable>): void {
  const isParagraph =
    PARAGRAPH_TAGS.has(el.name) || (BOX_TAGS.has(el.name) && m.ownChars >= MIN_PARAGRAPH_CHARS);
  const proseChars = PARAGRAPH_TAGS.has(el.name) ? m.chars - m.linkChars : m.ownChars;
  if (!isParagraph || proseChars < MIN_PARAGRAPH_CHARS) return;
  const commas = PARAGRAPH_TAGS.has(el.name) ? countCommas(el) : m.commas;
  const points = 1 + commas + Math.min(MAX_LENGTH_BONUS, proseChars / CHARS_PER_LENGTH_POINT);
  m.paragraphChars = PARAGRAPH_TAGS.has(el.name) ? proseChars : m.paragraphChars + proseChars;
  let ancestor = el.parent;
  for (const share of ANCESTOR_SHARE) {
    if (!ancestor || !isElement(ancestor)) break;
    const a = raw.get(ancestor) ?? seed(raw, ancestor);
    a.points += points * share;
    ancestor = ancestor.parent;
  }
}

/** True for a link: an `<a>` with a target. A named anchor (`<a name="part-2">`, `<a id>`) marks
 * a place to jump to in the text and is read as text. */
function isLink(el: Element): boolean {
  return el.name === 'a' && el.attribs['href'] !== undefined;
}

/** Counts of nothing yet. */
function zeroCounts(): Mutable {
  return { chars: 0, linkChars: 0, paragraphChars: 0, points: 0, ownChars: 0, commas: 0 };
}

function seed(raw: Map<Element, Mutable>, el: Element): Mutable {
  const m = zeroCounts();
  raw.set(el, m);
  return m;
}

function countCommas(el: Element): number {
  let n = 0;
  const stack: AnyNode[] = [el];
  for (let node = stack.pop(); node !== undefined; node = stack.pop()) {
    if (node.type === 'text') n += node.data.split(',').length - 1;
    else if ('children' in node) for (const child of node.children) stack.push(child);
  }
  return n;
}

/** Positive or negative weight from an element's class and id words. */
export function classWeight(el: Element): number {
  const names = classAndId(el);
  if (names.trim() === '') return 0;
  let weight = 0;
  if (POSITIVE_CLASS.test(names)) weight += CLASS_WEIGHT;
  if (NEGATIVE_CLASS.test(names)) weight -= CLASS_WEIGHT;
  return weight;
}

/** Share of the element's text inside links (0 when it has no text). */
export function linkDensity(stats: NodeStats | undefined): number {
  return !stats || stats.chars === 0 ? 0 : stats.linkChars / stats.chars;
}
