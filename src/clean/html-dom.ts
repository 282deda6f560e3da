/**
 * Small, non-recursive helpers over the DOM nodes cheerio holds (domhandler nodes from parse5).
 * Nothing here recurses, so markup nested thousands of levels deep cannot exhaust the call stack.
 */
import type { AnyNode, Element } from 'domhandler';

/** Elements that start a new block when a browser lays them out (HTML's block-level elements). */
export const BLOCK_TAGS: ReadonlySet<string> = new Set(
  (
    'address article aside blockquote caption center dd details div dl dt fieldset figcaption figure ' +
    'footer form h1 h2 h3 h4 h5 h6 header hgroup hr li main nav ol p pre section summary table tbody ' +
    'td tfoot th thead tr ul'
  ).split(' '),
);

/** ASCII whitespace, the only whitespace HTML collapses (U+00A0 and the rest are kept). */
export const HTML_SPACE = /[\t\n\f\r ]+/g;

/** True for element nodes (`script` and `style` elements have node types of their own). */
export function isElement(node: AnyNode): node is Element {
  return node.type === 'tag' || node.type === 'script' || node.type === 'style';
}

/** The element's tag name in lower case. */
export function tagName(el: Element): string {
  return el.name.toLowerCase();
}

/** The element's class tokens. */
export function classTokens(el: Element): string[] {
  return (el.attribs['class'] ?? '').split(/\s+/).filter((t) => t !== '');
}

/** Class tokens plus the id: what class-name rules are matched against. A camelCase name has its
 * words hyphenated ("newsCaption" -> "news-Caption"), as rules match words between hyphens and
 * underscores: the same word in another naming style. */
export function nameTokens(el: Element): string[] {
  const id = el.attribs['id']?.trim();
  const tokens = id ? [...classTokens(el), id] : classTokens(el);
  return tokens.map((t) => t.replace(/(\p{Ll})(\p{Lu})/gu, '$1-$2'));
}

const SEPARATED = new Set([...BLOCK_TAGS, 'br', 'button', 'label', 'option', 'img']);

/** True when `el` reads apart from its neighbours: a block, a control, or a link standing between
 * other elements (share buttons) rather than inside running text. */
function separated(el: Element): boolean {
  if (SEPARATED.has(tagName(el))) return true;
  if (tagName(el) !== 'a') return false;
  return el.prev?.type !== 'text' && el.next?.type !== 'text';
}

/** The text under `root` as a reader would see it listed, ASCII whitespace collapsed and trimmed;
 * block boundaries (and links set side by side) read as a space. Script and style contents are not
 * text. */
export function textOf(root: AnyNode): string {
  const out: string[] = [];
  const stack: (AnyNode | null)[] = [root];
  while (stack.length > 0) {
    const node = stack.pop();
    if (node === null || node === undefined) {
      out.push(' ');
      continue;
    }
    if (node.type === 'text') out.push(node.data);
    if (node.type !== 'tag' && node.type !== 'root') continue;
    if (isElement(node) && separated(node)) {
      out.push(' ');
      stack.push(null);
    }
    for (const child of node.children.toReversed()) stack.push(child);
  }
  return out.join('').replace(HTML_SPACE, ' ').trim();
}

/** Number of whitespace-separated words in a text. */
export function wordsIn(text: string): number {
  return text.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
}

/** Every element under `root` (itself excluded) in document order. */
export function descendants(root: AnyNode): Element[] {
  const out: Element[] = [];
  const stack: AnyNode[] = 'children' in root ? [...root.children].reverse() : [];
  for (let node = stack.pop(); node !== undefined; node = stack.pop()) {
    if (!isElement(node)) continue;
    out.push(node);
    for (const child of node.children.toReversed()) stack.push(child);
  }
  return out;
}

/** The nearest block-level ancestor of `node`, or null at the top of the fragment. */
export function blockAncestor(node: AnyNode): Element | null {
  for (let p = node.parent; p; p = p.parent) {
    if (isElement(p) && BLOCK_TAGS.has(tagName(p))) return p;
  }
  return null;
}
