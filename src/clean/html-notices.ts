/**
 * Rules on whole paragraphs of an HTML body, after the element rules: JavaScript left as text,
 * boilerplate lines (the shared text table), the link lists a related-articles heading introduces,
 * syndication notices with the original publisher's name, and the editor's summary above a "Read
 * more" break.
 */
import {
  type Block,
  blocksToText,
  blockText,
  countWords,
  type Inline,
  inlineText,
} from './blocks.ts';
import type { Item } from './html-block-builder.ts';
import { dropIntroducedLinks } from './html-link-lists.ts';
import { HTML_SPACE } from './html-dom.ts';
import {
  NOTICE_EDGE_BLOCKS,
  PROMO_LINKS,
  PROMO_MAX_WORDS,
  READ_MORE_MIN_WORDS_AFTER,
  SCRIPT_RESIDUE,
  SYNDICATION_CREDIT,
  SYNDICATION_MENTION,
  SYNDICATION_OPENING,
} from './html-rules.ts';
import type { RuleId } from './rules.ts';
import { classifyBoilerplateLine, syndicationCredit } from './text-rules.ts';

/** True when `text` is JavaScript rather than prose (see {@link SCRIPT_RESIDUE}), or only the
 * closing braces of a script ("});"), which no prose consists of. */
export function isScriptResidue(text: string): boolean {
  if (/[{}]/.test(text) && !/[\p{L}\p{N}]/u.test(text)) return true;
  const tokens = text.match(SCRIPT_RESIDUE.tokens)?.length ?? 0;
  const words = text.split(/\s+/).filter((w) => w !== '').length;
  return tokens >= SCRIPT_RESIDUE.minTokens && tokens >= words * SCRIPT_RESIDUE.minPerWord;
}

/** The original publisher a syndication notice names ("All content created by the Daily Caller
 * News Foundation, …" -> "Daily Caller News Foundation"); null when it names none. */
export function syndicationName(text: string): string | null {
  for (const pattern of SYNDICATION_CREDIT) {
    const name = pattern.exec(text)?.[1]?.replace(/\.+$/, '');
    if (name) return name;
  }
  return syndicationCredit(text);
}

/** The rule of a short call to action that ends with a link to the site's advertising or sign-up
 * page ("… Advertise Today."). */
function promoRule(inlines: readonly Inline[]): RuleId | null {
  const text = inlineText(inlines).trim();
  if (countWords(text) > PROMO_MAX_WORDS) return null;
  const lastLink = inlines.findLastIndex((i) => i.kind === 'link');
  const link = inlines[lastLink];
  if (link?.kind !== 'link' || countWords(inlineText(inlines.slice(lastLink + 1))) > 0) return null;
  return PROMO_LINKS.find((p) => p.opening.test(text) && p.href.test(link.href))?.rule ?? null;
}

/** The rule that removes a whole paragraph or heading, or null for prose. A quote of one short
 * paragraph is read as a paragraph too: sites set promos in `<blockquote>` ("PUEDES VER: …"). */
function paragraphRule(block: Block): RuleId | null {
  if (block.kind === 'quote' && block.paragraphs.length === 1) {
    return classifyBoilerplateLine(blockText(block));
  }
  if (block.kind !== 'paragraph' && block.kind !== 'heading') return null;
  const text = blockText(block);
  if (block.kind === 'paragraph' && isScriptResidue(text)) return 'script';
  return classifyBoilerplateLine(text) ?? promoRule(block.inlines);
}

function removal(rule: RuleId, text: string): Item {
  return {
    kind: 'removal',
    removal: { rule, text: rule === 'script' ? '' : text.replace(HTML_SPACE, ' ').trim() },
  };
}

/** The result of the paragraph rules. */
export interface Noticed {
  readonly items: readonly Item[];
  readonly summary: string | null;
  readonly credit: string | null;
}

/** Splits off the editor's summary above the first "Read more" break, when there is text above it
 * and more article below it (see {@link READ_MORE_MIN_WORDS_AFTER}). */
function splitSummary(items: readonly Item[]): { items: Item[]; summary: string | null } {
  const at = items.findIndex((i) => i.kind === 'break');
  const blocksOf = (part: readonly Item[]): Block[] =>
    part.flatMap((i) => (i.kind === 'block' ? [i.block] : []));
  const before = blocksOf(items.slice(0, at));
  const summary = blocksToText(before);
  const after = countWords(blocksToText(blocksOf(items.slice(at + 1))));
  const kept = items.filter((i) => i.kind !== 'break');
  const above = countWords(summary);
  if (at < 0 || above === 0 || after < Math.max(READ_MORE_MIN_WORDS_AFTER, above))
    return { items: kept, summary: null };
  const head = items.slice(0, at).filter((i) => i.kind === 'removal');
  const tail = items.slice(at + 1).filter((i) => i.kind !== 'break');
  return { items: [...head, removal('summary-break', summary), ...tail], summary };
}

/** Applies the paragraph rules to the walked items; `credit` is a credit already found. */
export function applyParagraphRules(walked: readonly Item[], credit: string | null): Noticed {
  let found = credit;
  const headings = new Set<number>();
  const ruled = walked.map((item, n): Item => {
    if (item.kind !== 'block') return item;
    const rule = paragraphRule(item.block);
    if (rule === null) return item;
    const text = blockText(item.block);
    if (rule === 'syndication-notice') found ??= syndicationName(text);
    if (rule === 'related-links') headings.add(n);
    return removal(rule, text);
  });
  const { items, summary } = splitSummary(dropIntroducedLinks(ruled, headings));
  const bodyAt = items.flatMap((item, n) =>
    item.kind === 'block' && item.block.kind === 'paragraph' ? [n] : [],
  );
  const edges = new Set([
    ...bodyAt.slice(0, NOTICE_EDGE_BLOCKS),
    ...bodyAt.slice(-NOTICE_EDGE_BLOCKS),
  ]);
  const final = items.map((item, n): Item => {
    if (!edges.has(n) || item.kind !== 'block') return item;
    const text = blockText(item.block);
    const notice = SYNDICATION_OPENING.test(text.trim()) && SYNDICATION_MENTION.test(text);
    const name = notice ? syndicationName(text) : null;
    if (name === null) return item;
    found ??= name;
    return removal('syndication-notice', text);
  });
  return { items: final, summary, credit: found };
}
