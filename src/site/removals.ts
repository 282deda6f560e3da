/**
 * What the cleaner removed, as the article page explains it: removals grouped by the rule that
 * made them, each rule with the reason a reader sees, long removed texts shortened (the complete
 * texts are in `api/articles.json` and in the raw file).
 */
import { RULES, type RuleId } from '../clean/rules.ts';
import type { Removal } from '../schema/article.ts';

/** Longest removed text shown in full on a page, in characters. */
export const SHOWN_CHARS = 160;

/** One rule's removals, ready to list. */
export interface RemovalGroup {
  readonly rule: RuleId;
  /** The rule's reason, from the registry. */
  readonly reason: string;
  /** The removed texts, in document order; parts that had no text are only counted. */
  readonly items: readonly RemovedText[];
  /** How many removed parts had no text (a script, a markup comment). */
  readonly empty: number;
}

/** A removed text as shown: `text` is at most {@link SHOWN_CHARS} characters plus an ellipsis;
 * `hidden` counts the characters left out (0 when shown whole). */
export interface RemovedText {
  readonly text: string;
  readonly hidden: number;
}

/** `text` cut at a word boundary so at most `max` characters are shown. */
export function shorten(text: string, max = SHOWN_CHARS): RemovedText {
  const chars = Array.from(text);
  if (chars.length <= max) return { text, hidden: 0 };
  const head = chars.slice(0, max).join('');
  const cut = head.replace(/\s+\S*$/, '');
  const shown = cut.length >= max / 2 ? cut : head;
  return { text: `${shown}…`, hidden: chars.length - Array.from(shown).length };
}

/** Removals grouped by rule, groups in the order each rule first removed something. */
export function groupRemovals(removed: readonly Removal[]): RemovalGroup[] {
  const groups = new Map<RuleId, Removal[]>();
  for (const removal of removed) {
    groups.set(removal.rule, [...(groups.get(removal.rule) ?? []), removal]);
  }
  return [...groups].map(([rule, list]) => ({
    rule,
    reason: RULES[rule],
    items: list.filter((r) => r.text !== '').map((r) => shorten(r.text)),
    empty: list.filter((r) => r.text === '').length,
  }));
}

/** True when some removed text is shown shortened. */
export function anyShortened(groups: readonly RemovalGroup[]): boolean {
  return groups.some((group) => group.items.some((item) => item.hidden > 0));
}
