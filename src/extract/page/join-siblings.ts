/**
 * Stage: the chosen container widened over the sibling boxes that continue its text. Pages often
 * split one text into several boxes (a CMS's "text" modules between pictures, the sections of a
 * company page, the halves of a story around an ad), and any one of them wins the scoring alone.
 * A sibling joins when it is itself prose of weight (paragraphs, few links, a good share of the
 * container's score, no boilerplate class word) or a long paragraph of its own; the container then becomes their parent, and the
 * siblings that did not join are left out of the text. A box that opens with a thematic break
 * (`<hr>`) is set apart by the page itself (a press release's "About the company" footer).
 */
import type { AnyNode, Element } from 'domhandler';
import { isElement, tagName } from '../../clean/html-dom.ts';
import { classAndId, contains } from './dom-walk.ts';
import {
  MIN_PARAGRAPH_CHARS,
  NEGATIVE_CLASS,
  SIBLING_LEVELS,
  SIBLING_MAX_LINK_DENSITY,
  SIBLING_MIN_SCORE,
  SIBLING_PARAGRAPH_CHARS,
  SIBLING_SCORE_SHARE,
} from './page-thresholds.ts';
import { linkDensity, type NodeStats } from './score-nodes.ts';

/** The widened container and the siblings on the way that stay out of the text. */
export interface Widened {
  readonly root: Element;
  readonly left: readonly Element[];
}

/** True for a node that shows something: an element, or text that is not blank. */
const shows = (node: AnyNode): boolean =>
  isElement(node) || (node.type === 'text' && node.data.trim() !== '');

/** True when the first thing `el` shows, however deep, is a horizontal rule. */
export function opensWithRule(el: Element): boolean {
  for (let node: AnyNode | undefined = el.children.find(shows); node;) {
    if (!isElement(node)) return false;
    if (tagName(node) === 'hr') return true;
    node = node.children.find(shows);
  }
  return false;
}

/** True when `sibling` continues the text of a container scoring `base`. */
function continuesText(sibling: Element, base: number, stats: ReadonlyMap<Element, NodeStats>) {
  const s = stats.get(sibling);
  if (!s || s.paragraphChars < MIN_PARAGRAPH_CHARS) return false;
  if (linkDensity(s) > SIBLING_MAX_LINK_DENSITY || NEGATIVE_CLASS.test(classAndId(sibling)))
    return false;
  // A paragraph's points go to its parent, so it has no score of its own: its length speaks.
  if (tagName(sibling) === 'p') return s.paragraphChars >= SIBLING_PARAGRAPH_CHARS;
  if (s.score < Math.max(SIBLING_MIN_SCORE, base * SIBLING_SCORE_SHARE)) return false;
  return !opensWithRule(sibling);
}

/** `root` widened over the sibling boxes that continue its text, up to {@link SIBLING_LEVELS}
 * levels (wrappers holding nothing else are passed through uncounted); never up to `<body>`, and
 * never so far that `lead` (the lead taken before the container) would be left out. Returns
 * `root` itself, with nothing left out, when no sibling joins. */
export function widenContainer(
  root: Element,
  stats: ReadonlyMap<Element, NodeStats>,
  lead: Element | null = null,
): Widened {
  let widened: Widened = { root, left: [] };
  let node = root;
  for (let level = 0; level < SIBLING_LEVELS;) {
    const parent = node.parent;
    if (!parent || !isElement(parent) || ['body', 'html'].includes(tagName(parent))) break;
    const siblings = parent.children.filter(isElement).filter((s) => s !== node);
    const base = stats.get(node)?.score ?? 0;
    node = parent;
    if (siblings.every((s) => (stats.get(s)?.chars ?? 0) === 0)) continue;
    const left = siblings.filter((s) => !continuesText(s, base, stats));
    if (left.length === siblings.length) break;
    if (lead && left.some((s) => contains(s, lead))) break;
    widened = { root: parent, left: [...widened.left, ...left] };
    level += 1;
  }
  return widened;
}
