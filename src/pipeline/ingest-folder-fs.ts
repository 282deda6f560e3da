/**
 * Ingesting a whole seeds folder: every input file through the pipeline, with the curated facts,
 * collecting one-line errors instead of stopping at the first. A container (a WARC, a WACZ, a
 * feed, a WXR export, told by its first bytes) gives an input per record, streamed from disk, and
 * its records that are not articles are counted by reason; captures of one address become versions
 * of one article (`src/versions/`). Files are cleaned on worker threads
 * (one per core) and merged in the listing's order, so the result is the same however many
 * threads ran; with a cache folder, a file whose bytes and cleaning code are unchanged is taken
 * from it. Used by the build script, the golden tests and the golden update script, so all three
 * see the same entries.
 */
import { join } from 'node:path';
import { printableName } from '../ingest/printable-name.ts';
import type { ArticleEntry } from '../schema/article.ts';
import type { ArticleParts } from './article-parts.ts';
import { withUniqueIds } from './article-id.ts';
import { codeFingerprint } from './code-fingerprint-fs.ts';
import { openIngestCache } from './ingest-cache-fs.ts';
import { type FileCache, type FileJob, lookUp } from './file-lookup-fs.ts';
import type { FileOutcome } from './ingest-file-fs.ts';
import { listSeeds, readFacts } from './seeds-fs.ts';
import { startEarlyReading } from './warc-in-worker-fs.ts';
import { runInWorkers } from './worker-pool-fs.ts';
import { collapseVersions } from '../versions/collapse-versions.ts';

/** Records of one container skipped as not articles, by reason. */
export interface SkippedRecords {
  readonly file: string;
  readonly reasons: ReadonlyMap<string, number>;
}

/** An entry with its share of the cross-outlet analysis. */
export interface AnalysedEntry extends ArticleEntry {
  readonly parts: ArticleParts;
}

/** What ingesting a folder produced: entries with unique ids, one-line errors, warnings, and the
 * records of containers that were skipped. */
export interface FolderIngest {
  readonly files: readonly string[];
  readonly entries: readonly AnalysedEntry[];
  readonly errors: readonly string[];
  readonly warnings: readonly string[];
  readonly skipped: readonly SkippedRecords[];
}

/** How to ingest: `onFile` is called after each file (for progress displays); `cacheDir` is the
 * ingest cache's folder (none: clean everything); `threads` the worker threads to clean on (1:
 * on this thread, the default). */
export interface IngestOptions {
  readonly onFile?: () => void;
  readonly cacheDir?: string | null;
  readonly threads?: number;
  /** The code fingerprint the cache is keyed by, when the caller has it already (computed from
   * the sources otherwise): one run keys everything it keeps by one code version. */
  readonly fingerprint?: string;
}

/** Cache lookups in flight at once: each waits on the disk twice (the file, its cache entry), so
 * one at a time left a rebuild of 2,000 unchanged files idle for a quarter of its time. */
const LOOKUPS_AT_ONCE = 16;

/** `run` over `items` with at most `limit` in flight, the results in the items' order. */
async function inOrder<T, R>(
  items: readonly T[],
  limit: number,
  run: (item: T) => Promise<R>,
): Promise<R[]> {
  const results = new Array<R>(items.length);
  let next = 0;
  const lane = async (): Promise<void> => {
    for (let i = next++; i < items.length; i = next++) {
      const item = items[i];
      if (item !== undefined) results[i] = await run(item);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, lane));
  return results;
}

/** Files a worker thread must have to be worth starting: each loads the whole cleaning code,
 * which costs about as much as cleaning a few hundred files. */
const FILES_PER_WORKER = 250;

/** The outcome of every job not taken from the cache, in job order. The cleaning code is loaded
 * only when some file must be cleaned (a rebuild of unchanged files never loads it). */
