/**
 * A feed entry in the shape of a WordPress REST post, so the WordPress cleaner reads it: the same
 * HTML cleaning of the body, the same excerpt rule (an editor's summary is kept, WordPress'
 * automatic opening words are not), the same dates with their real offsets, tags and byline.
 */
import { WordPressPost } from '../ingest/wordpress-post.ts';
import type { FeedEntry } from './feed-entries.ts';
import type { FeedContext } from './feed.ts';

const escapeHtml = (s: string): string =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** Block-level tags: a body with none is WordPress' stored form, paragraphs by blank lines. */
const BLOCK_TAG = /<(?:p|div|h[1-6]|ul|ol|blockquote|figure|table|pre|section|article)[\s>]/i;

/** A WXR body as WordPress renders it (its `wpautop` filter): a body without block tags is text
 * whose blank lines separate paragraphs and whose single line breaks are `<br>`. Feeds already
 * hold rendered HTML, which this leaves alone. */
export function autop(html: string): string {
  if (BLOCK_TAG.test(html)) return html;
  return html
    .split(/\r?\n\s*\r?\n/)
    .map((p) => p.trim())
    .filter((p) => p !== '')
    .map((p) => `<p>${p.replace(/\r?\n/g, '<br>\n')}</p>`)
    .join('\n');
}

/** The post for `entry`, the `position`th entry of a feed with `context`. */
export function feedPost(entry: FeedEntry, context: FeedContext, position: number): WordPressPost {
  const content = entry.contentHtml ?? '';
  const candidate = {
    id: entry.id ?? String(position + 1),
    ...(entry.published ?? {}),
    ...(entry.modified
      ? { modified: entry.modified.date, modified_gmt: entry.modified.date_gmt }
      : {}),
    link: entry.link ?? undefined,
    title: entry.titleHtml === null ? undefined : { rendered: entry.titleHtml },
    content: { rendered: context.format === 'wxr' ? autop(content) : content },
    excerpt:
      entry.excerptHtml === null
        ? undefined
        : { rendered: context.format === 'wxr' ? autop(entry.excerptHtml) : entry.excerptHtml },
    yoast_head_json: {
      ...(entry.author === null ? {} : { author: escapeHtml(entry.author) }),
      ...(context.site === null ? {} : { og_site_name: escapeHtml(context.site) }),
      ...(context.language === null ? {} : { og_locale: context.language }),
    },
    _embedded: {
      'wp:term': [entry.tags.map((name) => ({ name: escapeHtml(name), taxonomy: 'post_tag' }))],
    },
  };
  return WordPressPost.parse(candidate);
}
