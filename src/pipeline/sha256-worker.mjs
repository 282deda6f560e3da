/**
 * A worker thread that hashes the bytes it is sent (see `sha256-thread-fs.ts`): each message is a
 * piece of bytes, acknowledged with its length once hashed; `null` asks for the hex SHA-256 of
 * every piece so far. Plain JavaScript, so it starts without the TypeScript loader.
 */
import { createHash } from 'node:crypto';
import { parentPort } from 'node:worker_threads';

const hash = createHash('sha256');
parentPort?.on('message', (piece) => {
  if (piece === null) {
    parentPort?.postMessage({ sha256: hash.digest('hex') });
    return;
  }
  hash.update(piece);
  parentPort?.postMessage({ hashed: piece.byteLength });
});
