/**
 * Looking a seeds file up in the ingest cache: its bytes hashed (streamed, as a web archive may be
 * larger than memory) into its key, and what the cache kept under it. Light on purpose: it loads
 * none of the cleaning code, so a rebuild loads that only for the files that changed.
 */
import { createHash } from 'node:crypto';
import { open } from 'node:fs/promises';
import type { FactsForFile } from '../schema/facts.ts';
import { type CachedFile, cacheKey, type IngestCache } from './ingest-cache-fs.ts';

/** One seeds file to ingest: its name in the folder, where to read it, its curated facts, and,
 * when the main thread already looked it up and the cache had nothing, what that lookup read (the
 * hash of its bytes, or null when the cache was empty and nothing was read), so the worker that
 * cleans it neither looks it up again nor reads a gigabyte of WARC once more to hash it. */
export interface FileJob {
  readonly file: string;
  readonly path: string;
  readonly facts: FactsForFile | undefined;
  readonly missed?: { readonly sha256: string | null };
}

/** The cache of one code version, with that version's fingerprint. */
export interface FileCache {
  readonly store: IngestCache;
  readonly fingerprint: string;
}

/** How many bytes are hashed at a time, into one buffer used again for each piece: a stream's
 * fresh 64 KiB buffer per piece made hashing a 1 GB WARC cost seconds of garbage collection once
 * the cleaning code's heap was large. */
const HASH_PIECE = 1024 * 1024;

/** The hex SHA-256 of a file's bytes. */
export async function fileSha256(path: string): Promise<string> {
  const hash = createHash('sha256');
  const handle = await open(path, 'r');
  try {
    // A small file gets a buffer its size: a megabyte each for thousands of articles was most of
    // a rebuild's garbage collection.
    const { size } = await handle.stat();
    const piece = Buffer.allocUnsafe(Math.max(1, Math.min(HASH_PIECE, size)));
    for (;;) {
      const { bytesRead } = await handle.read(piece, 0, piece.length, null);
      if (bytesRead === 0) break;
      hash.update(piece.subarray(0, bytesRead));
    }
  } finally {
    await handle.close();
  }
  return hash.digest('hex');
}

/** The file's key and the hash it was made from (both null without a cache), and what the cache
 * kept under the key (null when nothing can be trusted). Throws when the file cannot be read. */
export async function lookUp(
  job: FileJob,
  cache: FileCache | null,
): Promise<{ key: string | null; sha256: string | null; kept: CachedFile | null }> {
  if (cache === null) return { key: null, sha256: null, kept: null };
  if (job.missed) {
    const { sha256 } = job.missed;
    const key = sha256 === null ? null : cacheKey(cache.fingerprint, job.file, job.facts, sha256);
    return { key, sha256, kept: null };
  }
  if (cache.store.empty) return { key: null, sha256: null, kept: null };
  const sha256 = await fileSha256(job.path);
  const key = cacheKey(cache.fingerprint, job.file, job.facts, sha256);
  return { key, sha256, kept: await cache.store.get(key) };
}
