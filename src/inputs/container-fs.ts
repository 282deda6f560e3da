/**
 * Opening a container in the seeds folder for its reader: a WARC streamed from disk, a WACZ through
 * its ZIP directory, a feed read whole. Which one is told by the file's first bytes.
 */
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import yauzl from 'yauzl';
import { decodeInput } from '../ingest/decode-input.ts';
import { InputError } from '../ingest/input-error.ts';
import { MAX_INPUT_BYTES } from '../ingest/input-limits.ts';
import type { ContainerItem } from './container-item.ts';
import { containerKind } from './container-kind.ts';
import { readHead } from './file-head-fs.ts';
import { reusedPieces } from './file-pieces-fs.ts';
import { feedItems } from './feed.ts';
import { waczItems } from './wacz.ts';
import { type WarcPlace, warcItems } from './warc.ts';

function openZip(path: string, file: string): Promise<yauzl.ZipFile> {
  return new Promise((resolve, reject) => {
    yauzl.open(path, { lazyEntries: true, autoClose: false }, (error, zip) =>
      error ? reject(new InputError(file, `damaged ZIP archive (${error.message})`)) : resolve(zip),
    );
  });
}

/** How many bytes of a WARC are read at a time. */
const WARC_READ_BYTES = 1024 * 1024;

/** `source`, hashing what it gives (as it gives it, so a piece may be reused once the next is
 * asked for); once it has given everything, `at.read` is set to the SHA-256 of all of it. */
async function* hashed(
  source: AsyncIterable<Uint8Array>,
  at: { read?: { sha256: string } },
): AsyncGenerator<Uint8Array> {
  const hash = createHash('sha256');
  for await (const chunk of source) {
    hash.update(chunk);
    yield chunk;
  }
  at.read = { sha256: hash.digest('hex') };
}

/** Where a read of a WARC sets the SHA-256 of its bytes, once it has read them all. */
export interface ReadHash {
  read?: { sha256: string };
}

/** Reads the WARC at `path` (see {@link readWarcHere}); the pipeline may read it elsewhere. */
export type WarcReader = (
  path: string,
  place: WarcPlace,
  at: ReadHash,
) => AsyncIterable<ContainerItem>;

/** The items of the WARC at `path`, read on this thread; `at.read` is set once it is all read. */
export function readWarcHere(
  path: string,
  place: WarcPlace,
  at: ReadHash,
): AsyncIterable<ContainerItem> {
  // Read in 1 MiB pieces: each piece is a round trip through zlib's thread, and at the default
  // 64 KiB a gigabyte of WARC spent a quarter of its reading time waiting on them (6.4 s
  // against 4.9 s for the 1 GB WARC of the WARC benchmark); memory stays two pieces.
  return warcItems(hashed(reusedPieces(path, WARC_READ_BYTES), at), place, true);
}

/** The items of the container `file` (at `path` on disk), streamed from disk (a feed is read
 * whole, within the input size limit); null when the file is no container, or a feed past the
 * limit (which the pipeline then refuses as any oversized file). For a feed, `at.whole` is set to
 * the SHA-256 and size of its bytes. For a WARC read to its end, `at.read` is set to the SHA-256
 * of the bytes read, so they need not be read again to know the file did not change meanwhile.
 * A WARC is read by `readWarc` (on this thread unless given another reader). */
export async function containerItems(
  file: string,
  path: string,
  at: { whole?: { sha256: string; bytes: number } } & ReadHash,
  readWarc: WarcReader = readWarcHere,
): Promise<AsyncIterable<ContainerItem> | Iterable<ContainerItem> | null> {
  const kind = containerKind(await readHead(path));
  if (kind === 'warc') return readWarc(path, { file, container: 'warc', member: null }, at);
  if (kind === 'zip') return waczItems(await openZip(path, file), file);
  if (kind !== 'feed') return null;
  const bytes = await readFile(path);
  if (bytes.length > MAX_INPUT_BYTES) return null;
  at.whole = { sha256: createHash('sha256').update(bytes).digest('hex'), bytes: bytes.length };
  return feedItems(file, decodeInput(file, bytes, { feed: true }));
}
