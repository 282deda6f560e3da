/**
 * The incremental rows of the scale benchmark: after the cold build of N articles, K more are
 * added (the archive of N + K, whose first N inputs are the same bytes) and the site is rebuilt
 * with the ingest cache the cold build left. Each row sets the rebuild beside the cold build of
 * the same run, as a ratio, against the targets: the entries and analysis (the ingest) in
 * at most 10% of the cold ingest's time, the whole build in at most half; and how many pages Astro
 * rendered in each (the rest of a rebuild's pages are copied from the cold build's, see
 * `src/site/page-keys.ts`). Pure: results in, Markdown rows out.
 */
import { type BuildResult, stageSeconds } from './bench-table.ts';

/** A rebuild after adding inputs to a built archive. */
export interface IncrementalResult {
  /** Inputs added to the archive. */
  readonly added: number;
  /** Inputs of the cold build that are byte for byte the same in the rebuild. */
  readonly unchanged: number;
  /** The rebuild (same stages as the cold build). */
  readonly ours: BuildResult;
}

/** The targets: largest rebuild / cold time allowed, by row. */
const TARGETS: Readonly<Record<string, number>> = { ingest: 0.1, 'whole build': 0.5 };

const fmt = (n: number, digits = 1): string => n.toFixed(digits);

/** Rows (header first) comparing the rebuild with the cold build `cold`, stage by stage. */
export function incrementalRows(cold: BuildResult, rebuild: IncrementalResult): string[][] {
  const rows = [
    [
      `+${rebuild.added} inputs (${rebuild.unchanged} unchanged)`,
      'cold build (s)',
      'rebuild (s)',
      'rebuild / cold',
      'target',
    ],
  ];
  const add = (label: string, a: number | null, b: number | null): void => {
    if (a === null || b === null) return;
    const target = TARGETS[label];
    const ratio = a > 0 ? b / a : null;
    const verdict =
      target === undefined || ratio === null
        ? ''
        : `≤ ${fmt(target * 100, 0)}%: ${ratio <= target ? 'met' : 'missed'}`;
    rows.push([label, fmt(a), fmt(b), ratio === null ? '–' : `${fmt(100 * ratio)}%`, verdict]);
  };
  for (const stage of cold.stages) {
    add(stage.name, stage.seconds, stageSeconds(rebuild.ours, stage.name));
  }
  add('whole build', cold.seconds, rebuild.ours.seconds);
  const before = cold.stages.find((s) => s.name === 'astro build')?.pages;
  const after = rebuild.ours.stages.find((s) => s.name === 'astro build')?.pages;
  if (before !== undefined && after !== undefined) {
    const rendered = (p: { written: number; reused: number }): number => p.written - p.reused;
    rows.push([
      'astro build: pages rendered (of written)',
      `${rendered(before)} (of ${before.written})`,
      `${rendered(after)} (of ${after.written})`,
      rendered(before) > 0 ? `${fmt((100 * rendered(after)) / rendered(before))}%` : '–',
      '',
    ]);
  }
  return rows;
}
