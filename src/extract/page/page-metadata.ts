/**
 * Stage: the page's own statements about the article, read from its metadata only (JSON-LD,
 * OpenGraph and other `<meta>` tags, `<link rel>`, `<time>`), never from guesses about the body.
 * Each field takes the first source, in a fixed order, that states it; what no source states is null.
 */
import type { CheerioAPI } from 'cheerio/slim';
import type { SourceMeta, StatedDate } from '../../clean/clean-result.ts';
import { isoPrecision } from '../../schema/iso-date.ts';
import { articleObject, ldNames, ldObjects, ldString, type LdObject } from './json-ld.ts';
import { MAX_BYLINE_CHARS, MAX_TAGS, TITLE_SEPARATOR } from './page-thresholds.ts';

const collapse = (text: string): string => text.replace(/\s+/g, ' ').trim();

function meta($: CheerioAPI, ...keys: string[]): string | null {
  for (const key of keys) {
    const value = $(`meta[property="${key}"], meta[name="${key}"], meta[itemprop="${key}"]`)
      .toArray()
      .map((el) => collapse($(el).attr('content') ?? ''))
      .find((v) => v !== '');
    if (value) return value;
  }
  return null;
}

function metaAll($: CheerioAPI, key: string): string[] {
  return $(`meta[property="${key}"], meta[name="${key}"]`)
    .toArray()
    .map((el) => collapse($(el).attr('content') ?? ''))
    .filter((v) => v !== '');
}

/** Removes a trailing (or leading) " | Outlet" segment: the site's name is not the headline. */
export function stripSiteName(title: string, outlet: string | null): string {
  const parts = title.split(TITLE_SEPARATOR);
  const first = parts[0];
  const last = parts[parts.length - 1];
  if (parts.length < 2 || first === undefined || last === undefined) return title;
  const isSite = (part: string): boolean =>
    outlet !== null && collapse(part).toLowerCase() === outlet.toLowerCase();
  // `parts` alternates segments and the separators between them.
  if (isSite(last)) return collapse(parts.slice(0, -2).join(''));
  if (isSite(first)) return collapse(parts.slice(2).join(''));
  return title;
}

/** The `<title>` with its site segment removed: the longest segment when the separators split off
 * short segments (a site name is short, a headline is not). */
function documentTitle(title: string, outlet: string | null): string {
  const stripped = stripSiteName(title, outlet);
  if (stripped !== title) return stripped;
  const segments = title.split(TITLE_SEPARATOR).filter((_, i) => i % 2 === 0);
  if (segments.length < 2) return title;
  return segments.reduce((a, b) => (collapse(b).length > collapse(a).length ? b : a)).trim();
}

function title($: CheerioAPI, ld: LdObject | null, outlet: string | null): string | null {
  const stated = meta($, 'og:title', 'twitter:title') ?? ldString(ld, 'headline');
  if (stated) return stripSiteName(stated, outlet);
  const h1 = collapse($('h1').first().text());
  if (h1) return h1;
  const head = collapse($('title').first().text());
  return head ? documentTitle(head, outlet) : null;
}

function isName(value: string): boolean {
  return value.length <= MAX_BYLINE_CHARS && !/^https?:|[/@]|\.\w{2,4}$/.test(value);
}

function byline($: CheerioAPI, ld: LdObject | null): string | null {
  const fromLd = ldNames(ld, 'author').filter(isName);
  if (fromLd.length > 0) return [...new Set(fromLd)].join(', ');
  const candidates = [
    meta($, 'author', 'article:author', 'byl', 'parsely-author', 'sailthru.author'),
    collapse($('[rel="author"]').first().text()),
    collapse($('[itemprop="author"]').first().text()),
    collapse($('.byline, [class*="byline"]').first().text()),
  ];
  return candidates.find((c): c is string => c !== null && c !== '' && isName(c)) ?? null;
}

/** A stated date as ISO 8601 at the precision it is written with; a timestamp without an offset is
 * kept to its day, since its time zone is unknown. */
