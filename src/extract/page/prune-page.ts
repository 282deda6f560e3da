/**
 * Stage: boilerplate removal with the shared table (`src/clean/html-rules.ts`). First the whole
 * page loses what is never text a reader sees (scripts, frames, hidden parts, menus by ARIA role);
 * then, inside the chosen container, the page-level furniture (landmarks, captions, bylines, related
 * lists, promos) and blocks made mostly of links are marked. The shared HTML cleaner then applies
 * the rest of the table (share bars, ads, forms, sign-ups) while converting to blocks.
 */
import type { CheerioAPI } from 'cheerio/slim';
import type { AnyNode, Element } from 'domhandler';
import {
  classTokens,
  descendants,
  isElement,
  nameTokens,
  tagName,
  textOf,
} from '../../clean/html-dom.ts';
import {
  CLASS_RULES,
  HIDDEN_CLASS,
  HIDDEN_STYLE,
  PAGE_CLASS_RULES,
  PAGE_ROLE_RULES,
  PAGE_TAG_RULES,
  TAG_RULES,
  TEXTLESS_RULES,
} from '../../clean/html-rules.ts';
import { insideProse } from '../../clean/html-prune.ts';
import type { RuleId } from '../../clean/rules.ts';
import type { Removal } from '../../schema/article.ts';
import { isLead } from './find-lead.ts';
import { LINK_LIST_DENSITY, LINK_LIST_MAX_CHARS, PRUNE_GUARD_SHARE } from './page-thresholds.ts';
import { linkDensity, type NodeStats } from './score-nodes.ts';

/** Tags of the table that stay in the page until a container is chosen: a whole page may sit in
 * one `<form>` (ASP.NET), and the shared cleaner removes forms inside the container anyway. */
const KEPT_UNTIL_CONTAINER = new Set(['form', 'fieldset', 'label']);

/** Block elements that can be a list of links; inline links inside prose are never pruned. */
const LINK_LIST_TAGS = new Set(['div', 'section', 'ul', 'ol', 'li', 'p', 'table', 'dl']);

function record(removed: Removal[], rule: RuleId, el: Element): void {
  const text = TEXTLESS_RULES.has(rule) ? '' : textOf(el);
  if (text !== '' || TEXTLESS_RULES.has(rule)) removed.push({ rule, text });
}

/** The page-wide rule for `el`: a tag of the table, a hidden element, or a chrome landmark. */
function pageRule(el: Element): RuleId | null {
  const tag = tagName(el);
  const byTag = KEPT_UNTIL_CONTAINER.has(tag) ? undefined : TAG_RULES[tag];
  if (byTag) return byTag;
  const a = el.attribs;
  if (a['hidden'] !== undefined || a['aria-hidden']?.trim().toLowerCase() === 'true')
    return 'hidden-element';
  if (HIDDEN_STYLE.test(a['style'] ?? '') || classTokens(el).some((t) => HIDDEN_CLASS.test(t))) {
    return 'hidden-element';
  }
  return PAGE_ROLE_RULES[a['role']?.trim().toLowerCase() ?? ''] ?? null;
}

/** Removes from the whole page what is never article text; returns what it removed. */
export function stripPage($: CheerioAPI): Removal[] {
  const removed: Removal[] = [];
  const root = $.root()[0];
  if (!root) return removed;
  for (const el of descendants(root)) {
    const rule = pageRule(el);
    if (rule === null || !el.parent || tagName(el) === 'html' || tagName(el) === 'body') continue;
    if (!isAttached(el)) continue;
    record(removed, rule, el);
    $(el).remove();
  }
  return removed;
}

function isAttached(el: Element): boolean {
  let node: AnyNode = el;
  while (node.parent) node = node.parent;
  return node.type === 'root';
}

/** The page-level rule that marks `el` as furniture inside a container, if any. */
function containerRule(el: Element, stats: NodeStats | undefined): RuleId | null {
  const byTag = PAGE_TAG_RULES[tagName(el)];
  if (byTag) return byTag;
  const tokens = nameTokens(el);
  const byClass = PAGE_CLASS_RULES.find((r) => tokens.some((t) => r.pattern.test(t)))?.rule;
  // A word-sized element inside a sentence ("said <span class="author">Ana</span>") is the
  // sentence's: taking it out would change the text.
  if (byClass) return insideProse(el) ? null : byClass;
  // The shared cleaner names what its own class rules match (a share bar is not a link list).
  if (CLASS_RULES.some((r) => tokens.some((t) => r.pattern.test(t)))) return null;
  if (stats && LINK_LIST_TAGS.has(tagName(el)) && linkDensity(stats) > LINK_LIST_DENSITY) {
    if (stats.chars - stats.linkChars < LINK_LIST_MAX_CHARS) return 'related-links';
  }
  return null;
}

/** The parts of an article's `<header>` to leave out: everything but its lead, which stays with
 * the text ("<header><h1>…</h1><p class="lead">…</p><div class="byline">…</div></header>" keeps
 * the lead only). Empty when the header holds no lead, so it goes whole. */
function headerChrome(header: Element, stats: ReadonlyMap<Element, NodeStats>): Element[] {
  const leads = new Set(descendants(header).filter((d) => isLead(d, stats)));
  if (leads.size === 0) return [];
  // Every element on the way from a lead up to the header; each is walked once.
  const holders = new Set<AnyNode>();
  for (const lead of leads) {
    for (let node = lead.parent; node && node !== header && !holders.has(node); node = node.parent)
      holders.add(node);
  }
  const out: Element[] = [];
  const stack: AnyNode[] = [...header.children].reverse();
  for (let node = stack.pop(); node !== undefined; node = stack.pop()) {
    if (!isElement(node) || leads.has(node)) continue;
    if (holders.has(node)) stack.push(...[...node.children].reverse());
    else out.push(node);
  }
  return out;
}

/** What pruning a container decided: the elements to leave out and why. */
export interface Pruned {
  readonly removed: readonly Removal[];
  readonly dropped: ReadonlySet<AnyNode>;
}

/** Marks page furniture inside `container` (the page itself is left untouched, so another
 * container can still be tried), sparing any element that holds much of its prose. */
export function pruneContainer(container: Element, stats: ReadonlyMap<Element, NodeStats>): Pruned {
  const removed: Removal[] = [];
  const dropped = new Set<AnyNode>();
  const guard = (stats.get(container)?.paragraphChars ?? 0) * PRUNE_GUARD_SHARE;
  const stack: AnyNode[] = [...container.children].reverse();
  for (let node = stack.pop(); node !== undefined; node = stack.pop()) {
    if (!isElement(node)) continue;
    const elStats = stats.get(node);
    const rule = containerRule(node, elStats);
    const chrome = tagName(node) === 'header' ? headerChrome(node, stats) : [];
    if (rule !== null && chrome.length > 0) {
      for (const part of chrome) {
        record(removed, rule, part);
        dropped.add(part);
      }
      continue;
    }
    if (rule !== null && !(guard > 0 && (elStats?.paragraphChars ?? 0) >= guard)) {
      record(removed, rule, node);
      dropped.add(node);
      continue;
    }
    stack.push(...[...node.children].reverse());
  }
  return { removed, dropped };
}
