/**
 * The cross-outlet analysis of a whole archive: quotations (extracted, attributed, grouped),
 * stories with the reuse between their articles, and the people and organisations mentioned or
 * quoted. Pure: articles in, a
 * validated Corpus out. Near-linear: no step compares all pairs of articles or of quotations.
 */
import { collectEntities } from '../entities/collect-entities.ts';
import { extractEntities } from '../entities/extract-entities.ts';
import { groupQuotes } from '../quotes/group-quotes.ts';
import { extractQuotes } from '../quotes/extract-quotes.ts';
import type { Article } from '../schema/article.ts';
import { Corpus, type ArticleAnalysis } from '../schema/story.ts';
import { groupStories } from '../stories/group-stories.ts';

function cmp(x: string, y: string): number {
  return x < y ? -1 : x > y ? 1 : 0;
}

/** The stages of the analysis, in order, as progress displays name them. */
export type AnalysisStage =
  'quotes' | 'quote groups' | 'story signatures' | 'story pairs' | 'people';

/** Told `done` of `total` steps of a stage as the analysis advances; each stage ends with a call
 * where `done === total`. */
export type AnalysisProgress = (stage: AnalysisStage, done: number, total: number) => void;

/** Analyses `articles` (their ids must be unique). Output is sorted throughout, so the same
 * articles in any order give the same corpus; it is validated with the Corpus schema.
 * `onProgress` (optional) follows each stage; it never changes the result. */
export function analyseCorpus(
  articles: readonly Article[],
  onProgress: AnalysisProgress = () => undefined,
): Corpus {
  const sorted = [...articles].sort((x, y) => cmp(x.id, y.id));
  onProgress('quotes', 0, sorted.length);
  const mentions = sorted.map((article, i) => {
    const found = { article, mentions: extractQuotes(article) };
    onProgress('quotes', i + 1, sorted.length);
    return found;
  });
  onProgress('quote groups', 0, 1);
  const { quotes, mentionQuotes } = groupQuotes(mentions);
  onProgress('quote groups', 1, 1);
  const stories = groupStories(sorted, (step, done, total) =>
    onProgress(step === 'signatures' ? 'story signatures' : 'story pairs', done, total),
  );
  const storyOf = new Map(stories.flatMap((s) => s.articles.map((a) => [a, s.id] as const)));
  onProgress('people', 0, sorted.length);
  const entities = new Map(
    sorted.map((a, i) => {
      const found = extractEntities(a.text);
      onProgress('people', i + 1, sorted.length);
      return [a.id, found] as const;
    }),
  );
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
  return Corpus.parse({
    quotes,
    stories,
    entities: collectEntities(entities, quotes),
    byArticle,
  });
}
