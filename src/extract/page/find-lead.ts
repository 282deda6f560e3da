/**
 * Stage: the article's lead (standfirst), the paragraph under the headline that opens the text.
 * Pages often set it apart from the body, in the article's `<header>` or in a box just before the
 * body's container; it belongs to the main text all the same. A lead is known by its class words
 * (`LEAD_CLASS`: "article-lead", "intro-text", "standfirst", "texto-bajada"…) and by being prose:
 * a paragraph's worth of text, mostly not links, so a "teaser" list of headlines is never one.
 */
import type { AnyNode, Element } from 'domhandler';
import { descendants, isElement, nameTokens, tagName } from '../../clean/html-dom.ts';
import { PAGE_CLASS_RULES } from '../../clean/html-rules.ts';
import { classAndId, contains } from './dom-walk.ts';
import {
  LEAD_CLASS,
  LEAD_HEADING_MIN_CHARS,
  LEAD_SEARCH_LEVELS,
  LEAD_SEARCH_SIBLINGS,
  LINK_LIST_DENSITY,
  MIN_PARAGRAPH_CHARS,
} from './page-thresholds.ts';
import { linkDensity, type NodeStats } from './score-nodes.ts';

/** Class words of a caption or credit: a "summary" that carries one is a picture's, not the
 * article's ("<p class="summary">… <span class="credit">By …</span></p>"). */
const CAPTION = PAGE_CLASS_RULES.find((r) => r.rule === 'photo-caption')?.pattern ?? /$^/;

/** A caption or a credit: never a lead, nor part of one. */
function isCaption(el: Element): boolean {
  return tagName(el) === 'figcaption' || nameTokens(el).some((t) => CAPTION.test(t));
}

/** What a lead never is nor holds: a caption, the headline (`<h1>`), or a title-long heading (a
 * box classed "intro" that holds the headline, kicker and author is the page's title block; a
 * subtitle classed "dek" under the headline is the page's, as the headline is). A lead-classed
 * heading of a sentence's length ({@link LEAD_HEADING_MIN_CHARS}) is a standfirst set in a heading
 * tag, and opens the text. */
function isNotLeadPart(el: Element, stats: ReadonlyMap<Element, NodeStats>): boolean {
  const tag = tagName(el);
  if (isCaption(el) || tag === 'h1') return true;
  return /^h[2-6]$/.test(tag) && (stats.get(el)?.chars ?? 0) < LEAD_HEADING_MIN_CHARS;
}

/** True for a lead: a lead-classed element holding a paragraph's worth of text, not mostly
 * links, and neither a caption nor holding one or a title-long heading. */
export function isLead(el: Element, stats: ReadonlyMap<Element, NodeStats>): boolean {
  const s = stats.get(el);
  if (!s || s.chars - s.linkChars < MIN_PARAGRAPH_CHARS || linkDensity(s) > LINK_LIST_DENSITY)
    return false;
  if (!LEAD_CLASS.test(classAndId(el))) return false;
  const notLead = (d: Element): boolean => isNotLeadPart(d, stats);
  return !notLead(el) && !descendants(el).some(notLead);
}

/** The last lead in `el` (itself included) that is not inside another lead (a lead inside a lead
 * is part of it). Elements come in document order, so an outer lead's own elements follow it. */
function lastLead(el: Element, stats: ReadonlyMap<Element, NodeStats>): Element | null {
  let last: Element | null = null;
  for (const d of [el, ...descendants(el)]) {
    if (last !== null && contains(last, d)) continue;
    if (isLead(d, stats)) last = d;
  }
  return last;
}

/** The lead standing just before `container` outside it, or null: the nearest preceding
 * siblings of the container and of its closest ancestors are searched, nearest first
 * (`<div class="intro"><p>…</p></div><div class="article-body">…</div>`). Within
 * {@link LEAD_SEARCH_LEVELS} levels and {@link LEAD_SEARCH_SIBLINGS} siblings a level, so a teaser
 * elsewhere on the page is never taken. */
export function leadBefore(
  container: Element,
  stats: ReadonlyMap<Element, NodeStats>,
): Element | null {
  let node: Element = container;
  for (let level = 0; level < LEAD_SEARCH_LEVELS;) {
    const parent: AnyNode | null = node.parent;
    if (!parent || !isElement(parent) || parent.name === 'body') return null;
    const siblings = parent.children.filter(isElement);
    const at = siblings.indexOf(node);
    // A wrapper around the container alone is no step away from it.
    if (siblings.length > 1) level += 1;
    for (const sibling of siblings.slice(Math.max(0, at - LEAD_SEARCH_SIBLINGS), at).reverse()) {
      const lead = lastLead(sibling, stats);
      if (lead) return lead;
    }
    node = parent;
  }
  return null;
}
