import { mkdir, mkdtemp, readdir, readFile, rename, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  assertOwnOutput,
  OutputError,
  recoverOutput,
  replaceOutput,
  sibling,
} from './output-fs.ts';
import { OUTPUT_MARKER } from './output-layout.ts';

const output = (entries: Record<string, string>, corpus: Record<string, string>) =>
  new Map([
    ['articles', new Map(Object.entries(entries))],
    ['corpus', new Map(Object.entries(corpus))],
  ]);

async function workDir(): Promise<string> {
  return mkdtemp(join(tmpdir(), 'output-'));
}

describe('replaceOutput', () => {
  it('writes entries, analysis and the marker, and replaces them as a whole next time', async () => {
    const dir = join(await workDir(), 'archive');
    await replaceOutput(dir, output({ 'a.md': 'A', 'b.md': 'B' }, { 'quotes.json': '[1]' }));
    expect((await readdir(dir)).sort()).toEqual([OUTPUT_MARKER, 'articles', 'corpus']);
    await replaceOutput(dir, output({ 'c.md': 'C' }, { 'quotes.json': '[2]' }));
    expect(await readdir(join(dir, 'articles'))).toEqual(['c.md']);
    expect(await readFile(join(dir, 'corpus', 'quotes.json'), 'utf8')).toBe('[2]');
    expect((await readdir(join(dir, '..'))).sort()).toEqual(['archive']);
  });

  it.each([
    ['the source tree', { 'index.ts': 'code', 'pages/x.astro': 'page' }],
    ['the inputs', { 'a.txt': 'words', 'facts.json': '{}' }],
  ])('refuses a folder it did not write (%s) and leaves it untouched', async (_, files) => {
    const dir = await workDir();
    for (const [name, text] of Object.entries(files)) {
      await mkdir(join(dir, name, '..'), { recursive: true });
      await writeFile(join(dir, name), text);
    }
    await expect(replaceOutput(dir, output({ 'a.md': 'A' }, {}))).rejects.toThrow(OutputError);
    await expect(assertOwnOutput(dir)).rejects.toThrow(/did not write.*refusing to replace it/);
    expect((await readdir(dir)).sort()).toEqual(
      Object.keys(files)
        .map((f) => f.split('/')[0])
        .sort(),
    );
  });

  it('accepts a missing or empty folder', async () => {
    const dir = await workDir();
    await expect(assertOwnOutput(join(dir, 'new'))).resolves.toBeUndefined();
    await expect(assertOwnOutput(dir)).resolves.toBeUndefined();
  });
});

describe('recoverOutput', () => {
  it('puts back the previous output when a run was killed between the two renames', async () => {
    const root = await workDir();
    const dir = join(root, 'archive');
    await replaceOutput(dir, output({ 'a.md': 'A' }, { 'quotes.json': '[1]' }));
    await rename(dir, sibling(dir, 'old', 4194301));
    await mkdir(join(sibling(dir, 'tmp', 4194301), 'articles'), { recursive: true });
    await writeFile(join(sibling(dir, 'tmp', 4194301), OUTPUT_MARKER), '');
    await writeFile(join(sibling(dir, 'tmp', 4194301), 'articles', 'half.md'), 'half written');
    await recoverOutput(dir);
    expect((await readdir(root)).sort()).toEqual(['archive']);
    expect(await readdir(join(dir, 'articles'))).toEqual(['a.md']);
    expect(await readFile(join(dir, 'corpus', 'quotes.json'), 'utf8')).toBe('[1]');
  });

  it('leaves alone the temporary folder of an ingest still running', async () => {
    const root = await workDir();
    const dir = join(root, 'archive');
    await replaceOutput(dir, output({ 'a.md': 'A' }, {}));
    await mkdir(sibling(dir, 'tmp', process.ppid));
    await writeFile(join(sibling(dir, 'tmp', process.ppid), OUTPUT_MARKER), '');
    await recoverOutput(dir);
    expect((await readdir(root)).sort()).toEqual([
      `.archive.news-archive-tmp-${process.ppid}`,
      'archive',
    ]);
  });

  it('never touches a look-alike folder that the ingest did not write', async () => {
    const root = await workDir();
    const dir = join(root, 'archive');
    await mkdir(join(sibling(dir, 'old', 4194303), 'precious'), { recursive: true });
    await recoverOutput(dir);
    expect(await readdir(join(sibling(dir, 'old', 4194303)))).toEqual(['precious']);
  });

  it('accepts a folder named with a trailing slash', async () => {
    const root = await workDir();
    await replaceOutput(`${join(root, 'archive')}/`, output({ 'a.md': 'A' }, {}));
    await replaceOutput(`${join(root, 'archive')}/`, output({ 'b.md': 'B' }, {}));
    expect((await readdir(root)).sort()).toEqual(['archive']);
  });

  it('removes a previous copy left beside a complete output', async () => {
    const root = await workDir();
    const dir = join(root, 'archive');
    await replaceOutput(dir, output({ 'new.md': 'N' }, {}));
    await mkdir(join(sibling(dir, 'old', 4194302), 'articles'), { recursive: true });
    await writeFile(join(sibling(dir, 'old', 4194302), OUTPUT_MARKER), '');
    await recoverOutput(dir);
    expect((await readdir(root)).sort()).toEqual(['archive']);
    expect(await readdir(join(dir, 'articles'))).toEqual(['new.md']);
  });
});
