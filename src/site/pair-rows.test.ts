import { describe, expect, it } from 'vitest';
import type { Paragraph } from './align-paragraphs.ts';
import { noDifferences, pairRows } from './pair-rows.ts';

const A = 'The mayor said on Monday that the city would not help federal agents.';
const A2 = 'The mayor said on Tuesday that the city would not help federal agents.';
const B = 'Officers were placed on leave after the shooting, the department said.';
const C = 'A lawsuit followed in August.';
const p = (text: string, href?: string): Paragraph => ({
  text,
  links: href === undefined ? [] : [{ start: 0, end: 3, href }],
});

describe('pairRows', () => {
  it.each([
    ['identical', [p(A), p(B)], [p(A), p(B)], 'same same', { same: 2 }],
    [
      'one word',
      [p(A), p(B)],
      [p(A2), p(B)],
      'changed same',
      { same: 1, changed: 1, dropped: 1, added: 1 },
    ],
    ['links only', [p(A, 'https://a/')], [p(A)], 'changed', { relinked: 1 }],
    ['one side only', [p(A), p(C)], [p(A)], 'same left', { same: 1, onlyLeft: 1, dropped: 5 }],
    ['added', [p(A)], [p(C), p(A)], 'right same', { same: 1, onlyRight: 1, added: 5 }],
  ])('%s', (_name, left, right, kinds, counts) => {
    const result = pairRows(left, right);
    expect(result.rows.map((r) => r.kind).join(' ')).toBe(kinds);
    expect(result.counts).toEqual({
      ...noDifferences(),
      ...counts,
    });
  });

  it('keeps every paragraph of each side once, in order, as printed', () => {
    const left = [p(A), p(C), p(B)];
    const right = [p(A2), p(B), p(C)];
    const { rows } = pairRows(left, right);
    const side = (pick: 'left' | 'right') =>
      rows.flatMap((r) => (r[pick] === null ? [] : [r[pick].changes.map((c) => c.text).join('')]));
    expect(side('left')).toEqual(left.map((x) => x.text));
    expect(side('right')).toEqual(right.map((x) => x.text));
  });

  it('marks a paragraph only one side prints as a change as a whole', () => {
    const { rows } = pairRows([p(C)], []);
    expect(rows[0]?.left?.changes).toEqual([{ op: 'dropped', text: C }]);
    expect(rows[0]?.right).toBeNull();
  });

  it('flags the link only one counterpart prints', () => {
    const { rows } = pairRows([p(A, 'https://a/')], [p(A2)]);
    expect([...(rows[0]?.left?.flagged ?? [])]).toEqual([0]);
    expect([...(rows[0]?.right?.flagged ?? [])]).toEqual([]);
  });
});
