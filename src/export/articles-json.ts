/**
 * The data contract of the article export (`api/articles/id/<id>.json`, the bulk export, and
 * `api/articles.json` for small archives) and of `npm run extract`: one plain object per article.
 * The record itself is defined in `src/schema/export-records.ts`.
 */
import type { Article, Capture } from '../schema/article.ts';
import type { ArticleRecord, SiteArticleRecord, VersionRecord } from '../schema/export-records.ts';
import type { WithdrawnQuote } from '../schema/quote.ts';
import { safeHref } from '../site/safe-href.ts';

/** An input as exported: where it came from, addresses passed through the safe-link filter. */
type ExportedSource = ArticleRecord['source'];

/** What the cross-outlet analysis adds to an article's record. */
export interface ArticleCoverage {
  readonly story: string | null;
  readonly quotes: readonly string[];
  /** The quotations its earlier versions printed that its latest text cut, if any. */
  readonly withdrawn?: readonly WithdrawnQuote[] | undefined;
}

/** The fields the analysis adds to an article's record: its story and quote ids, and the
 * quotations its earlier versions printed that the latest cut, when there are any. */
export function coverageFields(
  known: ArticleCoverage | undefined,
): Pick<SiteArticleRecord, 'story' | 'quotes' | 'withdrawn'> {
  return {
    story: known?.story ?? null,
    quotes: [...(known?.quotes ?? [])],
    ...(known?.withdrawn === undefined ? {} : { withdrawn: [...known.withdrawn] }),
  };
}

/** `url` as the pages link it (absolute `http`/`https`, normalised by the URL standard, see
 * {@link safeHref}), else null: a `javascript:`, `data:` or host-relative address in a source
 * never reaches an export, and no consumer's URL parser can read the address differently. */
function webAddress(url: string | null): string | null {
  return safeHref(url);
}

function exportedSource(source: Article['source']): ExportedSource {
  return {
    file: source.file,
    format: source.format,
    sha256: source.sha256,
    decoding: source.decoding,
    ...(source.path === undefined ? {} : { path: source.path }),
    ...(source.record === undefined
      ? {}
      : { record: { ...source.record, url: safeHref(source.record.url) } }),
  };
}

/** The versions of `article` as exported, oldest first; undefined when it has none. */
function versionRecords(article: Article): VersionRecord[] | undefined {
  const { versions } = article;
  if (versions === undefined) return undefined;
  const captures = (list: readonly Capture[]) =>
    list.map((c) => ({ captured: c.captured, source: exportedSource(c.source) }));
  const earlier = versions.earlier.map((v) => ({
    sha256: v.sha256,
    latest: false,
    captures: captures(v.captures),
    title: v.title,
    wordCount: v.wordCount,
    body: v.text,
  }));
  const latest = {
    sha256: versions.latest.sha256,
    latest: true,
    captures: captures(versions.latest.captures),
    title: article.title,
    wordCount: article.wordCount,
  };
  return [...earlier, latest];
}

/** The export record of `article`; pass the page `url` when the record is for a built site. */
export function articleRecord(article: Article, url?: string): ArticleRecord {
  const versions = versionRecords(article);
  return {
    id: article.id,
    ...(url === undefined ? {} : { url }),
    source: exportedSource(article.source),
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
    canonicalUrl: webAddress(article.canonicalUrl),
    language: article.language,
    languageOrigin: article.languageOrigin,
    images: article.images.map((image) => ({ ...image, url: webAddress(image.url) })),
    embeds: article.embeds.map((embed) => ({ ...embed, url: webAddress(embed.url) })),
    wordCount: article.wordCount,
    body: article.text,
    removed: article.removed,
    ...(versions === undefined ? {} : { versions }),
  };
}

/** The text of `api/articles.json`: every article's record with its page URL (`pageUrl(id)`),
 * sorted by id so the same archive always gives the same bytes. With `coverage`, each record also
 * carries its story and quote ids (an article the analysis does not know gets null and none) and
 * any withdrawn quotations. */
export function articlesJson(
  articles: readonly Article[],
  pageUrl: (id: string) => string,
  coverage?: (id: string) => ArticleCoverage | undefined,
): string {
  const records = [...articles]
    .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
    .map((article) => {
      const record = articleRecord(article, pageUrl(article.id));
      if (coverage === undefined) return record;
      return { ...record, ...coverageFields(coverage(article.id)) };
    });
  return `${JSON.stringify(records, null, 2)}\n`;
}
