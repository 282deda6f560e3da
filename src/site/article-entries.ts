/**
 * The article collection read once per build: each entry's article, `text` restored from its
 * rendered body (`src/store/stored-article.ts`), and the rendered bodies by id. The one place
 * pages read article entries from `astro:content`; a page that read the collection itself would
 * copy every entry again, making the build quadratic in the article count.
 */
import { getCollection } from 'astro:content';
import type { Article } from '../schema/article.ts';
import { articleFromStore } from '../store/stored-article.ts';

/** Every article entry, in collection order. */
export interface ArticleEntries {
  readonly articles: readonly Article[];
  /** Each article's rendered body (HTML) by id. */
  readonly bodyHtml: ReadonlyMap<string, string>;
}

let loaded: Promise<ArticleEntries> | undefined;

/** The article entries (read once per build); fails naming an entry stored without its body. */
export function loadArticleEntries(): Promise<ArticleEntries> {
  loaded ??= read();
  return loaded;
}

async function read(): Promise<ArticleEntries> {
  const articles: Article[] = [];
  const bodyHtml = new Map<string, string>();
  for (const entry of await getCollection('articles')) {
    const html = entry.rendered?.html;
    if (html === undefined) throw new Error(`article "${entry.id}" is stored without its body`);
    articles.push(articleFromStore(entry.data, html));
    bodyHtml.set(entry.id, html);
  }
  return { articles, bodyHtml };
}
