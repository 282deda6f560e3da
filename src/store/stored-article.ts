/**
 * An article as the content store holds it: the article's fields and its rendered body, with the
 * words once. The `text` field is left out whenever it reads back exactly off the rendered body
 * (`body-text.ts`), which is nearly always; pages get the full article back with
 * `articleFromStore`. Pure: the loader (`article-loader-fs.ts`) does the reading and writing.
 */
import { z } from 'zod';
import { Article } from '../schema/article.ts';
import { bodyText } from './body-text.ts';

/** The stored form of an article entry's data: every field of `Article`, with `text` present
 * only when the rendered body does not give it back exactly. */
export const StoredArticle = Article.extend({
  /** The clean body as plain text, stored only when reading the rendered body back would not
   * give exactly these characters. */
  text: Article.shape.text.optional(),
});
export type StoredArticle = z.infer<typeof StoredArticle>;

/** The stored data of `article` whose body rendered to `html`: without `text` when `bodyText`
 * gives it back exactly, else unchanged. */
export function storedArticle(article: Article, html: string): StoredArticle {
  if (bodyText(html) !== article.text) return article;
  const stored: StoredArticle = { ...article };
  delete stored.text;
  return stored;
}

/** The article `stored` was made from (its `html` being the rendered body stored with it): the
 * same fields, `text` included, as `storedArticle` received them. */
export function articleFromStore(stored: StoredArticle, html: string): Article {
  return stored.text === undefined
    ? { ...stored, text: bodyText(html) }
    : { ...stored, text: stored.text };
}
