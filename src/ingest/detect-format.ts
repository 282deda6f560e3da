/**
 * Stage 2: which format a decoded input is in, decided from its content alone (never the file
 * name). JSON must be a WordPress REST API post or an array of posts; markup must be HTML; anything
 * else must read as prose. Containers of many articles (feeds, web archives), which the folder
 * ingest reads record by record (`src/inputs/`), and what fits none of these are an
 * {@link InputError} naming the file when given as one article, never cleaned into junk articles.
 */
import { InputError } from './input-error.ts';
import { readWordPressPosts } from './wordpress.ts';
import type { WordPressPost } from './wordpress-post.ts';

interface Decoded {
  /** The decoded text with its NUL characters dropped (HTML) or replaced by U+FFFD (the rest). */
  readonly text: string;
  /** How many NUL characters the decoded text held. */
  readonly nul: number;
}

/** A decoded input with what detection found in it, which its cleaner takes from there: the
 * posts of a WordPress REST API file (parsed once, here), whether markup is a whole page or a
 * fragment, or prose. */
export type DetectedInput = Decoded &
  (
    | { readonly format: 'wordpress-json'; readonly posts: readonly WordPressPost[] }
    | { readonly format: 'html'; readonly shape: 'page' | 'fragment' }
    | { readonly format: 'plain-text' }
  );

const JSON_START = /^\s*(?:\{\s*"|\[\s*(?:\{|\]))/;
const HTML_START = /^\s*(?:<!doctype\s+html|<html[\s>]|<head[\s>]|<body[\s>])/i;
const XML_START = /^\s*<\?xml/i;
/** The root element of a feed, after any XML declaration, processing instructions, comments and
 * doctype. */
const FEED_ROOT =
  /^\s*(?:<\?[^>]*>\s*|<!--[\s\S]*?-->\s*|<!doctype[^>]*>\s*)*<(rss|feed|rdf:rdf)[\s>]/i;
const WARC_START = /^WARC\/\d+\.\d+\r?\n/;
const FEEDS: Readonly<Record<string, string>> = {
  rss: 'an RSS feed',
  feed: 'an Atom feed',
  'rdf:rdf': 'an RSS 1.0 (RDF) feed',
};
const HTML_TAG =
  /<\/?(?:p|div|article|section|span|a|h[1-6]|ul|ol|li|br|img|figure|blockquote|em|strong|b|i|aside|main|header|footer|table|script|style|iframe|form|nav|title|meta|link)\b[^>]*>/gi;
/** Tags per line above which a text that opens with markup is read as an HTML fragment. */
const FRAGMENT_TAGS_PER_LINE = 0.5;
/** Markup of a whole page anywhere in an HTML input: it goes through main-text extraction. */
const WHOLE_PAGE = /<(?:html|head|body)[\s>]|<!doctype\s+html/i;

/** Why `head` (the start of an input) cannot be read as one article, or null. A feed or a web
 * archive holds many pages' text and markup, and cleaning it as one article would publish junk. */
export function unreadFormat(head: string): string | null {
  const start = head.slice(0, 1024);
  if (WARC_START.test(start)) {
    return 'a WARC web archive, which holds many pages: the ingest reads it record by record from the seeds folder, not as one article';
  }
  const root = FEED_ROOT.exec(start)?.[1]?.toLowerCase();
  return root === undefined
    ? null
    : `${FEEDS[root] ?? 'a feed'} (XML), which holds many articles: the ingest reads it item by item from the seeds folder, not as one article`;
}

/** `text` with its NUL characters dropped (`drop`, as the HTML parser drops them from a page's
 * text) or replaced by U+FFFD, and how many there were. */
function withoutNul(text: string, drop: boolean): { text: string; nul: number } {
  const nul = text.split('\0').length - 1;
  return nul === 0 ? { text, nul } : { text: text.replaceAll('\0', drop ? '' : '\ufffd'), nul };
}

function detectJson(file: string, decoded: string): DetectedInput {
  const { text, nul } = withoutNul(decoded, false);
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    const why = error instanceof Error ? error.message : String(error);
    throw new InputError(file, `truncated or invalid JSON (${why})`);
  }
  return { format: 'wordpress-json', text, nul, posts: readWordPressPosts(json, file) };
}

function isHtml(text: string): boolean {
  if (HTML_START.test(text)) return true;
  if (!/^\s*</.test(text)) return false;
  const tags = text.match(HTML_TAG)?.length ?? 0;
  const lines = Math.max(1, text.split('\n').length);
  return tags > 0 && tags / lines >= FRAGMENT_TAGS_PER_LINE;
}

/** Detects the format of `text` (the decoded content of `file`) and reads what the format's
 * cleaner needs; an input that is none of the formats is an {@link InputError}. */
export function detectFormat(file: string, text: string): DetectedInput {
  const unread = unreadFormat(text);
  if (unread !== null) throw new InputError(file, unread);
  if (JSON_START.test(text)) return detectJson(file, text);
  if (isHtml(text)) {
    const html = withoutNul(text, true);
    return { format: 'html', shape: WHOLE_PAGE.test(html.text) ? 'page' : 'fragment', ...html };
  }
  if (XML_START.test(text)) throw new InputError(file, 'unknown format: XML that is not HTML');
  const letters = text.match(/\p{L}/gu)?.length ?? 0;
  if (letters < 20 || letters / text.length < 0.3) {
    throw new InputError(file, 'unknown format: neither a WordPress post, HTML, nor prose');
  }
  return { format: 'plain-text', ...withoutNul(text, false) };
}
