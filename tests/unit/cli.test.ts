import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';

// Each case starts the scripts as their own processes, which takes seconds on a loaded machine.
vi.setConfig({ testTimeout: 120_000 });

const PROSE =
  'The council voted on Tuesday to close the old bridge for repairs. Residents said the detour ' +
  'would add twenty minutes to their commute, and the mayor promised a quick job.';

function tsx(script: string, args: string[]) {
  const result = spawnSync('npx', ['tsx', script, ...args], { encoding: 'utf8' });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

function seedsFolder(files: Record<string, string | Uint8Array>): string {
  const dir = mkdtempSync(join(tmpdir(), 'seeds-'));
  for (const [name, content] of Object.entries(files)) writeFileSync(join(dir, name), content);
  return dir;
}

describe('npm run ingest', () => {
  it('stops on a bad file with one line naming it, leaving the previous entries untouched', () => {
    const seeds = seedsFolder({ 'good.txt': `${PROSE}\n\n${PROSE}\n` });
    const work = mkdtempSync(join(tmpdir(), 'out-'));
    const out = join(work, 'articles');
    const corpus = join(work, 'corpus');
    const args = ['--seeds', seeds, '--out', out, '--corpus', corpus, '--quiet'];
    expect(tsx('scripts/ingest.ts', args).code).toBe(0);
    const before = readFileSync(join(out, 'good.md'), 'utf8');

    writeFileSync(join(seeds, 'bad.json'), '{"id": 1, "content": {"rendered": "<p>cut');
    writeFileSync(join(seeds, 'good.txt'), `${PROSE}\n`);
    const failed = tsx('scripts/ingest.ts', args);
    expect(failed.code).toBe(1);
    expect(failed.stderr).toMatch(/^bad\.json: truncated or invalid JSON/m);
    expect(failed.stderr).not.toMatch(/\n\s+at /);
    expect(readdirSync(out)).toEqual(['good.md']);
    expect(readFileSync(join(out, 'good.md'), 'utf8')).toBe(before);
  });

  it('with --keep-going reports bad files and builds the rest', () => {
    const seeds = seedsFolder({ 'good.txt': PROSE, 'empty.txt': '' });
    const work = mkdtempSync(join(tmpdir(), 'out-'));
    const out = join(work, 'articles');
    const result = tsx('scripts/ingest.ts', [
      ...['--seeds', seeds, '--out', out, '--corpus', join(work, 'corpus'), '--quiet'],
      '--keep-going',
    ]);
    expect(result.code).toBe(0);
    expect(result.stderr).toMatch(/^empty\.txt: file is empty$/m);
    expect(readdirSync(out)).toEqual(['good.md']);
  });
});

describe('npm run extract', () => {
  it('prints a JSON array on stdout, errors on stderr, and exits 1 when a file failed', () => {
    const dir = seedsFolder({ 'a.txt': PROSE, 'b.bin': new Uint8Array([0, 1, 2, 3]) });
    const result = tsx('scripts/extract.ts', [join(dir, 'a.txt'), join(dir, 'b.bin'), '--quiet']);
    expect(result.code).toBe(1);
    const records = JSON.parse(result.stdout) as { id: string; body: string; url?: string }[];
    expect(records).toHaveLength(1);
    expect(records[0]).toMatchObject({ id: 'a', body: PROSE });
    expect(records[0]).not.toHaveProperty('url');
    expect(result.stderr).toMatch(/b\.bin: binary file/);
  });
});
