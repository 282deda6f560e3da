/**
 * Dates in search, apart from the page: each article page files its date under the `day` filter
 * (`2025-04-01`, or `2025-04` / `2025` at the precision known, or `undated`). Pagefind has no
 * range filter and sorts undated pages (sort key "0000") first when oldest come first, so a date
 * range becomes the list of known `day` values inside it, and a date order becomes two searches:
 * the dated articles in that order, then the undated ones.
 */

/** The filter every article page carries its date under. */
export const DAY_FILTER = 'day';
/** The `day` value of an article whose date is unknown. */
export const UNDATED = 'undated';

/** A date range as typed (`YYYY-MM-DD` each, either end open). */
export interface DateRange {
  readonly from: string | null;
  readonly to: string | null;
}

const DAY = /^\d{4}(?:-\d{2}(?:-\d{2})?)?$/;

/** The `day` value for a date published at `precision`: the date as printed, cut to what is
 * known (a timestamp keeps the outlet's own calendar day, not UTC's). */
export function dayValue(published: string | null, precision: string): string {
  if (published === null || precision === 'unknown') return UNDATED;
  const length = precision === 'year' ? 4 : precision === 'month' ? 7 : 10;
  const day = published.slice(0, length);
  return DAY.test(day) ? day : UNDATED;
}

/** A range end as typed: a valid `YYYY-MM-DD` (what `<input type=date>` submits), else open. */
export function rangeEnd(text: string | null | undefined): string | null {
  return text !== null && text !== undefined && /^\d{4}-\d{2}-\d{2}$/.test(text) ? text : null;
}

/** True when a range end is set. */
export function hasRange(range: DateRange): boolean {
  return range.from !== null || range.to !== null;
}

/** The `day` values of `values` that may fall inside `range`: a day inside it, or a month or
 * year that overlaps it (a coarse date could be any day of its span, so it is kept rather than
 * hidden). Undated articles are never inside a range. Both ends are inclusive. */
export function daysInRange(values: readonly string[], range: DateRange): string[] {
  return values.filter((value) => {
    if (value === UNDATED || !DAY.test(value)) return false;
    // The span's first and last day compare as strings: "2025-04" -> 2025-04-00 .. 2025-04-99.
    const first = value.padEnd(10, value.length === 4 ? '-00-00' : '-00').slice(0, 10);
    const last = value.length === 10 ? value : `${value}${value.length === 4 ? '-99-99' : '-99'}`;
    return (range.from === null || last >= range.from) && (range.to === null || first <= range.to);
  });
}

/** One Pagefind search of a plan: the `day` values it keeps (null: no date condition). */
export type DayPass = readonly string[] | null;

/** The searches that list results in the reader's order, to run one after the other and
 * concatenate: relevance is one search; a date order lists dated articles first in that order
 * and undated ones after them, in both directions; a range keeps only the dated articles in it.
 * An empty pass (no known day in the range) finds nothing, so it is left out. */
export function dayPasses(values: readonly string[], range: DateRange, byDate: boolean): DayPass[] {
  if (hasRange(range)) {
    const inside = daysInRange(values, range);
    return inside.length === 0 ? [] : [inside];
  }
  if (!byDate) return [null];
  const dated = values.filter((value) => value !== UNDATED);
  const passes: DayPass[] = [];
  if (dated.length > 0) passes.push(dated);
  if (values.includes(UNDATED)) passes.push([UNDATED]);
  return passes;
}
