/**
 * The articles that printed a quote's words in an earlier version and cut them from their latest
 * text, as the quote's page lists them: read off each article's withdrawn quotations that name the
 * quote (`src/versions/withdrawn-quotes.ts`), so the link is stored once, on the article's side.
 * They are not printings of the quote (no latest text prints them), so they are never counted
 * among its articles and outlets. Pure.
 */
import type { Article } from '../schema/article.ts';
import type { WithdrawnQuote } from '../schema/quote.ts';
import type { ArticleAnalysis } from '../schema/story.ts';
import { captureDate, UNKNOWN_CAPTURE, VERSION_DIGITS } from './version-view.ts';

/** Words of a quote an article printed and cut: the article's id, and the cut as withdrawn. */
export interface CutPrinting {
  readonly article: string;
  readonly cut: WithdrawnQuote;
}

/** By quote id, the withdrawn quotations that name it, each with its article, sorted by article
 * id (an article that cut two wordings of the quote, from different versions, is there twice,
 * each with the words as printed and the versions that printed them). */
export function cutPrintingsByQuote(
  analysis: ReadonlyMap<string, Pick<ArticleAnalysis, 'withdrawn'>>,
): Map<string, CutPrinting[]> {
  const byQuote = new Map<string, CutPrinting[]>();
  const ids = [...analysis.keys()].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  for (const article of ids) {
    for (const cut of analysis.get(article)?.withdrawn ?? []) {
      if (cut.quote === undefined) continue;
      const list = byQuote.get(cut.quote) ?? [];
      list.push({ article, cut });
      byQuote.set(cut.quote, list);
    }
  }
  return byQuote;
}

/** One earlier version that printed the cut words, as the quote page names it. */
export interface CutVersionView {
  /** The version's hash, for the address of its comparison with the latest. */
  readonly sha256: string;
  /** "the version captured 2025-05-01 08:00 UTC", or by its hash when its capture date is
   * unknown. */
  readonly label: string;
}

/** The earlier versions of `article` that printed `cut`, oldest first, as the quote page names
 * them. */
export function cutVersions(cut: WithdrawnQuote, article: Article | undefined): CutVersionView[] {
  return cut.versions.map((sha256) => {
    const version = article?.versions?.earlier.find((v) => v.sha256 === sha256);
    const captured = captureDate(version?.captures[0]?.captured ?? null);
    const label =
      captured === UNKNOWN_CAPTURE
        ? `the version ${sha256.slice(0, VERSION_DIGITS)} (capture date unknown)`
        : `the version captured ${captured}`;
    return { sha256, label };
  });
}
