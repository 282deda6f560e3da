/**
 * The benchmark's one table: for each archive size measured, our build and the baseline's side by
 * side (seconds per stage, articles per second, peak memory, `dist/` size and files, index bytes
 * per article, the three searches), with our overhead as a ratio and, when two sizes were run, how
 * each stage's time grew, and how our stories agree with the planned ones. Pure: results in,
 * Markdown text out (it reads the same in a terminal).
 */
import type { IncrementalResult } from './incremental-table.ts';
import type { DistPart } from './dist-breakdown.ts';
import type { StoryAgreement } from './story-agreement.ts';

/** One timed stage of a build. */
export interface StageResult {
  readonly name: string;
  readonly seconds: number;
  /** Largest resident set of the stage's processes, in bytes; null when it could not be read. */
  readonly peakRss: number | null;
  /** For `astro build`: the pages and files it wrote, and how many of them it copied from the
   * previous build instead of rendering (Astro's incremental build). */
  readonly pages?: { readonly written: number; readonly reused: number };
}

/** One build (ours or the baseline) of one archive. */
export interface BuildResult {
  readonly stages: readonly StageResult[];
  readonly seconds: number;
  readonly entries: number;
  readonly distBytes: number;
  readonly distFiles: number;
  /** Bytes of the Pagefind bundle (`dist/pagefind/`). */
  readonly indexBytes: number;
  /** `dist/` by part (`bench/scale/dist-breakdown.ts`); absent in results written before it was
   * measured. */
  readonly parts?: readonly DistPart[];
}

/** One search measured in Chromium. */
export interface SearchResult {
  readonly label: string;
  readonly query: string;
  /** Bytes the server sent for the search, text files counted gzip-compressed. */
  readonly bytes: number;
  /** From submitting the query to the first result on the page. */
  readonly firstResultMs: number;
  readonly results: number;
}

/** Everything measured for one archive size. */
export interface BenchResult {
  readonly articles: number;
  readonly ours: BuildResult;
  readonly baseline: BuildResult;
  readonly search: readonly SearchResult[] | null;
  /** Our stories against the generator's plan; absent in results written before it was measured. */
  readonly stories?: StoryAgreement | null;
  /** The rebuild after adding inputs (`--incremental`); absent when not measured. */
  readonly incremental?: IncrementalResult | null;
}

const MB = 1024 * 1024;
const fmt = (n: number, digits = 1): string => n.toFixed(digits);
const peak = (b: BuildResult): number | null =>
  b.stages.reduce<number | null>(
    (m, s) => (s.peakRss === null ? m : Math.max(m ?? 0, s.peakRss)),
    null,
  );

/** Time of a stage (by name) in a build, or null when the build has no such stage. */
export function stageSeconds(build: BuildResult, name: string): number | null {
  return build.stages.find((s) => s.name === name)?.seconds ?? null;
}

/** Rows of the table: a label and one cell per column (ours, baseline for each size; then growth). */
export function benchRows(results: readonly BenchResult[]): string[][] {
  const row = rowMaker(results);
  const first = results[0];
  const last = results[results.length - 1];
  const header = [
    '',
    ...results.flatMap((r) => [`ours, N=${r.articles}`, `baseline, N=${r.articles}`]),
  ];
  if (first && last && first !== last) header.push(`growth ${last.articles}/${first.articles}`);
  return [
    header,
    ...stageRows(results, row),
    ...buildRows(row),
    ...partRows(results, row),
    ...storyRows(results, row),
    ...searchRows(results, row),
  ];
}

/** The row builder for `results`: a label, then one cell per build, then (when two sizes or more
 * were run) how `grow`'s figure grew from the first size to the last in our builds. */
function rowMaker(results: readonly BenchResult[]): RowOf {
  const first = results[0];
  const last = results[results.length - 1];
  return (label, cell, grow) => {
    const cells = results.flatMap((r) => [cell(r.ours, r, true), cell(r.baseline, r, false)]);
    if (first && last && first !== last) {
      const a = grow?.(first.ours) ?? null;
      const b = grow?.(last.ours) ?? null;
      cells.push(a !== null && b !== null && a > 0 ? `${fmt(b / a, 2)}×` : '');
    }
    return [label, ...cells];
  };
}

/** A row of seconds per stage, in the order the stages first appear. */
function stageRows(results: readonly BenchResult[], row: RowOf): string[][] {
  const names = new Set(
    results.flatMap((r) => [...r.ours.stages, ...r.baseline.stages].map((s) => s.name)),
  );
  return [...names].map((name) =>
    row(
      `${name} (s)`,
      (b) => {
        const s = stageSeconds(b, name);
        return s === null ? '–' : fmt(s);
      },
      (b) => stageSeconds(b, name),
    ),
  );
}

