/**
 * Runs jobs on a pool of worker threads, one job per worker at a time, and gives the results in
 * the jobs' order whatever order they finish in, so the output does not depend on timing. A
 * worker that fails (a crash, not a job's own error, which the job returns as data) rejects the
 * whole run, and every worker is stopped.
 */
import { Worker } from 'node:worker_threads';

/** Starts a worker thread on the TypeScript module `script` (Node strips its types, as it does
 * the scripts'), which reads `data` with {@link poolWorkerData}. */
export function startTsWorker(script: URL, data: unknown): Worker {
  return new Worker(script, { workerData: data });
}

/** The data a pool worker's script was started with, as the type its starter gave it. */
export function poolWorkerData<T>(workerData: unknown): T {
  return workerData as T;
}

/** What a pool worker posts back for the job at `index`. */
export interface WorkerReply<R> {
  readonly index: number;
  readonly result: R;
}

/** Runs `jobs` on `threads` workers started from `script` (given `workerData`); `onResult` is
 * called as each result arrives (for progress displays). Results are in job order. */
export async function runInWorkers<J, R>(
  script: URL,
  jobs: readonly J[],
  options: { threads: number; workerData: unknown; onResult?: () => void },
): Promise<R[]> {
  const results: R[] = new Array<R>(jobs.length);
  const workers: Worker[] = [];
  let next = 0;
  let done = 0;
  try {
    await new Promise<void>((resolve, reject) => {
      if (jobs.length === 0) return resolve();
      const give = (worker: Worker): void => {
        if (next < jobs.length) {
          worker.postMessage({ index: next, job: jobs[next] });
          next += 1;
        }
      };
      const count = Math.max(1, Math.min(options.threads, jobs.length));
      for (let n = 0; n < count; n += 1) {
        const worker = startTsWorker(script, options.workerData);
        workers.push(worker);
        worker.on('message', (reply: WorkerReply<R>) => {
          results[reply.index] = reply.result;
          done += 1;
          options.onResult?.();
          if (done === jobs.length) resolve();
          else give(worker);
        });
        worker.on('error', reject);
        worker.on('exit', (code) => {
          if (done < jobs.length) reject(new Error(`a worker thread stopped (exit code ${code})`));
        });
        give(worker);
      }
    });
  } finally {
    await Promise.all(workers.map((w) => w.terminate()));
  }
  return results;
}
