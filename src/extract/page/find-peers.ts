/**
 * Stage: a container that is one of a series. Forum threads, Q&A pages and company pages repeat
 * one box for each post, answer or section (`<article class="message-body">`, `<div
 * class="post-body">`, `<div class="text">`); the scoring picks the longest one alone. Its peers
 * are the elements of the same tag and class list elsewhere on the page that are not mostly links
 * (a series of teasers is), nor set apart by a thematic break (`<hr>`), nor inside a box named as
 * boilerplate that the container is not in (the sidebar's own "text" boxes). When two or more of them hold prose, the text is the whole
 * series: their closest common ancestor, with everything in it but the peers left out (the
 * posters' names, dates and buttons between the posts).
 */
import type { AnyNode, Element } from 'domhandler';
import { descendants, isElement, tagName } from '../../clean/html-dom.ts';
import { classAndId, contains } from './dom-walk.ts';
import { commonAncestor } from './find-container.ts';
import { opensWithRule, type Widened } from './join-siblings.ts';
import {
  MAX_CONTAINER_LINK_DENSITY,
  MIN_PARAGRAPH_CHARS,
  MIN_PEERS_WITH_PROSE,
  NEGATIVE_CLASS,
} from './page-thresholds.ts';
import { linkDensity, type NodeStats } from './score-nodes.ts';

/** Tags of boxes that hold a page's furniture, whatever their class. */
const FURNITURE_TAGS = new Set(['aside', 'nav', 'footer']);

/** An element's tag and class list (in any order): what peers share; null without a class. */
function signature(el: Element): string | null {
  const classes = (el.attribs['class'] ?? '').trim().split(/\s+/).filter(Boolean);
  return classes.length === 0 ? null : `${tagName(el)} ${classes.sort().join(' ')}`;
}

/** True when a box between `peer` and the closest ancestor it shares with `root` is furniture
 * (an `<aside>`, a "sidebar"): a peer there belongs to the page, not to the series. */
function inFurniture(peer: Element, root: Element): boolean {
  for (let node: AnyNode | null = peer; node && isElement(node); node = node.parent) {
    if (contains(node, root)) return false;
    if (FURNITURE_TAGS.has(tagName(node)) || NEGATIVE_CLASS.test(classAndId(node))) return true;
  }
  return false;
}

/** True when an ancestor of `el` is in `set`. */
function insideAny(el: Element, set: ReadonlySet<Element>): boolean {
  for (let node = el.parent; node && isElement(node); node = node.parent)
    if (set.has(node)) return true;
  return false;
}

/** The peers of `root` on its page, itself included, in document order; outermost only. */
function peersOf(root: Element, stats: ReadonlyMap<Element, NodeStats>): Element[] {
  const sig = signature(root);
  if (sig === null) return [root];
  let top: AnyNode = root;
  while (top.parent) top = top.parent;
  const same = new Set(descendants(top as Element).filter((el) => signature(el) === sig));
  return [...same].filter(
    (el) =>
      el === root ||
      (!insideAny(el, same) &&
        linkDensity(stats.get(el)) <= MAX_CONTAINER_LINK_DENSITY &&
        !opensWithRule(el) &&
        !inFurniture(el, root)),
  );
}

/** Everything under `ancestor` that neither is a peer, nor lies inside one, nor holds one, in
 * document order. */
function besidePeers(ancestor: Element, peers: readonly Element[]): Element[] {
  const kept = new Set<AnyNode>(peers);
  const holders = new Set<AnyNode>();
  for (const peer of peers) {
    for (
      let node = peer.parent;
      node && node !== ancestor && !holders.has(node);
      node = node.parent
    )
      holders.add(node);
  }
  const left: Element[] = [];
  const stack: Element[] = ancestor.children.filter(isElement).reverse();
  for (let node = stack.pop(); node; node = stack.pop()) {
    if (kept.has(node)) continue;
    if (holders.has(node)) stack.push(...node.children.filter(isElement).reverse());
    else left.push(node);
  }
  return left;
}

/** The series `root` belongs to, as a container (the peers' closest common ancestor, below
 * `<body>`) and what in it is left out; null when `root` stands alone (fewer than
 * {@link MIN_PEERS_WITH_PROSE} of its peers hold a paragraph of prose). */
export function peerSeries(root: Element, stats: ReadonlyMap<Element, NodeStats>): Widened | null {
  const peers = peersOf(root, stats);
  const withProse = peers.filter(
    (el) => (stats.get(el)?.paragraphChars ?? 0) >= MIN_PARAGRAPH_CHARS,
  );
  if (withProse.length < MIN_PEERS_WITH_PROSE) return null;
  const ancestor = commonAncestor(peers);
  if (!ancestor || ['body', 'html'].includes(tagName(ancestor))) return null;
  return { root: ancestor, left: besidePeers(ancestor, peers) };
}
