/**
 * The cleaner of a WordPress post (read from a REST API file by detection, or from a feed or WXR
 * item): the body is the HTML cleaner's work on `content.rendered`; the metadata is what the post
 * itself states, nothing guessed: a field the post lacks stays null and the pipeline falls back as
 * it does for every format.
 */
import { load } from 'cheerio/slim';
import type { Image } from '../schema/article.ts';
import type { WordPressPost } from '../ingest/wordpress-post.ts';
import { blocksToText } from './blocks.ts';
import type { CleanResult, StatedDate } from './clean-result.ts';
import { textOf } from './html-dom.ts';
import { cleanHtmlFragment } from './html-fragment.ts';

/** Text of a rendered HTML snippet: entities decoded, tags dropped, whitespace as HTML shows it. */
function htmlText(html: string | undefined): string | null {
  if (html === undefined) return null;
  const text = load(html, null, false).root().toArray().map(textOf).join('');
  return text === '' ? null : text;
}

const LOCAL_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}$/;

/** The site-local time with its real UTC offset, from WordPress' pair of offset-less times
 * ("2026-02-01T12:58:01" and "…T17:58:01" -> "2026-02-01T12:58:01-05:00"); null when the pair
 * does not give a real offset (a draft's zero date, a mismatched pair). */
export function timestampWithOffset(
  local: string | undefined,
  gmt: string | undefined,
): string | null {
  if (!local || !gmt || !LOCAL_TIME.test(local) || !LOCAL_TIME.test(gmt)) return null;
  const minutes = (Date.parse(`${local}Z`) - Date.parse(`${gmt}Z`)) / 60_000;
  if (!Number.isInteger(minutes) || minutes % 15 !== 0 || Math.abs(minutes) > 14 * 60) return null;
  const abs = Math.abs(minutes);
  const offset = `${minutes < 0 ? '-' : '+'}${String(Math.floor(abs / 60)).padStart(2, '0')}:${String(abs % 60).padStart(2, '0')}`;
  return `${local}${offset}`;
}

/** Publication date: a full timestamp when the offset is known, else the site-local day. */
function published(post: WordPressPost): StatedDate | null {
  const full = timestampWithOffset(post.date, post.date_gmt);
  if (full) return { value: full, precision: 'datetime', origin: 'source' };
  const day = post.date && LOCAL_TIME.test(post.date) ? post.date.slice(0, 10) : null;
  return day && !Number.isNaN(Date.parse(day))
    ? { value: day, precision: 'day', origin: 'source' }
    : null;
}

/** Tag and category names: from `_embedded` terms when fetched with `?_embed` (real names), else
 * from `class_list` entries `category-<slug>`/`tag-<slug>`, in the slug form with hyphens read as
 * spaces ("local-government" -> "local government"). Numeric slugs are term ids, not names, and
 * WordPress' default "uncategorized" says there is no category. */
function tags(post: WordPressPost): string[] {
  const terms = post._embedded?.['wp:term']
    ?.flat()
    .filter((t) => t.taxonomy === 'category' || t.taxonomy === 'post_tag');
  const names = terms?.length
    ? terms.map((t) => htmlText(t.name) ?? '')
    : (post.class_list ?? []).flatMap((c) => {
        const slug = /^(?:category|tag)-(.+)$/.exec(c)?.[1];
        return slug && !/^\d+$/.test(slug) && slug !== 'uncategorized'
          ? [slug.replace(/-+/g, ' ').trim()]
          : [];
      });
  return [...new Set(names.filter((n) => n !== ''))];
}

function featuredImage(post: WordPressPost): Image | null {
  const url = [
    post.fifu_image_url,
    post.meta?.fifu_image_url,
    post.jetpack_featured_media_url,
    post.yoast_head_json?.og_image?.[0]?.url,
  ]
    .map((u) => u?.trim())
    .find((u) => u !== undefined && /^https?:\/\//i.test(u));
  return url ? { url, caption: null, credit: null } : null;
}

function words(text: string): string[] {
  return text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
}

/** The excerpt's text when an editor wrote it; null when it is WordPress' automatic excerpt (the
 * opening words of the text, cut off with "[…]"). */
function editorExcerpt(post: WordPressPost, openings: readonly string[]): string | null {
  if (!post.excerpt || post.excerpt.protected === true) return null;
  const text = htmlText(post.excerpt.rendered)?.replace(
    /\s*(?:\[(?:…|\.\.\.)\]|…|\.\.\.)?\s*(?:(?:continue reading|read more)\b.*)?$/i,
    '',
  );
  const own = words(text ?? '');
  if (!text || own.length === 0) return null;
  const isOpening = openings.some((o) => {
    const body = words(o);
    return own.every((w, n) => body[n] === w || (n === own.length - 1 && body[n]?.startsWith(w)));
  });
  return isOpening ? null : text;
}

/** Cleans one post: the body from `content.rendered`, metadata from the post's own fields. */
export function cleanWordPressPost(post: WordPressPost): CleanResult {
  const body = cleanHtmlFragment(post.content.rendered);
  const openings = [
    blocksToText(body.blocks),
    body.summary ?? '',
    htmlText(post.content.rendered) ?? '',
  ];
  const byline = post.yoast_head_json?.author ?? post._embedded?.author?.[0]?.name;
  const site = htmlText(post.yoast_head_json?.og_site_name);
  const featured = featuredImage(post);
  const link = post.link?.trim();
  return {
    ...body,
    summary: body.summary ?? editorExcerpt(post, openings),
    images: [
      ...(featured ? [featured] : []),
      ...body.images.filter((i) => i.url !== featured?.url),
    ],
    meta: {
      title: htmlText(post.title?.rendered),
      byline: htmlText(byline),
      published: published(post) ?? body.meta.published,
      modified: timestampWithOffset(post.modified, post.modified_gmt),
      outlet: site ? { name: site, origin: 'source' } : body.meta.outlet,
      canonicalUrl: link && /^https?:\/\//i.test(link) ? link : null,
      tags: tags(post),
      language: post.yoast_head_json?.og_locale ?? body.meta.language,
    },
  };
}
