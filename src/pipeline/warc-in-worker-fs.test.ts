import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { isInputError } from '../ingest/input-error.ts';
import type { ContainerItem } from '../inputs/container-item.ts';
import { type ReadHash, readWarcHere } from '../inputs/container-fs.ts';
import { warcReaderFor } from './ingest-file-fs.ts';
import {
  readWarcInWorker,
  startEarlyReading,
  startWarcReading,
  WARC_WORKER_BYTES,
} from './warc-in-worker-fs.ts';

// Each case starts a worker thread, which loads the reading code afresh: seconds on a loaded
// machine (npm test runs three lanes side by side), past vitest's default of 5 s.
vi.setConfig({ testTimeout: 60_000 });

const place = { file: 'crawl.warc', container: 'warc', member: null } as const;

async function collect(
  read: typeof readWarcHere,
  path: string,
): Promise<{ items: ContainerItem[]; at: ReadHash; error: string | null }> {
  const items: ContainerItem[] = [];
  const at: ReadHash = {};
  try {
    for await (const item of read(path, place, at)) items.push(item);
    return { items, at, error: null };
  } catch (error) {
    return {
      items,
      at,
      error: isInputError(error) ? `InputError: ${error.message}` : String(error),
    };
  }
}

const dir = mkdtempSync(join(tmpdir(), 'warc-worker-'));
const damaged = join(dir, 'damaged.warc');
writeFileSync(
  damaged,
  Buffer.concat([
    readFileSync('tests/fixtures/versions/seeds/day-1.warc'),
    Buffer.from('HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n<p>not a record</p>\r\n'),
  ]),
);

describe('reading a WARC on a worker thread', () => {
  it.each([
    ['a gzip WARC of a site', 'tests/fixtures/crawl/seeds/site.warc.gz'],
    ['a plain WARC', 'tests/fixtures/versions/seeds/day-1.warc'],
    ['a WARC cut short', 'tests/fixtures/crawl/truncated.warc'],
    ['a WARC in a legacy encoding', 'tests/fixtures/encodings/web-archive.warc'],
    ['a WARC with other data after its records', damaged],
  ])('gives what reading it here gives: %s', async (_, path) => {
    const here = await collect(readWarcHere, path);
    const there = await collect(readWarcInWorker, path);
    expect(here.items.length).toBeGreaterThan(0);
    expect(there).toEqual(here);
  });

  it('throws the input error reading it here throws, after the records before it', async () => {
    const there = await collect(readWarcInWorker, damaged);
    expect(there.error).toMatch(/^InputError: crawl\.warc: not WARC data/);
    expect(there.items.length).toBeGreaterThan(0);
    expect(there.at.read).toBeUndefined();
  });

  it('gives the same items when started before they are asked for', async () => {
    const path = 'tests/fixtures/crawl/seeds/site.warc.gz';
    const reading = startWarcReading(path, place);
    await new Promise((resolve) => setTimeout(resolve, 300));
    const items: ContainerItem[] = [];
    const at: ReadHash = {};
    for await (const item of reading.items(at)) items.push(item);
    expect({ items, at, error: null }).toEqual(await collect(readWarcHere, path));
  });

  it('starts early only for a WARC of the size read on a thread of its own', async () => {
    expect(await startEarlyReading('site.warc.gz', 'tests/fixtures/crawl/seeds/site.warc.gz')).toBe(
      null,
    );
    const big = join(dir, 'big.html');
    writeFileSync(big, Buffer.alloc(WARC_WORKER_BYTES, 0x20));
    expect(await startEarlyReading('big.html', big)).toBe(null);
  });

  it('is chosen for large archives only', () => {
    expect(warcReaderFor(WARC_WORKER_BYTES - 1)).toBe(readWarcHere);
    expect(warcReaderFor(WARC_WORKER_BYTES)).toBe(readWarcInWorker);
  });
});