export function statedDate(raw: string | null): StatedDate | null {
  if (raw === null) return null;
  const value = raw.trim().replace(/^(\d{4}-\d{2}-\d{2})[ T]/, '$1T');
  const precision = isoPrecision(value);
  if (precision) return { value, precision, origin: 'source' };
  const withOffset = value.replace(/([+-]\d{2})(\d{2})$/, '$1:$2');
  if (isoPrecision(withOffset) === 'datetime') {
    return { value: withOffset, precision: 'datetime', origin: 'source' };
  }
  const day = /^(\d{4}-\d{2}-\d{2})(?:T|$)/.exec(value)?.[1];
  if (day && isoPrecision(day) === 'day') return { value: day, precision: 'day', origin: 'source' };
  return null;
}

function published($: CheerioAPI, ld: LdObject | null): StatedDate | null {
  const candidates = [
    ldString(ld, 'datePublished'),
    meta($, 'article:published_time', 'og:published_time', 'datePublished'),
    $('time[datetime]').first().attr('datetime') ?? null,
    meta(
      $,
      'date',
      'pubdate',
      'publishdate',
      'dc.date.issued',
      'DC.date.issued',
      'dcterms.created',
    ),
  ];
  for (const raw of candidates) {
    const date = statedDate(raw);
    if (date) return date;
  }
  return null;
}

function modified($: CheerioAPI, ld: LdObject | null): string | null {
  const raw = ldString(ld, 'dateModified') ?? meta($, 'article:modified_time', 'og:updated_time');
  const date = statedDate(raw);
  return date?.precision === 'datetime' ? date.value : null;
}

function absoluteUrl(value: string | null | undefined): string | null {
  if (!value) return null;
  try {
    const url = new URL(value.trim());
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;
  } catch {
    return null;
  }
}

function tags($: CheerioAPI, ld: LdObject | null): string[] {
  const stated = metaAll($, 'article:tag');
  const keywords = stated.length > 0 ? stated : [meta($, 'keywords', 'news_keywords') ?? ''];
  const fromLd = ld?.['keywords'];
  if (stated.length === 0 && Array.isArray(fromLd))
    for (const k of fromLd) keywords.push(String(k));
  else if (stated.length === 0 && typeof fromLd === 'string') keywords.push(fromLd);
  const split = keywords.flatMap((k) => (stated.length > 0 ? [k] : k.split(',')));
  return [...new Set(split.map(collapse).filter((t) => t !== ''))].slice(0, MAX_TAGS);
}

/** Everything the page states about its article, from its metadata; null where it says nothing. */
export function readPageMetadata(
  $: CheerioAPI,
  ld: LdObject | null = articleObject(ldObjects($)),
): SourceMeta {
  const outletName = meta($, 'og:site_name') ?? ldNames(ld, 'publisher')[0] ?? null;
  return {
    title: title($, ld, outletName),
    byline: byline($, ld),
    published: published($, ld),
    modified: modified($, ld),
    outlet: outletName ? { name: outletName, origin: 'source' } : null,
    canonicalUrl:
      absoluteUrl($('link[rel="canonical"]').attr('href')) ?? absoluteUrl(meta($, 'og:url')),
    tags: tags($, ld),
    language: declaredLanguage($, ld),
  };
}

/** The language the page declares: `<html lang>`, then `Content-Language`, `og:locale` and
 * JSON-LD `inLanguage`; as written (`de-DE`, `pt_BR`). */
function declaredLanguage($: CheerioAPI, ld: LdObject | null): string | null {
  const http = $('meta[http-equiv]')
    .toArray()
    .find((el) => ($(el).attr('http-equiv') ?? '').toLowerCase() === 'content-language');
  const stated = [
    $('html').attr('lang'),
    $('html').attr('xml:lang'),
    http ? $(http).attr('content') : undefined,
    meta($, 'og:locale'),
    ldString(ld, 'inLanguage'),
  ];
  return stated.map((v) => collapse(v ?? '')).find((v) => v !== '') ?? null;
}
