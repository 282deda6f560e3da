import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { alignPassages } from '../stories/align-passages.ts';
import { words } from '../text/words.ts';
import {
  orientPassages,
  sideBySide,
  type SideBySideRow,
  type SidePassage,
} from './side-by-side.ts';

const COPY =
  'The mayor spoke on Monday about the plan for the city and the budget for next year in full.';
const MORE = 'Council members asked many questions about spending on roads, parks and schools.';

/** The passages the analysis would find between two texts, oriented left/right. */
function aligned(left: string, right: string): SidePassage[] {
  return alignPassages(words(left), words(right)).map((p) => ({
    left: p.a,
    right: p.b,
    words: p.words,
  }));
}

const brief = (rows: SideBySideRow[]) =>
  rows.map((r) => [
    r.kind,
    r.left.map((s) => `${s.op}:${s.text}`),
    r.right.map((s) => `${s.op}:${s.text}`),
  ]);

describe('sideBySide', () => {
  const whole = [`shared:${COPY.slice(0, -1)}`, 'same:.'];
  it.each([
    ['identical texts are one shared row', COPY, COPY, [['shared', whole, whole]]],
    [
      'a damaged word inside a copy is marked as changed in the same row',
      COPY,
      COPY.replace('budget', 'budgte'),
      [
        [
          'shared',
          [
            'shared:The mayor spoke on Monday about the plan for the city and the',
            'same: ',
            'dropped:budget',
            'same: for next year in full.',
          ],
          [
            'shared:The mayor spoke on Monday about the plan for the city and the',
            'same: ',
            'added:budgte',
            'same: for next year in full.',
          ],
        ],
      ],
    ],
    [
      'a paragraph only one side prints is its own row',
      COPY,
      `Editor's note: this story was shared by a partner outlet today.\n\n${COPY}`,
      [
        ['unique', [], ["same:Editor's note: this story was shared by a partner outlet today."]],
        ['shared', whole, whole],
      ],
    ],
    [
      'a word added between two passages is marked in the shared row',
      `${COPY} ${MORE}`,
      `${COPY} Indeed ${MORE}`,
      [
        [
          'shared',
          [`shared:${COPY.slice(0, -1)}`, 'same:. ', `shared:${MORE.slice(0, -1)}`, 'same:.'],
          [
            `shared:${COPY.slice(0, -1)}`,
            'same:. ',
            'added:Indeed',
            'same: ',
            `shared:${MORE.slice(0, -1)}`,
            'same:.',
          ],
        ],
      ],
    ],
    [
      'two unrelated texts are one unique row each side',
      'Rain fell on the quiet town all week.',
      'Markets rose sharply after the announcement.',
      [
        [
          'unique',
          ['same:Rain fell on the quiet town all week.'],
          ['same:Markets rose sharply after the announcement.'],
        ],
      ],
    ],
  ])('%s', (_name, left, right, expected) => {
    expect(brief(sideBySide(left, right, aligned(left, right)))).toEqual(expected);
  });

  it('ignores passages that point outside the texts or go backwards', () => {
    const rows = sideBySide('one two', 'one two', [
      { left: 5, right: 0, words: 2 },
      { left: 0, right: 0, words: 0 },
    ]);
    expect(brief(rows)).toEqual([['shared', ['same:one two'], ['same:one two']]]);
  });

  it('keeps every word of both texts, in order, whatever the passages', () => {
    const word = fc.constantFrom('a', 'b', 'c', 'dd', 'ee', 'Ff', ',', '.', '\n\n');
    const text = fc.array(word, { maxLength: 60 }).map((w) => w.join(' '));
    fc.assert(
      fc.property(text, text, (left, right) => {
        const rows = sideBySide(left, right, aligned(left, right));
        const side = (pick: 'left' | 'right') =>
          words(rows.map((r) => r[pick].map((s) => s.text).join('')).join(' '));
        expect(side('left')).toEqual(words(left));
        expect(side('right')).toEqual(words(right));
        for (const row of rows) {
          expect(row.left.every((s) => s.op !== 'added')).toBe(true);
          expect(row.right.every((s) => s.op !== 'dropped')).toBe(true);
        }
      }),
    );
  });
});

describe('orientPassages', () => {
  const pair = {
    a: 'x',
    passages: [
      { a: 10, b: 0, words: 8 },
      { a: 0, b: 20, words: 9 },
    ],
  };
  it.each([
    [
      'x',
      [
        { left: 0, right: 20, words: 9 },
        { left: 10, right: 0, words: 8 },
      ],
    ],
    [
      'y',
      [
        { left: 0, right: 10, words: 8 },
        { left: 20, right: 0, words: 9 },
      ],
    ],
  ])('left = %s', (leftId, expected) => {
    expect(orientPassages(pair, leftId)).toEqual(expected);
  });
});

describe('sideBySide aligns composed and decomposed letters as the same words', () => {
  const composed = 'Her résumé reached the council on Monday and the mayor read it in full.';
  it.each([
    ['NFD left, NFC right', composed.normalize('NFD'), composed],
    ['NFC left, NFD right', composed, composed.normalize('NFD')],
  ])('%s: one shared row, each side as printed', (_name, left, right) => {
    const rows = sideBySide(left, right, aligned(left, right));
    expect(rows.map((r) => r.kind)).toEqual(['shared']);
    expect(rows[0]!.left.map((s) => s.text).join('')).toBe(left);
    expect(rows[0]!.right.map((s) => s.text).join('')).toBe(right);
  });
});
