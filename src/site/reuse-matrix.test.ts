import { describe, expect, it } from 'vitest';
import type { ReusePair } from '../schema/story.ts';
import { cellNote, percent, reuseMatrix } from './reuse-matrix.ts';

const pair = (
  a: string,
  b: string,
  kind: ReusePair['kind'],
  sa: number,
  sb: number,
): ReusePair => ({
  a,
  b,
  kind,
  shared: { a: sa, b: sb },
  source: a,
  sourceReason: 'credit',
  passages: [],
});

describe('reuseMatrix', () => {
  const matrix = reuseMatrix({
    articles: ['a', 'b', 'c'],
    reuse: [pair('a', 'b', 'syndicated', 0.9, 0.95), pair('b', 'c', 'rewrite', 0, 0)],
  });
  it.each([
    [0, 0, null],
    [0, 1, { kind: 'syndicated', share: 0.9, a: 'a', b: 'b' }],
    [1, 0, { kind: 'syndicated', share: 0.95, a: 'a', b: 'b' }],
    [1, 2, { kind: 'rewrite', share: 0, a: 'b', b: 'c' }],
    [2, 1, { kind: 'rewrite', share: 0, a: 'b', b: 'c' }],
    [0, 2, null],
  ])('cell [%i][%i] -> %j', (i, j, expected) => {
    const cell = matrix.cells[i]?.[j] ?? null;
    if (expected === null) expect(cell).toBeNull();
    else expect(cell).toMatchObject(expected);
  });

  it('keeps the story order of articles', () => {
    expect(matrix.articles).toEqual(['a', 'b', 'c']);
    expect(matrix.cells).toHaveLength(3);
  });
});

describe('percent', () => {
  it.each([
    [0, '0%'],
    [0.004, '<1%'],
    [0.2957, '30%'],
    [0.9984, '>99%'],
    [1, '100%'],
  ])('%d -> %s', (share, expected) => {
    expect(percent(share)).toBe(expected);
  });
});

describe('cellNote', () => {
  it.each([
    [{ share: 0.99, source: 'a' }, 'a', '99% shared; likely source'],
    [{ share: 0.2957, source: 'a' }, 'b', '30% shared'],
    [{ share: 0, source: null }, 'a', '0% shared'],
  ])('%j seen from %s -> %s', (cell, row, expected) => {
    expect(cellNote(cell, row)).toBe(expected);
  });
});
