/**
 * The worker thread that reads one WARC for `warc-in-worker-fs.ts`: it inflates and parses the
 * archive and hashes its bytes, and posts each item to the thread that cleans them, never more
 * than a few ahead of it (the cleaning thread asks for each next one).
 */
import { parentPort, workerData } from 'node:worker_threads';
import { isInputError } from '../ingest/input-error.ts';
import { type ReadHash, readWarcHere } from '../inputs/container-fs.ts';
import type { WarcPlace } from '../inputs/warc.ts';
import { type AheadKind, aheadCost, type WarcWorkerMessage } from './warc-in-worker-fs.ts';
import { poolWorkerData } from './worker-pool-fs.ts';

const { path, place, ahead } = poolWorkerData<{
  path: string;
  place: WarcPlace;
  ahead: Record<AheadKind, number>;
}>(workerData);
/** What of each kind has been posted and not yet taken by the cleaning thread. */
const outstanding: Record<AheadKind, number> = { page: 0, skipped: 0 };
let wake: (() => void) | null = null;
parentPort?.on('message', (taken: { kind: AheadKind; cost: number }) => {
  outstanding[taken.kind] -= taken.cost;
  wake?.();
  wake = null;
});

/** True when an item of `kind` costing `cost` may be posted now. */
const allowed = (kind: AheadKind, cost: number): boolean =>
  outstanding[kind] === 0 || outstanding[kind] + cost <= ahead[kind];

const post = (message: WarcWorkerMessage): void => parentPort?.postMessage(message);

async function read(): Promise<void> {
  const at: ReadHash = {};
  for await (const item of readWarcHere(path, place, at)) {
    const { kind, cost } = aheadCost(item);
    while (!allowed(kind, cost)) await new Promise<void>((resolve) => (wake = resolve));
    outstanding[kind] += cost;
    post({ kind: 'item', item });
  }
  post({ kind: 'end', sha256: at.read?.sha256 ?? null });
}

read().catch((error: unknown) =>
  post(
    isInputError(error)
      ? { kind: 'input-error', file: error.file, reason: error.reason }
      : {
          kind: 'crash',
          message: error instanceof Error ? (error.stack ?? error.message) : String(error),
        },
  ),
);
