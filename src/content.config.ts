/**
 * Astro's content collections. The article collection reads the entries the build script writes
 * and validates them with the one article schema.
 */
import { defineCollection } from 'astro:content';
import { z } from 'zod';
import { file, glob } from 'astro/loaders';
import { Article } from './schema/article.ts';
import { Quote } from './schema/quote.ts';
import { ArticleAnalysis, Person, Story } from './schema/story.ts';

/** Cleaned articles: `src/content/articles/<id>.md`, written by `scripts/ingest.ts`. */
const articles = defineCollection({
  loader: glob({ pattern: '*.md', base: './src/content/articles' }),
  schema: Article,
});

/** Cross-outlet analysis (`src/pipeline/analyse-corpus.ts`), written by `scripts/ingest.ts` with
 * `writeCorpus` into `src/content/corpus/`: grouped quotes, stories, people, and per article its
 * story, quotes and mentions. */
const quotes = defineCollection({ loader: file('src/content/corpus/quotes.json'), schema: Quote });
const stories = defineCollection({
  loader: file('src/content/corpus/stories.json'),
  schema: Story,
});
const people = defineCollection({
  loader: file('src/content/corpus/people.json'),
  schema: Person.extend({ id: z.string() }),
});
const analysis = defineCollection({
  loader: file('src/content/corpus/articles.json'),
  schema: ArticleAnalysis.extend({ id: z.string() }),
});

export const collections = { articles, quotes, stories, people, analysis };
