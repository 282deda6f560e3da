/**
 * The cross-outlet analysis of a whole archive: quotations (extracted, attributed, grouped),
 * stories with the reuse between their articles, and the people and organisations mentioned or
 * quoted. Pure: articles in, a
 * validated Corpus out. Near-linear: no step compares all pairs of articles or of quotations.
 * What depends on one article alone (its parts) may come from a build before, so a rebuild only
 * redoes the grouping across articles.
 */
import { collectEntities } from '../entities/collect-entities.ts';
import { groupQuotes } from '../quotes/group-quotes.ts';
import type { Article } from '../schema/article.ts';
import { Corpus, type ArticleAnalysis } from '../schema/story.ts';
import { groupStories } from '../stories/group-stories.ts';
import type { ReuseMemo } from '../stories/reuse-memo.ts';
import { type ArticleParts, articleParts } from './article-parts.ts';

function cmp(x: string, y: string): number {
  return x < y ? -1 : x > y ? 1 : 0;
}

/** The stages of the analysis, in order, as progress displays name them: each article's parts
 * (quotations, entities, story signatures), then the grouping across articles. */
export type AnalysisStage =
  'article parts' | 'quote groups' | 'story signatures' | 'story pairs' | 'people';

/** Told `done` of `total` steps of a stage as the analysis advances; each stage ends with a call
 * where `done === total`. */
export type AnalysisProgress = (stage: AnalysisStage, done: number, total: number) => void;

/** Analyses `articles` (their ids must be unique). Output is sorted throughout, so the same
 * articles in any order give the same corpus; it is validated with the Corpus schema.
 * `onProgress` (optional) follows each stage; it never changes the result. `partsOf` gives an
 * article's parts (computed by default; kept parts must be the ones `articleParts` gives for the
 * article's text and embeds, and then the corpus is the same). `memo` (optional) holds the
 * classifications of article pairs kept from a build before, and is filled with this build's
 * (see `src/stories/reuse-memo.ts`); the corpus is the same with or without it. */
export function analyseCorpus(
  articles: readonly Article[],
  onProgress: AnalysisProgress = () => undefined,
  partsOf: (article: Article) => ArticleParts = articleParts,
  memo?: ReuseMemo,
): Corpus {
  const sorted = [...articles].sort((x, y) => cmp(x.id, y.id));
  onProgress('article parts', 0, sorted.length);
  const parts = new Map(
    sorted.map((article, i) => {
      const found = partsOf(article);
      onProgress('article parts', i + 1, sorted.length);
      return [article.id, found] as const;
    }),
  );
  const partOf = (id: string): ArticleParts => parts.get(id) as ArticleParts;
  const mentions = sorted.map((article) => ({ article, mentions: partOf(article.id).mentions }));
  onProgress('quote groups', 0, 1);
  const { quotes, mentionQuotes } = groupQuotes(mentions);
  onProgress('quote groups', 1, 1);
  const stories = groupStories(sorted, {
    onProgress: (step, done, total) =>
      onProgress(step === 'signatures' ? 'story signatures' : 'story pairs', done, total),
    signaturesOf: (a) => ({
      reuse: Uint32Array.from(partOf(a.id).reuse),
      topic: Uint32Array.from(partOf(a.id).topic),
    }),
    ...(memo === undefined ? {} : { memo }),
  });
  const storyOf = new Map(stories.flatMap((s) => s.articles.map((a) => [a, s.id] as const)));
  const entities = new Map(sorted.map((a) => [a.id, partOf(a.id).entities] as const));
  const byArticle: Record<string, ArticleAnalysis> = {};
  for (const { article, mentions: list } of mentions) {
    const ids = (mentionQuotes.get(article.id) ?? []).flatMap((id) => (id ? [id] : []));
    byArticle[article.id] = {
      story: storyOf.get(article.id) ?? `story-${article.id}`,
      quotes: [...new Set(ids)].sort(cmp),
      mentions: list,
      entities: entities.get(article.id) ?? { people: [], organizations: [], places: [] },
    };
  }
  onProgress('people', 0, 1);
  const people = collectEntities(entities, quotes);
  onProgress('people', 1, 1);
  return Corpus.parse({ quotes, stories, entities: people, byArticle });
}
