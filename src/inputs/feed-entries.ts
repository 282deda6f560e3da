/**
 * The fields of one feed entry, read alike from an RSS 2.0 `<item>` (with the `content:`, `dc:`
 * and `excerpt:` modules), an Atom `<entry>`, and a WordPress WXR `<item>` (RSS with `wp:`). HTML
 * fields are HTML; text fields are text, entities decoded. Nothing is guessed: what the entry does
 * not state is null.
 */
import type { Cheerio, CheerioAPI } from 'cheerio/slim';
import type { Element } from 'domhandler';
import { type WordPressDates, wordPressDates } from './feed-dates.ts';

/** One entry's fields. */
export interface FeedEntry {
  /** `guid`, Atom `id` or WXR `wp:post_id`. */
  readonly id: string | null;
  readonly link: string | null;
  readonly titleHtml: string | null;
  /** The full text: `content:encoded` or Atom `<content>`. */
  readonly contentHtml: string | null;
  /** The summary: WXR `excerpt:encoded`, RSS `description` beside full text, Atom `<summary>`. */
  readonly excerptHtml: string | null;
  readonly published: WordPressDates | null;
  readonly modified: WordPressDates | null;
  readonly author: string | null;
  readonly tags: readonly string[];
  /** Why a WXR item is not a published post (a page, an attachment, a draft), or null. */
  readonly notPost: string | null;
}

/** The children of `el` with one of `names` (XML names as written, compared without case). */
function children($el: Cheerio<Element>, ...names: string[]): Cheerio<Element> {
  const wanted = new Set(names.map((n) => n.toLowerCase()));
  return $el.children().filter((_, c) => wanted.has(c.name.toLowerCase()));
}

function text($el: Cheerio<Element>, ...names: string[]): string | null {
  const value = children($el, ...names)
    .first()
    .text()
    .trim();
  return value === '' ? null : value;
}

const escapeHtml = (s: string): string =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** An Atom text construct as HTML: `html` is escaped HTML, `xhtml` is markup, `text` is text. */
function atomHtml($: CheerioAPI, $el: Cheerio<Element>, name: string): string | null {
  const node = children($el, name).first();
  if (node.length === 0) return null;
  const type = (node.attr('type') ?? 'text').toLowerCase();
  const html = type === 'xhtml' ? ($.xml(node.children()) ?? '') : node.text();
  const value = type === 'html' || type === 'xhtml' ? html : escapeHtml(html);
  return value.trim() === '' ? null : value;
}

/** A WXR item's own pair of dates (`wp:post_date`, site-local, and `wp:post_date_gmt`); null for
 * a draft's zero date or an item that has none. */
function wxrDates(item: Cheerio<Element>): WordPressDates | null {
  const local = text(item, 'wp:post_date');
  const gmt = text(item, 'wp:post_date_gmt');
  if (local === null || gmt === null || gmt.startsWith('0000')) return null;
  return { date: local.replace(' ', 'T'), date_gmt: gmt.replace(' ', 'T') };
}

function terms($el: Cheerio<Element>, read: (c: Element) => string): string[] {
  const names = children($el, 'category')
    .toArray()
    .map((c) => read(c).trim())
    .filter((t) => t !== '' && t.toLowerCase() !== 'uncategorized');
  return [...new Set(names)];
}

/** Reads an RSS 2.0 or WXR `<item>`; `authors` maps WXR author logins to display names. */
export function rssEntry(
  $: CheerioAPI,
  item: Cheerio<Element>,
  authors: ReadonlyMap<string, string>,
): FeedEntry {
  const content = text(item, 'content:encoded');
  const login = text(item, 'dc:creator', 'author');
  const type = text(item, 'wp:post_type');
  const status = text(item, 'wp:status');
  const notPost =
    type !== null && type !== 'post'
      ? `WordPress ${type} (not a post)`
      : status !== null && status !== 'publish'
        ? `WordPress ${status} post (not published)`
        : null;
  const title = text(item, 'title');
  return {
    id: text(item, 'wp:post_id') ?? text(item, 'guid'),
    link: text(item, 'link'),
    titleHtml: title === null ? null : escapeHtml(title),
    contentHtml: content,
    excerptHtml:
      text(item, 'excerpt:encoded') ?? (content === null ? null : text(item, 'description')),
    published: wxrDates(item) ?? wordPressDates(text(item, 'pubDate', 'dc:date')),
    modified: null,
    author: login === null ? null : (authors.get(login) ?? login),
    tags: terms(item, (c) => $(c).text()),
    notPost,
  };
}

/** Reads an Atom `<entry>`. */
export function atomEntry($: CheerioAPI, entry: Cheerio<Element>): FeedEntry {
  const links = children(entry, 'link');
  const alternate = links.filter((_, l) => ['alternate', undefined].includes(l.attribs['rel']));
  return {
    id: text(entry, 'id'),
    link: alternate.first().attr('href')?.trim() ?? null,
    titleHtml: atomHtml($, entry, 'title'),
    contentHtml: atomHtml($, entry, 'content'),
    excerptHtml: atomHtml($, entry, 'summary'),
    published: wordPressDates(text(entry, 'published') ?? text(entry, 'updated')),
    modified: wordPressDates(text(entry, 'updated')),
    author: text(children(entry, 'author').first(), 'name'),
    tags: terms(entry, (c) => c.attribs['label'] ?? c.attribs['term'] ?? ''),
    notPost: null,
  };
}
