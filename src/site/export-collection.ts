/**
 * The exports as the API routes read them: for each kind, its records in id order with their
 * index entries, made with the export record builders of `src/export/` so that a record has one
 * definition whichever file it is served in. Loaded once per build, like the collections under it.
 */
import type { ArticleRecord } from '../schema/export-records.ts';
import { articleRecord, coverageFields } from '../export/articles-json.ts';
import { byId, recordPath, type ApiKind } from '../export/api-paging.ts';
import {
  articleIndexEntry,
  quoteIndexEntry,
  storyIndexEntry,
  type ArticleIndexEntry,
  type QuoteIndexEntry,
  type StoryIndexEntry,
} from '../export/index-entries.ts';
import { quoteRecord } from '../export/quotes-json.ts';
import { storyRecord } from '../export/stories-json.ts';
import type { Article } from '../schema/article.ts';
import { addressOf, loadArchive } from './collection.ts';
import { loadCoverage } from './coverage-collection.ts';
import { articlePath, quotePath, storyPath } from './coverage-urls.ts';

/** One kind of export: its index entries in id order, and the full record of an id, made when a
 * route asks for it (records of 100,000 articles are not all held at once). */
export interface ExportKind<E extends { readonly id: string }> {
  readonly entries: readonly E[];
  readonly record: (id: string) => unknown;
}

/** Every kind's export. */
export interface Exports {
  readonly articles: ExportKind<ArticleIndexEntry>;
  readonly quotes: ExportKind<QuoteIndexEntry>;
  readonly stories: ExportKind<StoryIndexEntry>;
}

let loaded: Promise<Exports> | undefined;

/** The exports of the archive (loaded once per build). */
export function loadExports(): Promise<Exports> {
  loaded ??= load();
  return loaded;
}

/** The export of `kind`, for a route generic over the kinds. */
export async function exportOf(kind: ApiKind): Promise<ExportKind<{ readonly id: string }>> {
  return (await loadExports())[kind];
}

async function load(): Promise<Exports> {
  const base = import.meta.env.BASE_URL;
  const archive = await loadArchive();
  const { analysis, quotes, stories, articleById } = await loadCoverage();
  const articleRecordOf = (article: Article): ArticleRecord & { url: string } => {
    const url = articlePath(base, addressOf(archive, article.id));
    return { ...articleRecord(article, url), url, ...coverageFields(analysis.get(article.id)) };
  };
  const articles = [...archive.articles].sort(byId);
  const quoteRecords = quotes.map(quoteRecord);
  const storyRecords = stories.map(storyRecord);
  const required = <T>(value: T | undefined, what: string): T => {
    if (value === undefined) throw new Error(`no ${what} in the archive to export`);
    return value;
  };
  const quoteById = new Map(quoteRecords.map((q) => [q.id, q]));
  const storyById = new Map(storyRecords.map((s) => [s.id, s]));
  return {
    articles: {
      entries: articles.map((a) =>
        articleIndexEntry(articleRecordOf(a), recordPath(base, 'articles', a.id)),
      ),
      record: (id) => articleRecordOf(required(articleById.get(id), `article "${id}"`)),
    },
    quotes: {
      entries: quoteRecords.map((q) =>
        quoteIndexEntry(q, quotePath(base, q.id), recordPath(base, 'quotes', q.id)),
      ),
      record: (id) => required(quoteById.get(id), `quote "${id}"`),
    },
    stories: {
      entries: storyRecords.map((s) =>
        storyIndexEntry(s, storyPath(base, s.id), recordPath(base, 'stories', s.id)),
      ),
      record: (id) => required(storyById.get(id), `story "${id}"`),
    },
  };
}
