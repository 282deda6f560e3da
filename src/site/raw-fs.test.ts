import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
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

  it('writes each capture’s payload, each feed and each mirror page as received', async () => {
    const { entries } = await ingestFolder(SEEDS);
    const out = mkdtempSync(join(tmpdir(), 'raw-'));
    mkdirSync(join(out, 'api'));
    const records = entries.map((e) => articleRecord(e.data));
    writeFileSync(join(out, 'api', 'articles.json'), JSON.stringify(records));
    await copyRawInputs(out);
    const written = readdirSync(join(out, 'raw'));
    for (const { data } of entries) {
      const name = rawFileName(data.source.file, data.source.sha256);
      expect(written).toContain(name);
      const bytes = readFileSync(join(out, 'raw', name));
      expect(createHash('sha256').update(bytes).digest('hex')).toBe(data.source.sha256);
    }
    const ferry = entries.find((e) => e.data.id.endsWith('night-ferry-saved'))?.data.source;
    const page = readFileSync(join(out, 'raw', rawFileName('site.warc.gz', ferry?.sha256 ?? '')));
    expect(page.toString('utf8')).toMatch(/^<!doctype html>/);
  });
});
