/**
 * Reading a large WARC on a worker thread of its own, beside the thread that cleans its pages:
 * inflating, parsing and hashing a gigabyte of mostly images then costs that thread nothing (nor
 * the garbage collection of a gigabyte of buffers in its large heap), and its items come in the
 * order the archive holds them, exactly as reading it on one thread gives them. Light on purpose
 * (it loads none of the cleaning code), so a reading can start before that code is loaded.
 */
import { InputError } from '../ingest/input-error.ts';
import type { ContainerItem } from '../inputs/container-item.ts';
import { stat } from 'node:fs/promises';
import type { ReadHash } from '../inputs/container-fs.ts';
import { isWarcFile } from '../inputs/file-head-fs.ts';
import type { WarcPlace } from '../inputs/warc.ts';
import { startTsWorker } from './worker-pool-fs.ts';

/** A WARC of at least this many bytes is read on a worker thread of its own: starting one (and
 * loading the reader there) costs about a third of a second, which a smaller archive's reading
 * does not repay. */
export const WARC_WORKER_BYTES = 64 * 1024 * 1024;

/** How far the reading thread may run ahead of the cleaning thread, for each kind of item: pages
 * up to 32 MB of payload (always at least one page), so that memory holds no more, while the
 * reader gets far enough ahead that the cleaner never waits on it between two pages; skipped
 * records (a line each) up to 4,096, as a crawl holds ten of them (images, requests) per page. */
export const AHEAD: Readonly<Record<AheadKind, number>> = {
  page: 32 * 1024 * 1024,
  skipped: 4096,
};

/** The kinds of items the reading thread counts separately. */
export type AheadKind = 'page' | 'skipped';

/** The kind `item` counts as, and what it costs of that kind's allowance (a page its bytes). */
export function aheadCost(item: ContainerItem): { kind: AheadKind; cost: number } {
  if (item.kind === 'skipped') return { kind: 'skipped', cost: 1 };
  return { kind: 'page', cost: item.kind === 'payload' ? item.bytes.length : 1 };
}

/** What the reading thread posts. */
export type WarcWorkerMessage =
  | { readonly kind: 'item'; readonly item: ContainerItem }
  | { readonly kind: 'end'; readonly sha256: string | null }
  | { readonly kind: 'input-error'; readonly file: string; readonly reason: string }
  | { readonly kind: 'crash'; readonly message: string };

const SCRIPT = new URL('./warc-read-worker-fs.ts', import.meta.url);

/** A WARC being read on a worker thread, started before its items are asked for. */
export interface WarcReading {
  /** Its items, in order; throws what reading it here would (an {@link InputError} for damaged
   * data), sets `at.read` once it is all read, and stops the thread when done. Call once. */
  items(at: ReadHash): AsyncGenerator<ContainerItem>;
  /** Stops the thread (for a reading whose items are not wanted after all). */
  close(): Promise<void>;
}

/** Starts reading the WARC at `path` on a worker thread now: its items wait (as far ahead as
 * {@link AHEAD} allows) until asked for. */
export function startWarcReading(path: string, place: WarcPlace): WarcReading {
  const worker = startTsWorker(SCRIPT, { path, place, ahead: AHEAD });
  const inbox: WarcWorkerMessage[] = [];
  const state: { failure: Error | null; wake: (() => void) | null } = { failure: null, wake: null };
  const nudge = (): void => {
    state.wake?.();
    state.wake = null;
  };
  worker.on('message', (message: WarcWorkerMessage) => {
    inbox.push(message);
    nudge();
  });
  worker.on('error', (error: Error) => {
    state.failure = error;
    nudge();
  });
  worker.on('exit', () => {
    state.failure ??= new Error('the WARC reading thread stopped');
    nudge();
  });
  const close = async (): Promise<void> => {
    await worker.terminate();
  };
  async function* items(at: ReadHash): AsyncGenerator<ContainerItem> {
    try {
      for (;;) {
        while (inbox.length === 0 && state.failure === null) {
          await new Promise<void>((resolve) => (state.wake = resolve));
        }
        const message = inbox.shift();
        if (message === undefined) throw state.failure ?? new Error('no message');
        if (message.kind === 'end') {
          if (message.sha256 !== null) at.read = { sha256: message.sha256 };
          return;
        }
        if (message.kind === 'input-error') throw new InputError(message.file, message.reason);
        if (message.kind === 'crash') throw new Error(message.message);
        worker.postMessage(aheadCost(message.item));
        yield message.item;
      }
    } finally {
      await close();
    }
  }
  return { items, close };
}

/** The items of the WARC at `path`, read on a worker thread (see {@link WarcReading.items}). */
export function readWarcInWorker(
  path: string,
  place: WarcPlace,
  at: ReadHash,
): AsyncGenerator<ContainerItem> {
  return startWarcReading(path, place).items(at);
}

/** The reading of seeds file `file` (at `path`) started now, when it is a WARC large enough to be
 * read on a worker thread; null otherwise. The ingest starts it before it loads the cleaning code,
 * so the reading has a head start of that loading's time. */
export async function startEarlyReading(file: string, path: string): Promise<WarcReading | null> {
  const { size } = await stat(path).catch(() => ({ size: 0 }));
  if (size < WARC_WORKER_BYTES || !(await isWarcFile(path))) return null;
  return startWarcReading(path, { file, container: 'warc', member: null });
}
