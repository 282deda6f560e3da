/**
 * The data contract of `api/articles.json` and of `npm run extract`: one plain object per article.
 * Field names are a public contract (documented in the README): later work adds fields, never
 * renames them.
 */
import type { Article } from '../schema/article.ts';

/** One article as exported. `url` is the article page (site-relative, base path included), or
 * absent when the record was made outside a site (`npm run extract`). */
export interface ArticleRecord {
  readonly id: string;
  readonly url?: string;
  readonly source: { readonly file: string; readonly format: string; readonly sha256: string };
  readonly title: string;
  readonly titleOrigin: Article['titleOrigin'];
  readonly outlet: string | null;
  readonly outletOrigin: Article['outletOrigin'];
  readonly published: string | null;
  readonly publishedPrecision: Article['publishedPrecision'];
  readonly byline: string | null;
  readonly summary: string | null;
  readonly credit: string | null;
  readonly tags: readonly string[];
  readonly canonicalUrl: string | null;
  readonly images: Article['images'];
  readonly embeds: Article['embeds'];
  readonly wordCount: number;
  readonly body: string;
  readonly removed: Article['removed'];
}

/** The export record of `article`; pass the page `url` when the record is for a built site. */
export function articleRecord(article: Article, url?: string): ArticleRecord {
  return {
    id: article.id,
    ...(url === undefined ? {} : { url }),
    source: {
      file: article.source.file,
      format: article.source.format,
      sha256: article.source.sha256,
    },
    title: article.title,
    titleOrigin: article.titleOrigin,
    outlet: article.outlet,
    outletOrigin: article.outletOrigin,
    published: article.published,
    publishedPrecision: article.publishedPrecision,
    byline: article.byline,
    summary: article.summary,
    credit: article.credit,
    tags: article.tags,
    canonicalUrl: article.canonicalUrl,
    images: article.images,
    embeds: article.embeds,
    wordCount: article.wordCount,
    body: article.text,
    removed: article.removed,
  };
}

/** The text of `api/articles.json`: every article's record with its page URL (`pageUrl(id)`),
 * sorted by id so the same archive always gives the same bytes. */
export function articlesJson(
  articles: readonly Article[],
  pageUrl: (id: string) => string,
): string {
  const records = [...articles]
    .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
    .map((article) => articleRecord(article, pageUrl(article.id)));
  return `${JSON.stringify(records, null, 2)}\n`;
}