async function clean(
  jobs: readonly FileJob[],
  cache: FileCache | null,
  options: IngestOptions,
): Promise<FileOutcome[]> {
  if (jobs.length === 0) return [];
  const threads = Math.min(options.threads ?? 1, Math.ceil(jobs.length / FILES_PER_WORKER));
  if (threads > 1) {
    const worker = new URL('./ingest-worker-fs.ts', import.meta.url);
    return runInWorkers<FileJob, FileOutcome>(worker, jobs, {
      threads,
      workerData: {
        cacheDir: options.cacheDir ?? null,
        fingerprint: cache?.fingerprint ?? '',
        empty: cache?.store.empty ?? false,
      },
      ...(options.onFile ? { onResult: options.onFile } : {}),
    });
  }
  // A large WARC first in line starts being read (on a thread of its own) while the cleaning code
  // loads.
  const first = jobs[0];
  const early = first ? await startEarlyReading(first.file, first.path) : null;
  try {
    const { ingestFile } = await import('./ingest-file-fs.ts');
    const outcomes: FileOutcome[] = [];
    for (const job of jobs) {
      outcomes.push(await ingestFile(job, cache, job === first ? early : null));
      options.onFile?.();
    }
    return outcomes;
  } finally {
    await early?.close();
  }
}

/** Every job with its outcome, in job order: what the cache kept, the rest cleaned. */
async function runJobs(
  jobs: readonly FileJob[],
  options: IngestOptions,
): Promise<{ job: FileJob; outcome: FileOutcome }[]> {
  const cacheDir = options.cacheDir ?? null;
  const fingerprint = cacheDir === null ? '' : (options.fingerprint ?? (await codeFingerprint()));
  const cache =
    cacheDir === null ? null : { store: await openIngestCache(cacheDir, fingerprint), fingerprint };
  const done = new Map<FileJob, FileOutcome>();
  // Each job the cache misses, as it goes to the cleaner: with the hash its lookup read.
  const missing = new Map<FileJob, FileJob>();
  // A file that cannot be read is cleaned, which reports it as the cleaner words it.
  const lookups = await inOrder(jobs, LOOKUPS_AT_ONCE, (job) =>
    lookUp(job, cache).catch(() => ({ sha256: null, kept: null })),
  );
  jobs.forEach((job, i) => {
    const { sha256 = null, kept = null } = lookups[i] ?? {};
    if (kept) {
      done.set(job, { built: kept.built, skipped: kept.skipped });
      options.onFile?.();
    } else missing.set(job, { ...job, missed: { sha256 } });
  });
  const cleaned = await clean([...missing.values()], cache, options);
  [...missing.keys()].forEach((job, i) => {
    const outcome = cleaned[i];
    if (outcome) done.set(job, outcome);
  });
  return jobs.flatMap((job) => {
    const outcome = done.get(job);
    return outcome ? [{ job, outcome }] : [];
  });
}

/** Ingests every input in `dir` and its sub-folders. */
export async function ingestFolder(
  dir: string,
  options: IngestOptions = {},
): Promise<FolderIngest> {
  const facts = await readFacts(dir);
  const listing = await listSeeds(dir);
  const { files } = listing;
  const warnings = [
    ...listing.warnings,
    ...Object.keys(facts.files)
      .filter((named) => !files.includes(named))
      .map(
        (named) =>
          `warning: facts.json names ${printableName(named)}, which is not in ${printableName(dir)}/`,
      ),
  ];
  const jobs = files.map((file) => ({
    file,
    path: listing.paths.get(file) ?? join(dir, file),
    facts: facts.files[file],
  }));
  const errors: string[] = [...listing.errors];
  const built: FileOutcome['built'][number][] = [];
  const skipped = new Map<string, Map<string, number>>();
  const skip = (file: string, reasons: Iterable<readonly [string, number]>): void => {
    const counts = skipped.get(file) ?? new Map<string, number>();
    for (const [reason, n] of reasons) counts.set(reason, (counts.get(reason) ?? 0) + n);
    skipped.set(file, counts);
  };
  for (const { job, outcome } of await runJobs(jobs, options)) {
    built.push(...outcome.built);
    if (outcome.skipped.length > 0) skip(job.file, outcome.skipped);
    if (outcome.notArticle) {
      skip(outcome.notArticle.folder, [[`not an article: ${outcome.notArticle.reason}`, 1]]);
    }
    if (outcome.error !== undefined) errors.push(outcome.error);
  }
  const skips = [...skipped].map(([file, reasons]) => ({ file, reasons }));
  // Captures of one address become one article before ids are given, so they claim one id.
  const entries = withUniqueIds(collapseVersions(built));
  return { files, entries, errors, warnings, skipped: skips };
}
