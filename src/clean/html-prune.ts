/**
 * The verdict on one element: keep it, remove it under a named rule, or treat it specially (an
 * embedded social post, a "Read more" break, a syndication notice). Reads only the table in
 * `html-rules.ts`; never mutates the DOM, so a page extractor can judge elements of a page it
 * still needs whole.
 */
import type { Element } from 'domhandler';
import {
  CLASS_RULE_VETO,
  CLASS_RULES,
  EMBED_CLASSES,
  HIDDEN_CLASS,
  HIDDEN_STYLE,
  PHRASING_TAGS,
  READ_MORE_TEXT,
  SYNDICATION_CONTAINER,
  SYNDICATION_MENTION,
  TAG_RULES,
} from './html-rules.ts';
import {
  blockAncestor,
  classTokens,
  descendants,
  nameTokens,
  tagName,
  textOf,
  wordsIn,
} from './html-dom.ts';
import type { RuleId } from './rules.ts';

/** What to do with an element. */
export type Verdict =
  | { readonly kind: 'keep' }
  | { readonly kind: 'remove'; readonly rule: RuleId }
  | { readonly kind: 'embed'; readonly platform: string }
  | { readonly kind: 'read-more' }
  | { readonly kind: 'syndication' };

/** What the judge needs to know about the element's surroundings. */
export interface JudgeContext {
  /** Words in the whole fragment (or container) being cleaned. */
  readonly totalWords: number;
  /** True for the container handed to the cleaner: class-name rules never remove it. */
  readonly isRoot: boolean;
}

const KEEP: Verdict = { kind: 'keep' };

/** The platform of an embedded social post, or null when `el` is none. */
export function embedPlatform(el: Element): string | null {
  const tokens = classTokens(el);
  return EMBED_CLASSES.find((e) => tokens.some((t) => e.pattern.test(t)))?.platform ?? null;
}

function isHidden(el: Element): boolean {
  const a = el.attribs;
  return (
    a['hidden'] !== undefined ||
    a['aria-hidden']?.trim().toLowerCase() === 'true' ||
    HIDDEN_STYLE.test(a['style'] ?? '') ||
    classTokens(el).some((t) => HIDDEN_CLASS.test(t))
  );
}

function isButtonLike(el: Element): boolean {
  const tag = tagName(el);
  if (tag === 'button' || el.attribs['role']?.trim().toLowerCase() === 'button') return true;
  if (tag !== 'a') return false;
  // A link that goes nowhere (or runs code) is a button dressed as a link.
  const href = (el.attribs['href'] ?? '').trim();
  return href === '' || href.startsWith('#') || /^javascript:/i.test(href);
}

/** True for a button or go-nowhere link reading "Read more", "Continue reading" and the like. */
export function isReadMoreButton(el: Element): boolean {
  return isButtonLike(el) && READ_MORE_TEXT.test(textOf(el));
}

/** Text length of each block asked about, so a block holding thousands of matching inline
 * elements is measured once, not once per element. */
const blockTextLength = new WeakMap<Element, number>();

/** True when `el` is an inline element inside a sentence (its block holds other text too). */
export function insideProse(el: Element): boolean {
  if (!PHRASING_TAGS.has(tagName(el))) return false;
  const block = blockAncestor(el);
  if (block === null) return false;
  let length = blockTextLength.get(block);
  if (length === undefined) {
    length = textOf(block).length;
    blockTextLength.set(block, length);
  }
  return length > textOf(el).length;
}

/** True when a class-matched element is too big a part of the text to be furniture, or holds an
 * embedded post (a "social-embed" wrapper). */
function vetoed(el: Element, totalWords: number): boolean {
  if (descendants(el).some((d) => embedPlatform(d) !== null)) return true;
  const words = wordsIn(textOf(el));
  return words >= CLASS_RULE_VETO.minWords && words >= totalWords * CLASS_RULE_VETO.minShare;
}

function classRule(el: Element): RuleId | null {
  const tokens = nameTokens(el);
  return CLASS_RULES.find((r) => tokens.some((t) => r.pattern.test(t)))?.rule ?? null;
}

/** The verdict on `el`, from its tag, attributes and class names (children are not judged). */
export function judgeElement(el: Element, ctx: JudgeContext): Verdict {
  const platform = embedPlatform(el);
  if (platform !== null) return { kind: 'embed', platform };
  if (isReadMoreButton(el)) return { kind: 'read-more' };
  const tagRule = TAG_RULES[tagName(el)];
  if (tagRule) return { kind: 'remove', rule: tagRule };
  if (isHidden(el)) return { kind: 'remove', rule: 'hidden-element' };
  if (isButtonLike(el) && tagName(el) !== 'a') return { kind: 'remove', rule: 'button' };
  if (ctx.isRoot) return KEEP;
  const syndication = nameTokens(el).some((t) => SYNDICATION_CONTAINER.test(t));
  const rule = syndication ? null : classRule(el);
  if ((!syndication && rule === null) || insideProse(el)) return KEEP;
  if (syndication) return SYNDICATION_MENTION.test(textOf(el)) ? { kind: 'syndication' } : KEEP;
  return rule === null || vetoed(el, ctx.totalWords) ? KEEP : { kind: 'remove', rule };
}

/** Names of the inline event-handler attributes (`onclick`, `onload`…) on `el`. */
export function eventHandlers(el: Element): string[] {
  return Object.keys(el.attribs).filter((name) => /^on/i.test(name));
}