/** Rows of the whole build: time, its ratio, throughput, memory, entries, `dist/` and index. */
function buildRows(row: RowOf): string[][] {
  return [
    row(
      'whole build (s)',
      (b) => fmt(b.seconds),
      (b) => b.seconds,
    ),
    row('ours / baseline time', (_, r, ours) =>
      ours ? `${fmt(r.ours.seconds / r.baseline.seconds, 2)}×` : '',
    ),
    row('articles per second', (b, r) => fmt(r.articles / b.seconds)),
    row(
      'peak memory, RSS (MB)',
      (b) => {
        const p = peak(b);
        return p === null ? '–' : fmt(p / MB, 0);
      },
      peak,
    ),
    row('entries built', (b) => String(b.entries)),
    row(
      'dist/ size (MB)',
      (b) => fmt(b.distBytes / MB),
      (b) => b.distBytes,
    ),
    row(
      'dist/ files',
      (b) => String(b.distFiles),
      (b) => b.distFiles,
    ),
    row('index bytes per article', (b, r) => fmt(b.indexBytes / r.articles, 0)),
  ];
}

/** Rows of our stories against the generator's plan, when measured. */
function storyRows(results: readonly BenchResult[], row: RowOf): string[][] {
  if (!results.some((r) => r.stories)) return [];
  return [
    row('stories found / planned (largest)', (_, r, ours) =>
      ours && r.stories ? `${r.stories.found} / ${r.stories.planned} (${r.stories.largest})` : '',
    ),
    row('story pairs: precision / recall', (_, r, ours) =>
      ours && r.stories ? `${fmt(r.stories.precision, 3)} / ${fmt(r.stories.recall, 3)}` : '',
    ),
  ];
}

/** A row per search measured in Chromium: bytes, time to the first result, results shown. */
function searchRows(results: readonly BenchResult[], row: RowOf): string[][] {
  const labels = [...new Set(results.flatMap((r) => (r.search ?? []).map((s) => s.label)))];
  return labels.map((label) =>
    row(`search ${label}: kB gz / ms to 1st result / shown`, (_, r, ours) => {
      const s = r.search?.find((x) => x.label === label);
      if (!ours || !s) return '';
      const ms = Number.isFinite(s.firstResultMs) ? fmt(s.firstResultMs, 0) : 'none';
      return `${fmt(s.bytes / 1024)} / ${ms} / ${s.results}`;
    }),
  );
}

type RowOf = (
  label: string,
  cell: (b: BuildResult, r: BenchResult, ours: boolean) => string,
  grow?: (b: BuildResult) => number | null,
) => string[];

/** Rows of `dist/` bytes per article: the whole, ours against the baseline's as a ratio, then each
 * part (in the order of our largest first; a part a build does not have costs it 0). */
function partRows(results: readonly BenchResult[], row: RowOf): string[][] {
  if (!results.some((r) => r.ours.parts)) return [];
  const names = results
    .flatMap((r) => [...(r.ours.parts ?? []), ...(r.baseline.parts ?? [])])
    .sort((a, b) => b.bytes - a.bytes)
    .map((p) => p.part);
  const bytesOf = (b: BuildResult, name: string): number | null =>
    b.parts ? (b.parts.find((p) => p.part === name)?.bytes ?? 0) : null;
  const perArticle = (bytes: number | null, r: BenchResult): string =>
    bytes === null ? '–' : fmt(bytes / r.articles, 0);
  return [
    row(
      'dist/ bytes per article',
      (b, r) => perArticle(b.distBytes, r),
      (b) => b.distBytes / b.entries,
    ),
    row('ours / baseline bytes', (_, r, ours) =>
      ours ? `${fmt(r.ours.distBytes / r.baseline.distBytes, 2)}×` : '',
    ),
    ...[...new Set(names)].map((name) =>
      row(
        `  ${name} (bytes per article)`,
        (b, r) => perArticle(bytesOf(b, name), r),
        (b) => (bytesOf(b, name) ?? 0) / b.entries,
      ),
    ),
  ];
}

/** One line naming each search's query, to print under the table (rows with no query, such as
 * the page load, are left out). */
export function searchQueries(results: readonly BenchResult[]): string {
  const seen = new Map<string, string>();
  for (const r of results)
    for (const s of r.search ?? [])
      if (s.query !== '' && !seen.has(s.label)) seen.set(s.label, s.query);
  return [...seen].map(([label, query]) => `${label}: ${query}`).join('; ');
}

/** The rows as a Markdown table with aligned columns. */
export function formatTable(rows: readonly (readonly string[])[]): string {
  const widths: number[] = [];
  for (const r of rows) r.forEach((c, n) => (widths[n] = Math.max(widths[n] ?? 3, c.length)));
  const line = (r: readonly string[]): string =>
    `| ${widths.map((w, n) => (r[n] ?? '').padEnd(w)).join(' | ')} |`;
  const [head, ...body] = rows;
  if (!head) return '';
  return [
    line(head),
    `| ${widths.map((w) => '-'.repeat(w)).join(' | ')} |`,
    ...body.map(line),
  ].join('\n');
}
