/**
 * A worker thread that reads one file (`workerData.path`) and posts the hex SHA-256 of its bytes,
 * or null when it cannot be read. Plain JavaScript, so it starts without the TypeScript loader
 * (see `warc-in-worker-fs.ts`, which hashes a large WARC here beside the thread reading it).
 */
import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { parentPort, workerData } from 'node:worker_threads';

const hash = createHash('sha256');
try {
  for await (const chunk of createReadStream(workerData.path, { highWaterMark: 1024 * 1024 })) {
    hash.update(chunk);
  }
  parentPort?.postMessage(hash.digest('hex'));
} catch {
  parentPort?.postMessage(null);
}
