import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import type { FileJob } from './file-lookup-fs.ts';
import { type FileOutcome, ingestFile } from './ingest-file-fs.ts';
import { runInWorkers } from './worker-pool-fs.ts';

// Each worker thread loads the whole cleaning code, which takes seconds on a loaded machine.
vi.setConfig({ testTimeout: 120_000 });

const COPIES = [
  'Bridge closed\n\nEngineers found cracks in two pillars of the harbour bridge, and the council closed it.',
  'Town flooded\n\nThe river rose over its banks on Sunday and flooded the streets of the old town.',
  '',
  'School plan approved\n\nThe school board voted six to one for a plan that hires forty teachers.',
  'Bus fares frozen\n\nThe transport authority froze bus fares for a year after a vote on Monday night.',
];

describe('cleaning on worker threads', () => {
  it('gives what cleaning on this thread gives, in the jobs’ order, errors included', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'pool-'));
    const jobs: FileJob[] = COPIES.map((text, i) => {
      writeFileSync(join(dir, `copy-${i}.txt`), text);
      return { file: `copy-${i}.txt`, path: join(dir, `copy-${i}.txt`), facts: undefined };
    });
    let ticks = 0;
    const pooled = await runInWorkers<FileJob, FileOutcome>(
      new URL('./ingest-worker-fs.ts', import.meta.url),
      jobs,
      { threads: 2, workerData: { cacheDir: null, fingerprint: '' }, onResult: () => (ticks += 1) },
    );
    const here: FileOutcome[] = [];
    for (const job of jobs) here.push(await ingestFile(job, null));
    expect(ticks).toBe(jobs.length);
    expect(pooled).toEqual(here);
    expect(pooled[2]?.error).toMatch(/^copy-2\.txt: /);
    expect(pooled.map((o) => o.built[0]?.file ?? null)).toEqual([
      'copy-0.txt',
      'copy-1.txt',
      null,
      'copy-3.txt',
      'copy-4.txt',
    ]);
  });
});
