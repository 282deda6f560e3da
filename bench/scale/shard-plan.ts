/**
 * Splitting an archive into shards by year, for builds that outgrow one machine: contiguous year
 * ranges holding about the same number of copies each, so shards build in about the same time and
 * a new year only ever touches the last shard.
 */
import type { ArchivePlan } from './archive-plan.ts';

/** A shard: the years it holds, inclusive. */
export interface YearRange {
  readonly from: number;
  readonly to: number;
}

/** At most `k` year ranges covering every copy's year, cut where the copies' running count crosses
 * each k-th; fewer when the archive spans fewer years than `k`. */
export function yearShards(plan: ArchivePlan, k: number): YearRange[] {
  const years = plan.copies.map((c) => Number(c.published.slice(0, 4))).sort((a, b) => a - b);
  const first = years[0];
  const last = years[years.length - 1];
  const cuts: YearRange[] = [];
  if (first === undefined || last === undefined) return cuts;
  let from: number = first;
  for (let n = 1; n <= k && from <= last; n += 1) {
    const to: number =
      n === k ? last : Math.max(from, years[Math.floor((years.length * n) / k) - 1] ?? from);
    cuts.push({ from, to });
    from = to + 1;
  }
  return cuts;
}

/** The index of the shard holding `published` (an ISO date), or -1. */
export function shardOf(shards: readonly YearRange[], published: string): number {
  const year = Number(published.slice(0, 4));
  return shards.findIndex((s) => year >= s.from && year <= s.to);
}
