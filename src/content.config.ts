/**
 * Astro's content collections. The article collection reads the entries the build script writes
 * and validates them with the one article schema.
 */
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { Article } from './schema/article.ts';

/** Cleaned articles: `src/content/articles/<id>.md`, written by `scripts/ingest.ts`. */
const articles = defineCollection({
  loader: glob({ pattern: '*.md', base: './src/content/articles' }),
  schema: Article,
});

export const collections = { articles };
