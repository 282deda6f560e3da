import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeWhole } from './write-whole-fs.ts';

describe('writeWhole', () => {
  it.each<[string, string | Uint8Array]>([
    ['text', 'an entry'],
    ['bytes', Uint8Array.from([0, 255, 10])],
  ])('writes %s under the name, leaving nothing else beside it', async (_, data) => {
    const dir = mkdtempSync(join(tmpdir(), 'write-whole-'));
    writeFileSync(join(dir, 'file'), 'what it held before');
    await writeWhole(join(dir, 'file'), data);
    expect(readFileSync(join(dir, 'file')).equals(Buffer.from(data))).toBe(true);
    expect(readdirSync(dir)).toEqual(['file']);
  });

  it('throws when it cannot write, leaving no temporary file', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'write-whole-'));
    await expect(writeWhole(join(dir, 'missing', 'file'), 'x')).rejects.toThrow(/ENOENT/);
    expect(readdirSync(dir)).toEqual([]);
  });

  it('leaves what the name held, and no temporary file, when the rename fails', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'write-whole-'));
    // A folder with a file in it cannot be replaced by a file.
    mkdirSync(join(dir, 'taken'));
    writeFileSync(join(dir, 'taken', 'inside'), 'kept');
    await expect(writeWhole(join(dir, 'taken'), 'x')).rejects.toThrow();
    expect(readdirSync(dir)).toEqual(['taken']);
    expect(readFileSync(join(dir, 'taken', 'inside'), 'utf8')).toBe('kept');
  });
});
