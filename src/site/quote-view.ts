/**
 * A quote as its page shows it: who printed it (articles and outlets, an unknown outlet counted
 * as unknown, never guessed), each printing in date order with its words compared to the fullest
 * form, and the earliest known printing.
 */
import { diffWords } from 'diff';
import type { Article } from '../schema/article.ts';
import type { Appearance, Quote, Variant, WordChange } from '../schema/quote.ts';
import { dateSortKey } from './dates.ts';

/** What a quote's page needs of an article. */
export type QuotedArticle = Pick<
  Article,
  'id' | 'title' | 'outlet' | 'published' | 'publishedPrecision' | 'language'
>;

/** How widely a quote was printed. */
export interface PrintCount {
  /** Articles that printed it. */
  readonly articles: number;
  /** Distinct known outlets among them. */
  readonly outlets: number;
  /** Articles among them whose outlet nobody knows. */
  readonly unknownOutlet: number;
}

/** How each variant is described to a reader. */
export const VARIANT_LABELS: Readonly<Record<Variant, string>> = {
  verbatim: 'word for word',
  truncated: 'part of it',
  altered: 'with words changed',
  fragment: 'a few words, inside the writer’s sentence',
};

/** How widely `appearances` were printed; articles missing from `articles` count as unknown. */
export function printCount(
  appearances: readonly Pick<Appearance, 'article'>[],
  articles: ReadonlyMap<string, Pick<Article, 'outlet'>>,
): PrintCount {
  const ids = [...new Set(appearances.map((a) => a.article))];
  const outlets = new Set<string>();
  let unknownOutlet = 0;
  for (const id of ids) {
    const outlet = articles.get(id)?.outlet ?? null;
    if (outlet === null) unknownOutlet += 1;
    else outlets.add(outlet);
  }
  return { articles: ids.length, outlets: outlets.size, unknownOutlet };
}

const plural = (n: number, one: string, many: string): string => `${n} ${n === 1 ? one : many}`;

/** The sentence saying how widely a quote was printed, e.g. "Printed in 4 articles by 3 outlets;
 * the outlet of 1 article is unknown." */
export function printSummary(count: PrintCount): string {
  const articles = plural(count.articles, 'article', 'articles');
  const outlets = count.outlets > 0 ? ` by ${plural(count.outlets, 'outlet', 'outlets')}` : '';
  const unknown =
    count.unknownOutlet === 0
      ? ''
      : count.unknownOutlet === count.articles
        ? `; ${count.articles === 1 ? 'its outlet is' : 'their outlets are'} unknown`
        : `; the outlet of ${plural(count.unknownOutlet, 'article is', 'articles is')} unknown`;
  return `Printed in ${articles}${outlets}${unknown}.`;
}

/** The word-level changes of one printing against the fullest form: the analysis' own diff when
 * it has one; otherwise computed (a part shows the words it leaves out as dropped). */
export function versionChanges(fullest: string, appearance: Appearance): WordChange[] {
  if (appearance.diff) return appearance.diff;
  if (appearance.text === fullest) return [{ op: 'same', text: appearance.text }];
  return diffWords(fullest, appearance.text).map((c) => ({
    op: c.added ? 'added' : c.removed ? 'dropped' : 'same',
    text: c.value,
  }));
}

/** One printing of a quote, as its page lists it. */
export interface PrintingRow {
  readonly article: QuotedArticle | null;
  readonly articleId: string;
  readonly text: string;
  readonly variant: Variant;
  readonly changes: WordChange[];
  /** True for the printing with the earliest known date. */
  readonly earliest: boolean;
}

/** Every printing of `quote`, oldest known first, undated ones last (ties by article id). */
export function printingRows(
  quote: Quote,
  articles: ReadonlyMap<string, QuotedArticle>,
): PrintingRow[] {
  const rows = quote.appearances.map((appearance) => ({
    article: articles.get(appearance.article) ?? null,
    articleId: appearance.article,
    text: appearance.text,
    variant: appearance.variant,
    changes: versionChanges(quote.text, appearance),
    earliest: appearance.article === quote.earliest,
  }));
  const key = (row: PrintingRow): string =>
    row.article === null ? '0000' : dateSortKey(row.article);
  return rows.sort((x, y) => {
    const dated = Number(key(y) !== '0000') - Number(key(x) !== '0000');
    if (dated !== 0) return dated;
    return key(x).localeCompare(key(y)) || x.articleId.localeCompare(y.articleId);
  });
}

/** Quotes most widely printed first (then by id): the order of the quotes index and of a
 * speaker's page. */
export function byReach<T extends Pick<Quote, 'id' | 'appearances'>>(quotes: readonly T[]): T[] {
  return [...quotes].sort(
    (x, y) => y.appearances.length - x.appearances.length || x.id.localeCompare(y.id),
  );
}

/** The first `max` words of a quotation, with an ellipsis when cut: how lists show it. */
export function shortQuote(text: string, max = 30): string {
  const words = text.trim().split(/\s+/);
  return words.length <= max ? text.trim() : `${words.slice(0, max).join(' ')}…`;
}
