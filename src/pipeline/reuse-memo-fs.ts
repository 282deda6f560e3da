/**
 * The memo of pair classifications on disk (`src/stories/reuse-memo.ts`): one file in the ingest
 * cache's folder for the current code version, `reuse-pairs.json`, so code that classifies
 * differently never reads it (its folder is another, and is removed when the cache is opened).
 * What is read is validated with the ReusePair schema and must name this code's fingerprint; a
 * missing, corrupt or foreign file is an empty memo, never an error. The memo written holds only
 * the pairs the build used, so it does not grow with pairs that are no longer candidates.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { z } from 'zod';
import { ReusePair } from '../schema/story.ts';
import { reuseMemo, type ReuseMemo } from '../stories/reuse-memo.ts';
import { writeWhole } from './write-whole-fs.ts';

/** The memo's file name inside the cache folder of one code version. */
export const REUSE_MEMO_FILE = 'reuse-pairs.json';

const MemoFile = z.object({
  /** The code version that classified these pairs. */
  fingerprint: z.string().regex(/^[0-9a-f]{64}$/),
  /** Each pair's key and its classification (null: unrelated). */
  pairs: z.array(z.tuple([z.string().regex(/^[0-9a-f]{64}$/), ReusePair.nullable()])),
});

/** Where the memo of the code `fingerprint` lives in the cache folder `cacheDir`. */
function memoPath(cacheDir: string, fingerprint: string): string {
  return join(cacheDir, fingerprint.slice(0, 16), REUSE_MEMO_FILE);
}

/** The memo the last build with the code `code` (its fingerprint, the one the ingest cache is
 * keyed by) left in `cacheDir` (empty when there is none or it cannot be trusted), and how to
 * save it once grouping has filled it. */
export async function openReuseMemo(
  cacheDir: string,
  code: string,
): Promise<{ memo: ReuseMemo; save: () => Promise<void> }> {
  const path = memoPath(cacheDir, code);
  const kept = await readFile(path, 'utf8')
    .then((text) => MemoFile.safeParse(JSON.parse(text)))
    .then((parsed) =>
      parsed.success && parsed.data.fingerprint === code ? new Map(parsed.data.pairs) : null,
    )
    .catch(() => null);
  const memo = reuseMemo(kept ?? new Map());
  const save = async (): Promise<void> => {
    const body = JSON.stringify({ fingerprint: code, pairs: [...memo.used] });
    // A memo that cannot be written (full disk, cache deleted meanwhile) only costs speed.
    await writeWhole(path, body).catch(() => undefined);
  };
  return { memo, save };
}
