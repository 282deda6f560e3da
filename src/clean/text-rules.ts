/**
 * The table of text boilerplate patterns: lines or paragraphs that are site furniture (copyright
 * notices, sign-up and poll prompts, promos, homepage footers, buttons) rather than the article.
 * Shared by the plain-text cleaner and the HTML cleaners, which pass paragraph texts. Every pattern
 * matches a WHOLE line (anchored) and only lines up to {@link MAX_BOILERPLATE_LINE} characters, so a
 * sentence of prose that merely mentions "copyright law" or "read more about" is never matched.
 */
import type { LinePattern } from './phrase-table.ts';
import type { RuleId } from './rules.ts';
import { APPEAL_PATTERNS } from './text-rules-appeals.ts';
import { CREDIT_PATTERNS_I18N } from './text-rules-credits.ts';
import { DATE_PATTERNS } from './text-rules-dates.ts';
import { PROMPT_PATTERNS } from './text-rules-prompts.ts';
import { RELATED_PATTERNS } from './text-rules-related.ts';
import { SITE_PATTERNS } from './text-rules-site.ts';

/** Longest line, in characters, that can be boilerplate; site furniture is short, prose is not. */
export const MAX_BOILERPLATE_LINE = 400;

/** A copyright year or range: "2025", "2010-2025", "2010 – 2025". */
const YEAR = String.raw`(?:1[89]|2\d)\d{2}(?:\s*[-–]\s*(?:1[89]|2\d)\d{2})?`;

