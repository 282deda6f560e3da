/**
 * A story page's coverage: its articles oldest first (undated last), each named by its outlet
 * (told apart by number when two share one, or both are unknown) with the story's quotes it
 * prints; and what the page says about time when a chart would mislead, since one dated article
 * is a single dot, not a timeline.
 */
import type { Article } from '../schema/article.ts';
import type { Quote, Variant } from '../schema/quote.ts';
import type { Story } from '../schema/story.ts';
import { formatDate } from './dates.ts';
import { storyQuoteTable } from './story-view.ts';
import { dateSpan } from './timeline-svg.ts';

/** What the coverage needs of an article. */
export type CoveredArticle = Pick<Article, 'id' | 'outlet' | 'published' | 'publishedPrecision'>;

/** A quote of the story as one article prints it. */
export interface PrintedQuote {
  readonly quote: Pick<Quote, 'id' | 'text' | 'speaker'>;
  readonly variant: Variant;
}

/** One article of the story as its coverage list shows it. */
export interface CoverageEntry<A extends CoveredArticle> {
  readonly article: A;
  /** Its outlet, or "Outlet unknown", with its place in the list when another shares the name. */
  readonly label: string;
  /** The story's quotes it prints, the most widely printed first. */
  readonly quotes: readonly PrintedQuote[];
}

/** `articles` oldest first by the start of their date's span; undated last; ties by id. */
export function oldestFirst<A extends CoveredArticle>(articles: readonly A[]): A[] {
  const start = (a: A) => dateSpan(a)?.[0] ?? Infinity;
  return [...articles].sort((x, y) => start(x) - start(y) || x.id.localeCompare(y.id));
}

/** Names for `ordered` articles: the outlet alone when unique in the story, else with the
 * article's number in the list ("Outlet unknown (article 2)"). */
export function outletLabels(ordered: readonly CoveredArticle[]): Map<string, string> {
  const name = (a: CoveredArticle) => a.outlet ?? 'Outlet unknown';
  const counts = new Map<string, number>();
  for (const a of ordered) counts.set(name(a), (counts.get(name(a)) ?? 0) + 1);
  return new Map(
    ordered.map((a, i) => [
      a.id,
      (counts.get(name(a)) ?? 0) > 1 ? `${name(a)} (article ${i + 1})` : name(a),
    ]),
  );
}

/** The coverage list of `story`: its `articles` oldest first, each with the `quotes` it prints. */
export function storyCoverage<A extends CoveredArticle>(
  story: Pick<Story, 'articles'>,
  articles: readonly A[],
  quotes: readonly Pick<Quote, 'id' | 'text' | 'speaker' | 'appearances'>[],
): CoverageEntry<A>[] {
  const table = storyQuoteTable(story, quotes);
  const ordered = oldestFirst(articles);
  const labels = outletLabels(ordered);
  return ordered.map((article) => {
    const column = table.articles.indexOf(article.id);
    return {
      article,
      label: labels.get(article.id) ?? 'Outlet unknown',
      quotes: table.rows.flatMap(({ quote, cells }) => {
        const variant = cells[column] ?? null;
        return variant === null ? [] : [{ quote, variant }];
      }),
    };
  });
}

/** The line above an article's quotes: how many of the story's `total` it prints, and that
 * only changed printings are labelled (most are word for word, so the list stays short). */
export function printedLead(printed: readonly PrintedQuote[], total: number): string {
  if (printed.length === 0) return 'Prints none of the story’s quotes.';
  const of = total === 1 ? 'the story’s one quote' : `the story’s ${total} quotes`;
  const all = total === 1 ? of : `all ${of}`;
  const lead = printed.length === total ? all : `${printed.length} of ${of}`;
  const changed = printed.some((p) => p.variant !== 'verbatim');
  return `Prints ${lead}${changed ? ', word for word unless noted' : ', word for word'}:`;
}

/** What the timeline section shows: a chart only with two or more dated articles, and a sentence
 * saying what the chart cannot (the one date there is, or which articles are undated). */
export interface TimelinePlan {
  readonly chart: boolean;
  readonly text: string | null;
}

const count = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** The timeline plan for `entries` (in coverage order). */
export function timelinePlan(entries: readonly CoverageEntry<CoveredArticle>[]): TimelinePlan {
  const dated = entries.filter((e) => dateSpan(e.article) !== null);
  const undated = entries.length - dated.length;
  const only = dated[0];
  if (dated.length >= 2) {
    const text =
      undated === 0 ? null : `${count(undated, 'article is', 'articles are')} undated, not drawn.`;
    return { chart: true, text };
  }
  if (only === undefined) {
    return {
      chart: false,
      text: 'No article of this story has a known date, so none can be placed on a timeline.',
    };
  }
  const when = `${only.label}, dated ${formatDate(only.article)}`;
  if (undated === 0) return { chart: false, text: `The story has one article: ${when}.` };
  return {
    chart: false,
    text:
      `Only one article has a known date: ${when}. ` +
      `${undated === 1 ? 'The other is' : `The other ${undated} are`} undated, so there is no ` +
      'timeline to draw.',
  };
}
