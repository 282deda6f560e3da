import { createHash } from 'node:crypto';
import {
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  utimesSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { indexPage, indexPageFile, recordFile } from '../export/api-paging.ts';
import { articleRecord } from '../export/articles-json.ts';
import { ingestFolder } from '../pipeline/ingest-folder-fs.ts';
import { rawFileName } from './raw-files.ts';
import { copyRawInputs } from './raw-fs.ts';

const SEEDS = 'tests/fixtures/crawl/seeds';

describe('copyRawInputs publishes a web archive’s record as its payload', () => {
  const before = process.env.SEEDS_DIR;
  beforeAll(() => {
    process.env.SEEDS_DIR = SEEDS;
  });
  afterAll(() => {
    if (before === undefined) delete process.env.SEEDS_DIR;
    else process.env.SEEDS_DIR = before;
  });

  it('writes each capture’s payload, each feed and each mirror page as received, and only what is missing on a build into the same folder', async () => {
    const { entries } = await ingestFolder(SEEDS);
    const out = mkdtempSync(join(tmpdir(), 'raw-'));
    // The built site's paged index and one record per article, as copyRawInputs reads them.
    mkdirSync(join(out, 'api', 'articles', 'id'), { recursive: true });
    const records = entries.map((e) => articleRecord(e.data));
    const index = indexPage(
      '/',
      'articles',
      records.map((r) => ({ id: r.id })),
      1,
      records.length,
    );
    writeFileSync(join(out, indexPageFile('articles', 1)), JSON.stringify(index));
    for (const r of records)
      writeFileSync(join(out, recordFile('articles', r.id)), JSON.stringify(r));
    const first = await copyRawInputs(out);
    const written = readdirSync(join(out, 'raw'));
    for (const { data } of entries) {
      const name = rawFileName(data.source.file, data.source.sha256);
      expect(written).toContain(name);
      expect(first).toEqual({ published: written.length, written: written.length });
      const bytes = readFileSync(join(out, 'raw', name));
      expect(createHash('sha256').update(bytes).digest('hex')).toBe(data.source.sha256);
    }
    const ferry = entries.find((e) => e.data.id.endsWith('night-ferry-saved'))?.data.source;
    const page = readFileSync(join(out, 'raw', rawFileName('site.warc.gz', ferry?.sha256 ?? '')));
    expect(page.toString('utf8')).toMatch(/^<!doctype html>/);

    // Built again into the same folder: what is there intact stays as it is, what no input
    // publishes any more goes, and what is missing or damaged is written.
    const [kept = '', missing = '', damaged = ''] = written;
    const before = new Date('2001-01-01T00:00:00Z');
    utimesSync(join(out, 'raw', kept), before, before);
    const intact = readFileSync(join(out, 'raw', damaged));
    writeFileSync(join(out, 'raw', damaged), 'edited by hand');
    writeFileSync(join(out, 'raw', 'withdrawn-000000000000.txt'), 'no input publishes this');
    rmSync(join(out, 'raw', missing));
    expect(await copyRawInputs(out)).toEqual({ published: written.length, written: 2 });
    expect(readdirSync(join(out, 'raw')).sort()).toEqual([...written].sort());
    expect(statSync(join(out, 'raw', kept)).mtime).toEqual(before);
    expect(readFileSync(join(out, 'raw', damaged)).equals(intact)).toBe(true);
    expect(readFileSync(join(out, 'raw', missing)).length).toBeGreaterThan(0);
    // It ingests the whole fixture folder first: seconds on a loaded machine.
  }, 60_000);
});
