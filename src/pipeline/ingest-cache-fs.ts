/**
 * The ingest cache: what one seeds file gave (its entries, each with its analysis parts, and the
 * records skipped), kept on disk under a key made of the file's name, its curated facts, the
 * SHA-256 of its bytes and the code fingerprint, so a rebuild reuses it only for the same bytes
 * read by the same code. It is safe to delete at any time. Every entry read is validated with its
 * schema and checked against its key; a corrupt, partial or foreign file is ignored (and
 * replaced), never trusted. Entries of other code (another fingerprint) are removed when the cache
 * is opened, so it holds one code version's results.
 */
import { createHash } from 'node:crypto';
import { mkdir, readdir, readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { z } from 'zod';
import { Article } from '../schema/article.ts';
import type { FactsForFile } from '../schema/facts.ts';
import { ArticleParts } from './article-parts.ts';
import { writeWhole } from './write-whole-fs.ts';

/** The default cache folder, beside the project (in `.gitignore`). */
export const DEFAULT_CACHE_DIR = '.cache/ingest';

/** An entry with its analysis parts, as one seeds file gave it. */
export const CachedEntry = z.object({
  /** The article, as the pipeline built it (before ids are made unique across the archive). */
  data: Article,
  /** Its clean Markdown body. */
  markdown: z.string(),
  /** Its share of the analysis. */
  parts: ArticleParts,
});
export type CachedEntry = z.infer<typeof CachedEntry>;

/** What one seeds file gave: entries grouped as `withUniqueIds` claims them, and the container
 * records skipped, by reason. A file whose reading failed is never cached. */
export const CachedFile = z.object({
  /** The key it was stored under (a copy, so a file moved or renamed in the cache is refused). */
  key: z.string().regex(/^[0-9a-f]{64}$/),
  built: z.array(z.object({ file: z.string(), entries: z.array(CachedEntry) })),
  skipped: z.array(z.tuple([z.string(), z.number().int().positive()])),
});
export type CachedFile = z.infer<typeof CachedFile>;

/** The cache key of a seeds file: its name, its facts, the SHA-256 of its bytes, the code. */
export function cacheKey(
  fingerprint: string,
  file: string,
  facts: FactsForFile | undefined,
  sha256: string,
): string {
  const parts = [fingerprint, file, JSON.stringify(facts ?? null), sha256];
  return createHash('sha256').update(parts.join('\u0000')).digest('hex');
}

/** Reads and writes the cached results of one code version. */
export interface IngestCache {
  /** The result stored under `key`, or null when there is none or it cannot be trusted. */
  get(key: string): Promise<CachedFile | null>;
  /** Stores `value` under its key (written whole, then renamed into place). */
  put(value: CachedFile): Promise<void>;
  /** True while the cache holds nothing for this code version (a cold build: opened empty, and
   * nothing put since): no lookup can find anything, so files are hashed as they are read
   * instead of before. */
  readonly empty: boolean;
}

/** Opens the cache in `dir` for code `fingerprint`: creates it, and removes the folders of other
 * fingerprints (results of other code, which no key can reach). */
export async function openIngestCache(dir: string, fingerprint: string): Promise<IngestCache> {
  const own = fingerprint.slice(0, 16);
  await mkdir(join(dir, own), { recursive: true });
  for (const name of await readdir(dir)) {
    if (name !== own && /^[0-9a-f]{16}$/.test(name)) {
      await rm(join(dir, name), { recursive: true, force: true });
    }
  }
  // Only entries count: the folder also holds the memo of pair classifications (reuse-memo-fs.ts).
  const names = await readdir(join(dir, own));
  const empty = !names.some((name) => /^[0-9a-f]{64}\.json$/.test(name));
  return ingestCacheAt(dir, fingerprint, empty);
}

/** The cache in `dir` for code `fingerprint`, already opened (by {@link openIngestCache}): for
 * worker threads, which share the main thread's cache. */
export function ingestCacheAt(dir: string, fingerprint: string, empty = false): IngestCache {
  const pathOf = (key: string): string => join(dir, fingerprint.slice(0, 16), `${key}.json`);
  let holdsNothing = empty;
  return {
    get empty() {
      return holdsNothing;
    },
    async get(key) {
      const text = await readFile(pathOf(key), 'utf8').catch(() => null);
      if (text === null) return null;
      try {
        const parsed = CachedFile.safeParse(JSON.parse(text));
        return parsed.success && parsed.data.key === key ? parsed.data : null;
      } catch {
        return null;
      }
    },
    async put(value) {
      holdsNothing = false;
      // A cache that cannot be written (full disk, folder deleted meanwhile) only costs speed.
      await writeWhole(pathOf(value.key), JSON.stringify(value)).catch(() => undefined);
    },
  };
}
