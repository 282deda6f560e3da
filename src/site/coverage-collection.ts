/**
 * The cross-outlet analysis as pages read it: quotes, stories, entities and the per-article
 * analysis from their content collections, with lookups by id and name. The one place pages touch
 * `astro:content` for coverage. Loaded once per build: every page shares the same lookups, so a
 * large archive does not rebuild them per page.
 */
import { getCollection } from 'astro:content';
import type { Article } from '../schema/article.ts';
import type { Quote } from '../schema/quote.ts';
import type { ArticleAnalysis, Entity, Story } from '../schema/story.ts';
import { loadArticleEntries } from './article-entries.ts';
import { type CutPrinting, cutPrintingsByQuote } from './cut-printings.ts';
import { entityLookup, type EntityLookup } from './entity-view.ts';

/** Everything a coverage page needs. */
export interface Coverage {
  /** Quotes sorted by id. */
  readonly quotes: readonly Quote[];
  readonly quoteById: ReadonlyMap<string, Quote>;
  /** Stories sorted by id. */
  readonly stories: readonly Story[];
  readonly storyById: ReadonlyMap<string, Story>;
  /** People and organisations, sorted by slug. */
  readonly entities: readonly Entity[];
  /** Entities by type and any printed form of their names (see `speakerEntity`). */
  readonly entityByName: EntityLookup;
  /** Per-article analysis by article id. */
  readonly analysis: ReadonlyMap<string, ArticleAnalysis>;
  /** By quote id, the articles that printed its words in an earlier version and cut them. */
  readonly cutPrintings: ReadonlyMap<string, readonly CutPrinting[]>;
  /** Every article by id. */
  readonly articleById: ReadonlyMap<string, Article>;
}

let loaded: Promise<Coverage> | undefined;

async function load(): Promise<Coverage> {
  const byId = <T extends { id: string }>(list: readonly T[]): T[] =>
    [...list].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const quotes = byId((await getCollection('quotes')).map((e) => e.data));
  const stories = byId((await getCollection('stories')).map((e) => e.data));
  const entities = byId((await getCollection('entities')).map((e) => e.data));
  const analysis = (await getCollection('analysis')).map((e) => e.data);
  const { articles } = await loadArticleEntries();
  const analysisById = new Map(analysis.map((a) => [a.id, a]));
  return {
    quotes,
    quoteById: new Map(quotes.map((q) => [q.id, q])),
    stories,
    storyById: new Map(stories.map((s) => [s.id, s])),
    entities,
    entityByName: entityLookup(entities),
    analysis: analysisById,
    cutPrintings: cutPrintingsByQuote(analysisById),
    articleById: new Map(articles.map((a) => [a.id, a])),
  };
}

/** Loads the coverage collections (once per build). */
export function loadCoverage(): Promise<Coverage> {
  loaded ??= load();
  return loaded;
}
