/**
 * Ingesting one seeds file into what the folder's ingest merges: its entries, each with its
 * analysis parts, the container records skipped, and at most one error line. The result is plain
 * data (it crosses from a worker thread to the main one) and is taken from the ingest cache when
 * the same bytes were read by the same code before.
 */
import { createHash } from 'node:crypto';
import { readFile, stat } from 'node:fs/promises';
import { isInputError } from '../ingest/input-error.ts';
import { containerItems, readWarcHere, type WarcReader } from '../inputs/container-fs.ts';
import { mirrorAddress } from '../inputs/mirror-address.ts';
import { articleParts } from './article-parts.ts';
import { buildArticles } from './build-article.ts';
import { type ContainerArticles, containerArticles } from './container-articles.ts';
import { errorLine } from './error-line.ts';
import { readWarcInWorker, WARC_WORKER_BYTES, type WarcReading } from './warc-in-worker-fs.ts';
import type { FileJob } from './file-lookup-fs.ts';
import { type CachedFile, cacheKey } from './ingest-cache-fs.ts';
import { type FileCache, fileSha256, lookUp } from './file-lookup-fs.ts';

/** What one file gave. `error` is the line to report (a container's damaged record, after which
 * nothing was read, or a file that failed as a whole); `notArticle` is set instead for a file of a
 * mirror that is not an article (a style sheet, an image), which is counted, not an error. */
export interface FileOutcome {
  readonly built: CachedFile['built'];
  readonly skipped: CachedFile['skipped'];
  readonly error?: string;
  readonly notArticle?: { readonly folder: string; readonly reason: string };
}

/** The entries of one seeds file: a container's records, or the file as one input. */
/** The WARC reader for a file of `bytes` bytes: on a worker thread when it is large. */
export function warcReaderFor(bytes: number): WarcReader {
  return bytes >= WARC_WORKER_BYTES ? readWarcInWorker : readWarcHere;
}

async function readEntries(
  job: FileJob,
  early: WarcReading | null,
): Promise<ContainerArticles & { readSha256: string | null }> {
  const { file, path, facts } = job;
  const at: { whole?: { sha256: string; bytes: number }; read?: { sha256: string } } = {};
  const readWarc: WarcReader = early
    ? (_path, _place, into) => early.items(into)
    : warcReaderFor((await stat(path)).size);
  const items = await containerItems(file, path, at, readWarc);
  const nested = file.includes('/') ? { path: file } : {};
  if (items !== null) {
    const { whole } = at;
    const read = await containerArticles(
      items,
      { file, ...nested, ...(whole ? { whole } : {}) },
      facts,
    );
    return { ...read, readSha256: at.read?.sha256 ?? at.whole?.sha256 ?? null };
  }
  const bytes = await readFile(path);
  const address = nested.path === undefined ? null : mirrorAddress(nested.path);
  const raw = { file, bytes, ...nested, ...(address === null ? {} : { address }) };
  const built = [{ file, entries: buildArticles(raw, facts) }];
  return {
    built,
    skipped: new Map(),
    readSha256: createHash('sha256').update(bytes).digest('hex'),
  };
}

/** Stores what `job` gave in the cache under the key of the bytes read: those the lookup hashed,
 * if the file did not change while it was read; in a cold build (no lookup), those hashed as they
 * were read. */
async function keep(
  job: FileJob,
  cache: FileCache | null,
  looked: { key: string | null; sha256: string | null },
  got: { built: CachedFile['built']; skipped: CachedFile['skipped']; readSha256: string | null },
): Promise<void> {
  if (cache === null) return;
  const { built, skipped, readSha256 } = got;
  if (looked.key !== null) {
    if ((readSha256 ?? (await fileSha256(job.path))) !== looked.sha256) return;
    await cache.store.put({ key: looked.key, built, skipped });
  } else if (readSha256 !== null) {
    const key = cacheKey(cache.fingerprint, job.file, job.facts, readSha256);
    await cache.store.put({ key, built, skipped });
  }
}

/** Cleans one file (and analyses its articles), or takes what the cache kept for the same bytes
 * and code. Never throws for the file's own faults: they come back as `error` or `notArticle`. */
export async function ingestFile(
  job: FileJob,
  cache: FileCache | null,
  early: WarcReading | null = null,
): Promise<FileOutcome> {
  try {
    const { key, sha256, kept } = await lookUp(job, cache);
    if (kept) return { built: kept.built, skipped: kept.skipped };
    const read = await readEntries(job, early);
    const built = read.built.map(({ file, entries }) => ({
      file,
      entries: entries.map((e) => ({ ...e, parts: articleParts(e.data) })),
    }));
    const skipped = [...read.skipped];
    if (read.failure) return { built, skipped, error: errorLine(job.file, read.failure) };
    await keep(job, cache, { key, sha256 }, { built, skipped, readSha256: read.readSha256 });
    return { built, skipped };
  } catch (error) {
    // A mirror holds style sheets, scripts and images beside its pages: counted, not errors.
    const folder = /^[^/]+\//.exec(job.file)?.[0];
    if (folder !== undefined && isInputError(error)) {
      return { built: [], skipped: [], notArticle: { folder, reason: error.reason } };
    }
    return { built: [], skipped: [], error: errorLine(job.file, error) };
  }
}
