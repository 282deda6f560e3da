import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { checkFloors } from './floors-fs.ts';

function floorsFile(floors: Record<string, number>): string {
  const file = join(mkdtempSync(join(tmpdir(), 'floors-')), 'floors.json');
  writeFileSync(file, JSON.stringify(floors));
  return file;
}

describe('checkFloors', () => {
  it.each([
    ['at its floor passes', { f1: 0.9 }, { f1: 0.9 }, 0],
    ['above its floor passes', { f1: 0.9 }, { f1: 0.95 }, 0],
    ['below its floor fails', { f1: 0.9 }, { f1: 0.899 }, 1],
    ['a floor with no figure fails', { f1: 0.9 }, {}, 1],
  ])('%s', async (_, floors, measured, code) => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    expect(await checkFloors('bench', floorsFile(floors), measured, false)).toBe(code);
  });

  it('raises a floor to its figure, rounded down, and never lowers one', async () => {
    const file = floorsFile({ up: 0.5, down: 0.8 });
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    await checkFloors('bench', file, { up: 0.61789, down: 0.7 }, true);
    expect(JSON.parse(readFileSync(file, 'utf8'))).toEqual({ up: 0.617, down: 0.8 });
  });
});
