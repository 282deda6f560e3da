/**
 * The numbers beside the search filters, apart from the page: how many articles each filter value
 * would list with the words and filters chosen now (Pagefind's per-search filter counts, summed
 * over the searches that made the list), and the summary line of the folded filter panel.
 */

/** Counts per filter key, then per value, as Pagefind reports them. */
export type FilterCounts = Readonly<Record<string, Readonly<Record<string, number>>>>;

/** The counts of several searches over disjoint sets of articles, added up. A value missing from
 * one search counts nothing there. */
export function sumCounts(parts: readonly FilterCounts[]): Record<string, Record<string, number>> {
  const sum: Record<string, Record<string, number>> = {};
  for (const part of parts) {
    for (const [key, values] of Object.entries(part)) {
      const into = (sum[key] ??= {});
      for (const [value, count] of Object.entries(values)) into[value] = (into[value] ?? 0) + count;
    }
  }
  return sum;
}

/** The count shown beside `value` of filter `key`: a whole number with digit grouping, "0" for a
 * value the current search lists no article under, and empty before any count is known. */
export function countText(counts: FilterCounts | null, key: string, value: string): string {
  if (counts === null) return '';
  const count = counts[key]?.[value] ?? 0;
  return count.toLocaleString('en');
}

/** The folded filter panel's summary: "Filters", or with how many conditions are chosen
 * ("Filters (2)"), so a reader sees from the closed panel that results are narrowed. */
export function filtersSummary(chosen: number): string {
  return chosen > 0 ? `Filters (${chosen})` : 'Filters';
}
