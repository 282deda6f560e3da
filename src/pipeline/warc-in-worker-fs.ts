/**
 * Reading a large WARC on a worker thread of its own, beside the thread that cleans its pages:
 * inflating, parsing and hashing a gigabyte of mostly images then costs that thread nothing (nor
 * the garbage collection of a gigabyte of buffers in its large heap), and its items come in the
 * order the archive holds them, exactly as {@link readWarcHere} gives them.
 */
import { InputError } from '../ingest/input-error.ts';
import type { ContainerItem } from '../inputs/container-item.ts';
import { type ReadHash, readWarcHere, type WarcReader } from '../inputs/container-fs.ts';
import type { WarcPlace } from '../inputs/warc.ts';
import { startTsWorker } from './worker-pool-fs.ts';

/** A WARC of at least this many bytes is read on a worker thread of its own: starting one (and
 * loading the reader there) costs about a third of a second, which a smaller archive's reading
 * does not repay. */
export const WARC_WORKER_BYTES = 64 * 1024 * 1024;

/** Items the reading thread may post before the cleaning thread has taken them, of each kind:
 * pages (each up to the input size limit) few enough that memory holds a few; skipped records
 * (a line each) many more, as a crawl holds ten of them (images, requests) for each page, and a
 * reader allowed only a few would wait on the cleaner between any two pages. */
const AHEAD: Record<AheadKind, number> = { page: 8, skipped: 4096 };

/** The kinds of items the reading thread counts separately. */
export type AheadKind = 'page' | 'skipped';

/** The kind `item` counts as. */
export function aheadKind(item: ContainerItem): AheadKind {
  return item.kind === 'skipped' ? 'skipped' : 'page';
}

/** What the reading thread posts. */
export type WarcWorkerMessage =
  | { readonly kind: 'item'; readonly item: ContainerItem }
  | { readonly kind: 'end'; readonly sha256: string | null }
  | { readonly kind: 'input-error'; readonly file: string; readonly reason: string }
  | { readonly kind: 'crash'; readonly message: string };

const SCRIPT = new URL('./warc-read-worker-fs.ts', import.meta.url);

/** The items of the WARC at `path`, read on a worker thread; throws what reading it here would
 * (an {@link InputError} for damaged data), and sets `at.read` once it is all read. */
export async function* readWarcInWorker(
  path: string,
  place: WarcPlace,
  at: ReadHash,
): AsyncGenerator<ContainerItem> {
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
      worker.postMessage(aheadKind(message.item));
      yield message.item;
    }
  } finally {
    await worker.terminate();
  }
}

/** The WARC reader for a file of `bytes` bytes: on a worker thread when it is large. */
export function warcReaderFor(bytes: number): WarcReader {
  return bytes >= WARC_WORKER_BYTES ? readWarcInWorker : readWarcHere;
}
