/**
 * What the WARC benchmark checks and prints: that every article capture of the crawl came through
 * the build (its response record's id is named in the built entries' provenance, as an article or
 * as a version of one), that identical recaptures were skipped as duplicates or kept, and the
 * figures as one table.
 */
import type { StageResult } from './bench-table.ts';
import { formatTable } from './bench-table.ts';

/** A page capture the crawl holds, by its response record's id. */
export interface ExpectedCapture {
  readonly id: string;
  readonly role: 'first' | 'changed' | 'same';
}

/** The outcome of the count check. */
export interface CaptureCheck {
  /** First and changed captures: each must be in the built entries. */
  readonly articleCaptures: number;
  readonly found: number;
  /** Ids of article captures no built entry names (at most 10). */
  readonly missing: readonly string[];
  /** Identical recaptures: each skipped as a duplicate, or named by an entry. */
  readonly sameCaptures: number;
  readonly sameAccounted: number;
  readonly ok: boolean;
}

/** The bare UUIDs (`urn:uuid:…`, lower case) named anywhere in `text`. */
export function namedRecordIds(text: string): Set<string> {
  return new Set(
    [
      ...text.matchAll(/urn:uuid:[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/gi),
    ].map(([m]) => m.toLowerCase()),
  );
}

/** Checks every expected capture against the ids the built entries name and the count of
 * captures the ingest skipped as duplicates. */
export function checkCaptures(
  expected: readonly ExpectedCapture[],
  named: ReadonlySet<string>,
  duplicatesSkipped: number,
): CaptureCheck {
  const bare = (id: string): string => id.replace(/^<|>$/g, '').toLowerCase();
  const articles = expected.filter((c) => c.role !== 'same');
  const missing = articles.filter((c) => !named.has(bare(c.id))).map((c) => c.id);
  const same = expected.filter((c) => c.role === 'same');
  const sameNamed = same.filter((c) => named.has(bare(c.id))).length;
  const sameAccounted = Math.min(same.length, sameNamed + duplicatesSkipped);
  return {
    articleCaptures: articles.length,
    found: articles.length - missing.length,
    missing: missing.slice(0, 10),
    sameCaptures: same.length,
    sameAccounted,
    ok: missing.length === 0 && sameAccounted === same.length,
  };
}

/** The records one container skipped, by reason, from the ingest's report lines
 * (`crawl.warc.gz: 9 records skipped (not articles)`, then `  7 reason` lines). */
export function skippedFromLog(lines: readonly string[], file: string): Map<string, number> {
  const out = new Map<string, number>();
  const start = lines.findIndex((l) => l.startsWith(`${file}: `) && l.includes('skipped'));
  if (start < 0) return out;
  for (const line of lines.slice(start + 1)) {
    const m = /^ {2}(\d+) (.+)$/.exec(line);
    if (!m) break;
    out.set(m[2] ?? '', Number(m[1]));
  }
  return out;
}

/** Everything one WARC benchmark run measured. */
export interface WarcBenchResult {
  readonly articles: number;
  readonly warcBytes: number;
  readonly records: Readonly<Record<string, number>>;
  readonly loose: { readonly files: number; readonly stages: readonly StageResult[] };
  readonly warc: { readonly stages: readonly StageResult[] };
  readonly skipped: Readonly<Record<string, number>>;
  /** Entries each ingest built (a page the cleaner refuses is missing from both). */
  readonly entries: { readonly loose: number | null; readonly warc: number | null };
  readonly check: CaptureCheck;
}

/** The number of entries an ingest's log says it built (`ingest: 1004 entries from …`). */
export function entriesFromLog(lines: readonly string[]): number | null {
  for (const line of lines) {
    const m = /^\s*ingest: (\d+) entries/.exec(line);
    if (m) return Number(m[1]);
  }
  return null;
}

const MB = 1024 * 1024;

function stage(stages: readonly StageResult[], name: string): StageResult | undefined {
  return stages.find((s) => s.name === name);
}

/** The result as table rows: sizes, the two ingests side by side with their ratio, throughput,
 * peak memory, the rest of the WARC build, the count check. */
export function warcRows(r: WarcBenchResult): string[][] {
  const total = Object.values(r.records).reduce((a, b) => a + b, 0);
  const rows: string[][] = [['', 'loose files', 'WARC', 'WARC / loose']];
  const pair = (label: string, name: string): void => {
    const a = stage(r.loose.stages, name)?.seconds;
    const b = stage(r.warc.stages, name)?.seconds;
    if (a === undefined || b === undefined) return;
    rows.push([label, a.toFixed(1), b.toFixed(1), `${(b / a).toFixed(2)}×`]);
  };
  pair('ingest (s)', 'ingest');
  pair('  cleaning (s)', 'ingest: clean');
  const ingest = stage(r.warc.stages, 'ingest');
  const rss = (s: StageResult | undefined): string =>
    s?.peakRss == null ? 'n/a' : `${(s.peakRss / MB).toFixed(0)}`;
  rows.push(['ingest peak RSS (MB)', rss(stage(r.loose.stages, 'ingest')), rss(ingest), '']);
  rows.push(['input (MB)', '', (r.warcBytes / MB).toFixed(1), '']);
  if (ingest) {
    rows.push(['records per second', '', (total / ingest.seconds).toFixed(0), '']);
    rows.push(['WARC MB per second', '', (r.warcBytes / MB / ingest.seconds).toFixed(1), '']);
  }
  for (const name of ['astro build', 'bulk export', 'pagefind']) {
    const s = stage(r.warc.stages, name);
    if (s) rows.push([`${name} (s)`, '', s.seconds.toFixed(1), '']);
  }
  const n = (x: number | null): string => (x === null ? 'n/a' : String(x));
  rows.push(['entries built', n(r.entries.loose), n(r.entries.warc), '']);
  const c = r.check;
  rows.push(['article captures built', '', `${c.found} / ${c.articleCaptures}`, '']);
  rows.push(['identical recaptures', '', `${c.sameAccounted} / ${c.sameCaptures}`, '']);
  rows.push(['count check', '', c.ok ? 'passed' : 'FAILED', '']);
  return rows;
}

/** The printed report: the table, the records by type, and the skipped records by reason. */
export function warcReport(r: WarcBenchResult): string {
  const records = Object.entries(r.records)
    .map(([type, n]) => `${n} ${type}`)
    .join(', ');
  const skipped = Object.entries(r.skipped)
    .map(([reason, n]) => `  ${n} ${reason}`)
    .join('\n');
  const missing = r.check.missing.length === 0 ? '' : `\nmissing: ${r.check.missing.join(' ')}`;
  return `${formatTable(warcRows(r))}\n\nrecords: ${records}\nskipped by the ingest:\n${skipped}${missing}`;
}
