/**
 * Astro's content collections. The article collection reads the entries the build script writes
 * and validates them with the one article schema.
 */
import { defineCollection } from 'astro:content';
import { z } from 'zod';
import { file } from 'astro/loaders';
import { CORPUS_FOLDER, DEFAULT_OUTPUT_DIR, ENTRIES_FOLDER } from './pipeline/output-layout.ts';
import { Quote } from './schema/quote.ts';
import { ArticleAnalysis, Entity, Story } from './schema/story.ts';
import { articleLoader } from './store/article-loader-fs.ts';
import { StoredArticle } from './store/stored-article.ts';

const OUTPUT = `./${DEFAULT_OUTPUT_DIR}`;
const CORPUS = `${OUTPUT}/${CORPUS_FOLDER}`;

/** Cleaned articles: `src/content/archive/articles/<id>.md`, written by `scripts/ingest.ts`,
 * stored with their rendered body and their words once (`src/store/`). */
const articles = defineCollection({
  loader: articleLoader(`${OUTPUT}/${ENTRIES_FOLDER}`),
  schema: StoredArticle,
});

/** Cross-outlet analysis (`src/pipeline/analyse-corpus.ts`), written by `scripts/ingest.ts` into
 * `src/content/archive/corpus/` with the entries: grouped quotes, stories, entities (people and organisations), and per article its
 * story, quotes and mentions. */
const quotes = defineCollection({ loader: file(`${CORPUS}/quotes.json`), schema: Quote });
const stories = defineCollection({
  loader: file(`${CORPUS}/stories.json`),
  schema: Story,
});
const entities = defineCollection({
  loader: file(`${CORPUS}/entities.json`),
  schema: Entity.extend({ id: z.string() }),
});
const analysis = defineCollection({
  loader: file(`${CORPUS}/articles.json`),
  schema: ArticleAnalysis.extend({ id: z.string() }),
});

export const collections = { articles, quotes, stories, entities, analysis };
