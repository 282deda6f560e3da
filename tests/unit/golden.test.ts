import { readdirSync, readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { serializeEntry } from '../../src/pipeline/entry-file.ts';
import { type FolderIngest, ingestFolder } from '../../src/pipeline/ingest-folder-fs.ts';

const GOLDEN = 'tests/golden/entries';
let result: FolderIngest;

beforeAll(async () => {
  result = await ingestFolder('seeds');
});

describe('the seeds give their reviewed golden entries (npm run golden:update to change on purpose)', () => {
  it('ingests every seed without error', () => {
    expect(result.errors).toEqual([]);
    expect(result.entries.map((e) => `${e.data.id}.md`).sort()).toEqual(readdirSync(GOLDEN).sort());
  });

  it.each(readdirSync(GOLDEN))('%s', (name) => {
    const entry = result.entries.find((e) => `${e.data.id}.md` === name);
    expect(entry).toBeDefined();
    expect(serializeEntry(entry!)).toBe(readFileSync(`${GOLDEN}/${name}`, 'utf8'));
  });

  it('gives byte-identical entries on a second run', async () => {
    const again = await ingestFolder('seeds');
    expect(again.entries.map(serializeEntry)).toEqual(result.entries.map(serializeEntry));
  });
});
