/**
 * schema.org `NewsArticle` structured data for an article page. It states only what the entry
 * knows: an unknown outlet, date or byline is left out, never guessed; the page is described as
 * what it is, an archived copy, with the outlet's own URL as the work it is based on.
 */
import type { Article } from '../schema/article.ts';

type JsonValue = string | number | JsonValue[] | { [key: string]: JsonValue };

/** The JSON-LD object for `article`, whose archive page is at the absolute URL `pageUrl`. */
export function newsArticleJsonLd(article: Article, pageUrl: string): Record<string, JsonValue> {
  const known: [string, JsonValue | null][] = [
    ['headline', article.title],
    ['url', pageUrl],
    ['mainEntityOfPage', pageUrl],
    ['datePublished', article.publishedPrecision === 'unknown' ? null : article.published],
    ['dateModified', article.modified],
    ['author', article.byline],
    ['creditText', article.credit],
    [
      'publisher',
      article.outlet === null ? null : { '@type': 'Organization', name: article.outlet },
    ],
    ['description', article.summary],
    ['keywords', article.tags.length > 0 ? article.tags : null],
    ['isBasedOn', article.canonicalUrl],
    ['wordCount', article.wordCount],
  ];
  return {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    ...Object.fromEntries(known.filter((pair): pair is [string, JsonValue] => pair[1] !== null)),
  };
}

/** `value` as JSON that is safe inside a `<script>` element: no `<` can close it early. */
export function scriptJson(value: unknown): string {
  return JSON.stringify(value)
    .replace(/</g, '\\u003c')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}
