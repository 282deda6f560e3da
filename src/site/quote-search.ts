/**
 * What the search page does with quote pages (see `quotes/[id].astro`, marked `kind:quote` for
 * the index): article results leave them out, and the quotes a query matches are listed once
 * each, above the articles, with their speaker and how widely they were printed.
 */

/** Quote results shown above the articles. */
export const QUOTES_SHOWN = 5;

/** Pagefind's filter for quote pages only. */
export const QUOTES_ONLY = { kind: 'quote' } as const;

/** The article search's filters: the reader's own, and never a quote page (quote pages carry no
 * outlet, year or tag, so any chosen filter already leaves them out). */
export function withoutQuotes(
  filters: Readonly<Record<string, { any: string[] }>>,
): Record<string, unknown> {
  return Object.keys(filters).length > 0 ? { ...filters } : { none: [QUOTES_ONLY] };
}

/** True when quotes are searched too: words were typed and no article filter is chosen. */
export function searchesQuotes(terms: string | null, filtered: boolean): boolean {
  return terms !== null && !filtered;
}

/** The line under a quote result: its speaker (or that nobody says) and how widely it was
 * printed, from the quote page's metadata. */
export function quoteResultLine(meta: Readonly<Record<string, string | undefined>>): string {
  const speaker = meta['speaker'] ?? 'Speaker unknown';
  const printed = meta['printed'];
  return printed === undefined ? speaker : `${speaker} · ${printed}`;
}

/** The heading over the quote results. */
export function quotesHeading(shown: number, total: number): string {
  const what = total === 1 ? 'quote matches' : 'quotes match';
  return shown < total ? `${total} ${what} (the first ${shown} shown)` : `${total} ${what}`;
}