/** Checked in order; the first match names the rule. Comments give an example of each. */
const BOILERPLATE_PATTERNS: readonly LinePattern[] = [
  // "© 2025 Latin Times. All rights reserved." / "(c) 2025 X" / "Copyright © X" / "Copyright 2025 X"
  {
    rule: 'copyright-line',
    pattern: new RegExp(
      String.raw`^(?:copyright\s*)?(?:©|&copy;|\(c\)\s*(?=${YEAR}))|^copyright\s+${YEAR}\b(?:\s+\S+){0,10}\s*$`,
      'iu',
    ),
  },
  // "… All rights reserved." ending a short notice (not the phrase quoted inside prose).
  { rule: 'copyright-line', pattern: /^.{0,200}\ball rights reserved\b[\s.!]*$/iu },
  // Reproduction notices: "Do not reproduce without permission." / "This material may not be
  // published, broadcast, rewritten or redistributed." / "No part of this article may be reproduced"
  {
    rule: 'copyright-line',
    pattern:
      /^(?:do not (?:reproduce|republish|copy|redistribute)\b|(?:this|the) (?:material|article|content|story) may not be (?:re)?(?:published|reproduced|distributed)\b|no part of this .{1,40}? may be (?:reproduced|republished)\b)/iu,
  },
  // Syndication notices: "This article originally appeared on X." (the credit is read off by
  // syndicationCredit below).
  {
    rule: 'syndication-notice',
    pattern:
      /^[([]?(?:this (?:article|story|piece|post|report|column) (?:was )?(?:originally|first) (?:appeared|published|ran)|this (?:article|story|piece) (?:is|was) republished (?:from|with)|(?:originally|first) (?:appeared|published) (?:on|in|at|by)|(?:republished|reprinted|syndicated) with (?:the )?permission (?:of|from)|(?:republished|reprinted) from|content created by .{1,80}? is available without charge)\b/iu,
  },
  // Form residue: '"*" indicates required fields', "This field is for validation purposes and
  // should be left unchanged.", a poll question with its required marker "Should X be Y?*", and a
  // required field label "Email*".
  { rule: 'form', pattern: /^["“”']?\*["“”']?\s*indicates required fields?\b[\s.]*$/iu },
  { rule: 'form', pattern: /^this field is for validation purposes\b/iu },
  { rule: 'form', pattern: /^[^\n]{2,200}\?\s*\*$/u },
  { rule: 'form', pattern: /^\p{L}[\p{L} '’-]{0,38}\s?\*$/u },
  // Sign-up prompts: "This poll subscribes you to …", "Sign up for our newsletter", "By signing up,
  // you agree to …", "Unsubscribe at any time.", "Enter your email".
  {
    rule: 'signup-prompt',
    pattern: /^this (?:poll|survey|form|quiz|entry) (?:subscribes|signs|enrolls|opts) you\b/iu,
  },
  {
    rule: 'signup-prompt',
    pattern:
      /^(?:sign up|subscribe|register|join)\b.{0,120}\b(?:newsletters?|mailing list|updates|alerts|inbox)\b.{0,80}$/iu,
  },
  {
    rule: 'signup-prompt',
    pattern:
      /^(?:get|receive) (?:the latest|our|daily|breaking|free)\b.{0,100}\b(?:inbox|newsletters?)\b.{0,40}$/iu,
  },
  {
    rule: 'signup-prompt',
    pattern:
      /^by (?:submitting|signing up|subscribing|clicking|entering)\b.{0,200}\byou (?:agree|consent|acknowledge)\b/iu,
  },
  { rule: 'signup-prompt', pattern: /^unsubscribe at any time[\s.!]*$/iu },
  { rule: 'signup-prompt', pattern: /^enter your e-?mail(?: address)?\b.{0,60}$/iu },
  // Advertising: "Advertise with PatriotFetch" / "Advertise with us", "ADVERTISEMENT".
  { rule: 'ad-slot', pattern: /^advertise (?:with|on) [^.!?]{1,60}[.!]?$/iu },
  {
    rule: 'ad-slot',
    pattern:
      /^(?:advertisement|sponsored(?: content)?|story continues below(?: advertisement)?)$/iu,
  },
  // Promotions of other articles: "Read More: X", "[Read More: X]", "READ MORE:", "Related: X".
  {
    rule: 'read-more-promo',
    pattern:
      /^[[(]?\s*(?:read more|read also|also read|see also|related|don['’]t miss|must read|recommended)\s*[:|]\s*[^\n]{0,200}$/iu,
  },
  // Headings of related-article lists: "Related Articles", "You may also like".
  {
    rule: 'related-links',
    pattern:
      /^(?:related (?:articles|stories|posts|news|coverage|content|reading)|you (?:may|might) also (?:like|enjoy)|recommended (?:for you|stories|articles|reading)|more stories|trending now|most (?:popular|read))\s*:?$/iu,
  },
  // Homepage footers: "Save the X homepage for …", "TAP HERE AND GO TO THE HOMEPAGE …", "You can
  // save it as a bookmark …", "Bookmark this page".
  { rule: 'homepage-footer', pattern: /^save (?:the|this|our) (?:.{1,80}? )?homepage\b/iu },
  {
    rule: 'homepage-footer',
    pattern:
      /^(?:and |then )?(?:(?:tap|click) here,? (?:and )?)?(?:go|return|head|get|come) (?:back )?to (?:the|our) (?:.{1,60}? )?homepage\b.{0,120}$/iu,
  },
  {
    rule: 'homepage-footer',
    pattern:
      /^you can (?:save|add|bookmark) (?:it|this|us|the (?:page|site|homepage))\b.{0,40}\b(?:bookmark|start screen|home screen|favou?rites)\b/iu,
  },
  {
    rule: 'homepage-footer',
    pattern: /^(?:bookmark|add) (?:this|our) (?:page|site|homepage)\b[^.!?]{0,80}[.!]?$/iu,
  },
  // Button text: "Read more…", "Continue reading", "TAP HERE".
  {
    rule: 'button',
    pattern:
      /^(?:read more|continue reading|keep reading|load more|show more|see more|view more|click here|tap here|read (?:the )?full (?:story|article))\s*(?:…|\.{2,3}|[»›→>]+)?\s*$/iu,
  },
  // Share widgets pasted as text: "Share this:", "Share on Facebook", "Tweet", "Copy link".
  {
    rule: 'share-widget',
    pattern:
      /^(?:share(?: this(?: article| story| post)?)?(?: on (?:facebook|twitter|x|linkedin|whatsapp|reddit|email))?|tweet|copy link)\s*:?$/iu,
  },
];

/** Every table, English first, then the multilingual tables by concern (site furniture, calls to
 * action, pointers to other articles, who-and-when lines). */
const ALL_PATTERNS: readonly LinePattern[] = [
  ...BOILERPLATE_PATTERNS,
  ...SITE_PATTERNS,
  ...PROMPT_PATTERNS,
  ...APPEAL_PATTERNS,
  ...RELATED_PATTERNS,
  ...CREDIT_PATTERNS_I18N,
  ...DATE_PATTERNS,
];

/** The rule a whole line (or paragraph text) of boilerplate falls under, or null for prose. */
export function classifyBoilerplateLine(line: string): RuleId | null {
  const text = line.trim();
  if (text === '' || text.length > MAX_BOILERPLATE_LINE) return null;
  return ALL_PATTERNS.find((p) => p.pattern.test(text))?.rule ?? null;
}

/** Holder and year of a copyright line. */
export interface CopyrightFacts {
  /** Who holds the copyright, as written ("Latin Times"). */
  readonly holder: string;
  /** The single year stated, or null when none is (or a range is: it dates the site, not the text). */
  readonly year: string | null;
}

const COPYRIGHT_MARK = /^(?:copyright\s*)?(?:©|&copy;|\(c\))?\s*/iu;
const YEAR_LEAD = new RegExp(String.raw`^(${YEAR})[\s,.]*`, 'u');
const YEAR_TAIL = new RegExp(String.raw`[\s,]+(${YEAR})\.?$`, 'u');
/** Where the holder's name ends: the rights sentence or the first full stop followed by a space. */
const HOLDER_END =
  /[.,;|]?\s*(?:all rights reserved\b.*|(?:do not|this material|no part)\b.*|\.\s.*)$/iu;

/** Holder and year read off a copyright line ("© 2025 Latin Times. All rights reserved."); null
 * when `line` is not a copyright line or names no holder. */
export function copyrightFacts(line: string): CopyrightFacts | null {
  const text = line.trim();
  if (classifyBoilerplateLine(text) !== 'copyright-line') return null;
  if (!/^(?:copyright\b|©|&copy;|\(c\))/iu.test(text)) return null;
  let rest = text.replace(COPYRIGHT_MARK, '').replace(/^copyright\s*/iu, '');
  let year: string | null = null;
  const lead = YEAR_LEAD.exec(rest);
  if (lead) {
    year = lead[1] ?? null;
    rest = rest.slice(lead[0].length);
  }
  rest = rest.replace(HOLDER_END, '').trim();
  const tail = YEAR_TAIL.exec(rest);
  if (tail && year === null) {
    year = tail[1] ?? null;
    rest = rest.slice(0, tail.index).trim();
  }
  const holder = rest.replace(/^(?:by\s+)/iu, '').replace(/[\s.,;:|–—-]+$/u, '');
  if (!/\p{L}/u.test(holder)) return null;
  return { holder, year: year !== null && /^\d{4}$/.test(year) ? year : null };
}

const FOOTER_OUTLET = /^(?:save|bookmark|visit) (?:the|our) (.{1,80}?) homepage\b/iu;

/** The outlet a homepage footer names ("Save the PatriotFetch.com homepage for …" ->
 * "PatriotFetch.com"); null when the line is no such footer or names no outlet. */
export function footerOutlet(line: string): string | null {
  const name = FOOTER_OUTLET.exec(line.trim())?.[1]?.trim() ?? null;
  if (name === null || !/\p{Lu}|\.[a-z]{2,}$/u.test(name)) return null;
  return name;
}

/** Where a syndication notice names who wrote the text first. */
const SYNDICATION_NAME: readonly RegExp[] = [
  /^[([]?this (?:article|story|piece|post|report|column) (?:was )?(?:originally|first) (?:appeared|published|ran) (?:on|in|at|by|with) (.{2,100}?)(?:\s+(?:on|under|and is)\b.*)?[.)\]]*$/iu,
  /^[([]?this (?:article|story|piece) (?:is|was) republished (?:from|with permission (?:of|from)) (.{2,100}?)(?:\s+(?:under|on|and)\b.*)?[.)\]]*$/iu,
  /^[([]?(?:originally|first) (?:appeared|published) (?:on|in|at|by) (.{2,100}?)(?:\s+(?:on|under)\b.*)?[.)\]]*$/iu,
  /^[([]?(?:republished|reprinted|syndicated) (?:with (?:the )?permission )?(?:of|from) (.{2,100}?)[.)\]]*$/iu,
  /^content created by (.{1,80}?) is available without charge\b/iu,
];

/** Who first wrote the text, read off a syndication notice ("This article originally appeared on
 * The Example Post." -> "The Example Post"); null when `line` is no such notice. */
export function syndicationCredit(line: string): string | null {
  const text = line.trim();
  if (classifyBoilerplateLine(text) !== 'syndication-notice') return null;
  for (const pattern of SYNDICATION_NAME) {
    const name = pattern.exec(text)?.[1]?.trim();
    if (name && /\p{L}/u.test(name)) return name;
  }
  return null;
}
