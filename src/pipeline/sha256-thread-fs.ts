/**
 * Hashing a stream of bytes on a worker thread of its own (`sha256-worker.mjs`), so the thread
 * that reads them spends a copy of each piece instead of its hashing: reading a gigabyte WARC,
 * SHA-256 took 0.9 s of the reading thread's 3.6 s, which the cleaning thread waited on. The
 * pieces hashed are the ones given, so the hash is of the bytes that were read. At most
 * {@link HASH_AHEAD_BYTES} wait to be hashed at a time, so memory stays bounded however slow the
 * hashing thread is.
 */
import { Worker } from 'node:worker_threads';

const SCRIPT = new URL('./sha256-worker.mjs', import.meta.url);

/** Bytes given and not yet hashed, at most: a few of the reader's 1 MiB pieces. */
export const HASH_AHEAD_BYTES = 8 * 1024 * 1024;

/** A SHA-256 being computed on its own thread. */
export interface Sha256Thread {
  /** Gives the next piece (copied, so the caller may go on using it); waits while too many bytes
   * wait to be hashed. */
  update(piece: Uint8Array): Promise<void>;
  /** The hex SHA-256 of every piece given, or null when the thread failed; stops the thread. */
  digest(): Promise<string | null>;
  /** Stops the thread (a reading given up). */
  stop(): void;
}

/** Starts a hashing thread. A thread that cannot start or that fails makes `digest` give null
 * (the caller then does without the hash), never an error. */
export function startSha256Thread(): Sha256Thread {
  const state = { waiting: 0, failed: false, wake: null as (() => void) | null };
  let result: ((sha256: string | null) => void) | null = null;
  const nudge = (): void => {
    state.wake?.();
    state.wake = null;
  };
  const fail = (): void => {
    state.failed = true;
    nudge();
    result?.(null);
  };
  let worker: Worker | null = null;
  try {
    worker = new Worker(SCRIPT);
    worker.on('message', (message: { hashed?: number; sha256?: string }) => {
      if (message.sha256 !== undefined) result?.(message.sha256);
      state.waiting -= message.hashed ?? 0;
      nudge();
    });
    worker.on('error', fail);
    worker.on('exit', fail);
  } catch {
    fail();
  }
  const stop = (): void => void worker?.terminate();
  return {
    async update(piece) {
      if (state.failed || worker === null) return;
      const copy = new Uint8Array(piece);
      state.waiting += copy.byteLength;
      worker.postMessage(copy, [copy.buffer]);
      while (state.waiting > HASH_AHEAD_BYTES && !state.failed) {
        await new Promise<void>((resolve) => (state.wake = resolve));
      }
    },
    async digest() {
      if (state.failed || worker === null) return null;
      const sha256 = await new Promise<string | null>((resolve) => {
        result = resolve;
        worker?.postMessage(null);
      });
      stop();
      return sha256;
    },
    stop,
  };
}
