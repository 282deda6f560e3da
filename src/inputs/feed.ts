/**
 * Feeds and exports that hold many articles: RSS 2.0 (items with their full text in
 * `content:encoded`), Atom (entries with `<content>`), and WordPress WXR exports (RSS with the
 * `wp:` module). Each entry becomes a WordPress-shaped post, cleaned as one, with the entry's own
 * date, author, categories, summary and link; entries without full text, and WXR items that are
 * not published posts, are skipped with their reason. A feed is read whole: it is bounded by the
 * input size limit like any file.
 */
import { type CheerioAPI, load } from 'cheerio/slim';
import type { Element } from 'domhandler';
import type { DecodedInput } from '../ingest/decode-input.ts';
import { assertNesting } from '../ingest/html-nesting.ts';
import { InputError } from '../ingest/input-error.ts';
import type { ContainerFormat } from '../schema/article.ts';
import type { ContainerItem } from './container-item.ts';
import { atomEntry, type FeedEntry, rssEntry } from './feed-entries.ts';
import { feedPost } from './feed-post.ts';

/** The root element of a feed, after any XML declaration, processing instructions, comments and
 * doctype. */
const FEED_ROOT =
  /^\s*(?:<\?[^>]*>\s*|<!--[\s\S]*?-->\s*|<!doctype[^>]*>\s*)*<(rss|feed|rdf:rdf)[\s>]/i;
/** WXR's namespace (any version), declared on its root. */
const WXR_NAMESPACE = /xmlns:wp\s*=\s*["']http:\/\/wordpress\.org\/export\//i;

/** Which feed format `text` (decoded) is in, from its root element, or null for none. RSS 1.0
 * (RDF) items are read as RSS items. */
export function feedFormat(text: string): Extract<ContainerFormat, 'rss' | 'atom' | 'wxr'> | null {
  const head = text.slice(0, 4096);
  const root = FEED_ROOT.exec(head)?.[1]?.toLowerCase();
  if (root === undefined) return null;
  if (root === 'feed') return 'atom';
  return WXR_NAMESPACE.test(head) ? 'wxr' : 'rss';
}

/** WXR's authors: login (what `dc:creator` names) to display name. */
function wxrAuthors($: CheerioAPI): Map<string, string> {
  const authors = new Map<string, string>();
  $('wp\\:author').each((_, a) => {
    const login = $(a).children('wp\\:author_login').text().trim();
    const name = $(a).children('wp\\:author_display_name').text().trim();
    if (login !== '' && name !== '') authors.set(login, name);
  });
  return authors;
}

/** The channel's (or Atom feed's) own title and language, stated once for every entry. */
function channelOf(
  $: CheerioAPI,
  format: string,
): { site: string | null; language: string | null } {
  const scope = format === 'atom' ? $.root().children().first() : $('channel').first();
  const site = scope.children('title').first().text().trim();
  const language =
    scope.children('language').first().text().trim() || (scope.attr('xml:lang') ?? '').trim();
  return { site: site === '' ? null : site, language: language === '' ? null : language };
}

function itemOf(entry: FeedEntry, context: FeedContext, position: number): ContainerItem {
  if (entry.notPost !== null) return { kind: 'skipped', reason: entry.notPost, url: entry.link };
  if (entry.contentHtml === null || entry.contentHtml.trim() === '') {
    return { kind: 'skipped', reason: 'feed entry without its full text', url: entry.link };
  }
  return {
    kind: 'post',
    post: feedPost(entry, context, position),
    decoding: context.decoding,
    record: {
      container: context.format,
      member: null,
      id: entry.id,
      url: entry.link,
      captured: null,
      payloadDigest: null,
    },
  };
}

/** What every entry of one feed shares. */
export interface FeedContext {
  readonly format: Extract<ContainerFormat, 'rss' | 'atom' | 'wxr'>;
  readonly site: string | null;
  readonly language: string | null;
  readonly decoding: DecodedInput['decoding'];
}

/** The items of the feed `decoded` (the decoded text of `file`), in document order. Throws only
 * an {@link InputError} naming `file`: for text that is not a feed, or markup nested past the
 * limit. A feed with no entries yields nothing. */
export function feedItems(file: string, decoded: DecodedInput): ContainerItem[] {
  const format = feedFormat(decoded.text);
  if (format === null) throw new InputError(file, 'not an RSS, Atom or WXR feed');
  assertNesting(file, decoded.text);
  const $ = load(decoded.text.replaceAll('\0', ''), { xml: true });
  const context: FeedContext = { format, ...channelOf($, format), decoding: decoded.decoding };
  const authors = wxrAuthors($);
  const entries: Element[] = format === 'atom' ? $('entry').toArray() : $('item').toArray();
  return entries.map((el, n) =>
    itemOf(format === 'atom' ? atomEntry($, $(el)) : rssEntry($, $(el), authors), context, n),
  );
}
