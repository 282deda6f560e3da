/**
 * The worker thread of the ingest's pool (`ingest-folder-fs.ts`): ingests the seeds files it is
 * given, one at a time, with the main thread's cache, and posts each outcome back with the job's
 * index.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { ingestCacheAt } from './ingest-cache-fs.ts';
import type { FileJob } from './file-lookup-fs.ts';
import { ingestFile } from './ingest-file-fs.ts';
import { poolWorkerData, type WorkerReply } from './worker-pool-fs.ts';

const { cacheDir, fingerprint, empty } = poolWorkerData<{
  cacheDir: string | null;
  fingerprint: string;
  empty: boolean;
}>(workerData);
const cache =
  cacheDir === null ? null : { store: ingestCacheAt(cacheDir, fingerprint, empty), fingerprint };

parentPort?.on('message', (message: { index: number; job: FileJob }) => {
  void ingestFile(message.job, cache).then((result) => {
    const reply: WorkerReply<unknown> = { index: message.index, result };
    parentPort?.postMessage(reply);
  });
});
