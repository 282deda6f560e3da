/**
 * WACZ packages (webrecorder's Web Archive Collection Zipped): a ZIP whose `archive/` folder holds
 * the WARC files. The ZIP's central directory is read with `yauzl`, then each WARC is streamed out
 * of the package into the WARC reader, one record at a time: the package is never unpacked whole.
 */
import type { Readable } from 'node:stream';
import yauzl from 'yauzl';
import { InputError } from '../ingest/input-error.ts';
import type { ContainerItem } from './container-item.ts';
import { warcItems } from './warc.ts';

/** The WARC files of a WACZ sit in `archive/` (WACZ 1.1.1, "Directory Layout"). */
const WARC_MEMBER = /^archive\/[^/]+\.warc(?:\.gz)?$/i;

function zipError(file: string, error: unknown): InputError {
  if (error instanceof InputError) return error;
  const why = error instanceof Error ? error.message : String(error);
  return new InputError(file, `damaged ZIP archive (${why})`);
}

/** Every entry of `zip`'s central directory (small: names and offsets, never contents). */
function entriesOf(zip: yauzl.ZipFile): Promise<yauzl.Entry[]> {
  return new Promise((resolve, reject) => {
    const entries: yauzl.Entry[] = [];
    zip.on('entry', (entry: yauzl.Entry) => {
      entries.push(entry);
      zip.readEntry();
    });
    zip.on('end', () => resolve(entries));
    zip.on('error', reject);
    zip.readEntry();
  });
}

function openEntry(zip: yauzl.ZipFile, entry: yauzl.Entry): Promise<Readable> {
  return new Promise((resolve, reject) => {
    zip.openReadStream(entry, (error, stream) => (error ? reject(error) : resolve(stream)));
  });
}

/** The items of every WARC in the WACZ package `zip` (opened with `lazyEntries`), in the order
 * the package lists them. Throws only an {@link InputError} naming `file`: a damaged ZIP, a ZIP
 * with no WARC in `archive/` (not a WACZ), or damaged WARC data. Closes `zip` when done. */
export async function* waczItems(zip: yauzl.ZipFile, file: string): AsyncGenerator<ContainerItem> {
  try {
    const members = (await entriesOf(zip)).filter((e) => WARC_MEMBER.test(e.fileName));
    if (members.length === 0) {
      throw new InputError(file, 'ZIP archive with no WARC in archive/, not a WACZ web archive');
    }
    for (const entry of members) {
      const stream = await openEntry(zip, entry);
      try {
        const place = { file, container: 'wacz', member: entry.fileName } as const;
        yield* warcItems(stream, place);
      } finally {
        stream.destroy();
      }
    }
  } catch (error) {
    throw zipError(file, error);
  } finally {
    zip.close();
  }
}

/** Opens a WACZ held in memory (tests, small packages); a damaged ZIP is an {@link InputError}. */
export function zipFromBuffer(file: string, bytes: Uint8Array): Promise<yauzl.ZipFile> {
  return new Promise((resolve, reject) => {
    const options = { lazyEntries: true, autoClose: false };
    yauzl.fromBuffer(Buffer.from(bytes), options, (error, zip) =>
      error ? reject(zipError(file, error)) : resolve(zip),
    );
  });
}
