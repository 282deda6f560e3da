import { existsSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  ASTRO_PAGE_MANIFEST,
  forgetPageCopies,
  listFiles,
  listTree,
  readRecord,
  removeEmptyFolders,
  recordPath,
  removeFiles,
  removeRecord,
  writeRecord,
} from './kept-outputs-fs.ts';

/** A temporary folder holding `files` (relative paths), each with its path as its text. */
function folderWith(files: readonly string[]): string {
  const dir = mkdtempSync(join(tmpdir(), 'kept-outputs-'));
  for (const file of files) {
    mkdirSync(dirname(join(dir, file)), { recursive: true });
    writeFileSync(join(dir, file), file);
  }
  return dir;
}

describe('listFiles and removeFiles', () => {
  it('lists every file however deep, and none of a missing folder', async () => {
    const dir = folderWith(['index.html', 'articles/a/index.html', 'raw/x.txt']);
    expect((await listFiles(dir)).sort()).toEqual([
      'articles/a/index.html',
      'index.html',
      'raw/x.txt',
    ]);
    expect(await listFiles(join(dir, 'missing'))).toEqual([]);
  });

  it('removes the empty folders it is given, deepest first, and no folder holding a file', async () => {
    const dir = folderWith(['articles/b/index.html']);
    mkdirSync(join(dir, 'articles/a/deeper'), { recursive: true });
    const { folders } = await listTree(dir);
    expect(folders.sort()).toEqual(['articles', 'articles/a', 'articles/a/deeper', 'articles/b']);
    await removeEmptyFolders(dir, folders);
    expect((await listTree(dir)).folders.sort()).toEqual(['articles', 'articles/b']);
  });

  it('removes the files and the folders they leave empty, and nothing else', async () => {
    const dir = folderWith(['articles/a/index.html', 'articles/b/index.html', 'raw/x.txt']);
    await removeFiles(dir, ['articles/a/index.html', 'raw/x.txt', 'raw/gone.txt']);
    expect(await listFiles(dir)).toEqual(['articles/b/index.html']);
    expect(existsSync(join(dir, 'articles/a'))).toBe(false);
    expect(existsSync(join(dir, 'raw'))).toBe(false);
    expect(existsSync(join(dir, 'articles'))).toBe(true);
  });
});

describe('the record of a complete build', () => {
  const cache = mkdtempSync(join(tmpdir(), 'kept-cache-'));

  it('reads back what was written, for its own folder only; none once removed', async () => {
    const path = recordPath(cache);
    expect(await readRecord(path, '/site/dist/')).toBeNull();
    await writeRecord(path, '/site/dist/', ['a/index.html', 'b.json']);
    expect(await readRecord(path, '/site/dist/')).toEqual(new Set(['a/index.html', 'b.json']));
    expect(await readRecord(path, '/other/dist/')).toBeNull();
    await removeRecord(path);
    expect(await readRecord(path, '/site/dist/')).toBeNull();
  });

  it.each([
    ['not JSON', '{"outDir": '],
    ['of another shape', '{"outDir": "/site/dist/", "files": "a/index.html"}'],
    ['naming a file outside the folder', '{"outDir": "/site/dist/", "files": ["../src/a.ts"]}'],
    ['naming an absolute path', '{"outDir": "/site/dist/", "files": ["/etc/hosts"]}'],
  ])('is none when its file is %s', async (_, text) => {
    const path = recordPath(cache);
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, text);
    expect(await readRecord(path, '/site/dist/')).toBeNull();
  });
});

describe('forgetPageCopies', () => {
  it('removes Astro’s manifest of page keys, and only that; a missing one is no error', async () => {
    const dir = folderWith([ASTRO_PAGE_MANIFEST, 'dist/articles/a/index.html']);
    await forgetPageCopies(dir);
    expect(await listFiles(dir)).toEqual(['dist/articles/a/index.html']);
    await expect(forgetPageCopies(dir)).resolves.toBeUndefined();
  });
});
