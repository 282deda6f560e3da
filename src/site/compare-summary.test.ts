import { describe, expect, it } from 'vitest';
import type { Paragraph } from './align-paragraphs.ts';
import {
  differenceSentence,
  linkCounts,
  plural,
  type SourceSide,
  sourceSentence,
} from './compare-summary.ts';
import { noDifferences, type DiffCounts } from './pair-rows.ts';

const names = { left: 'Wire', right: 'Paper' };
const none: DiffCounts = noDifferences();
const noLinks = { onlyLeft: 0, onlyRight: 0, total: 0 };

describe('plural', () => {
  it.each([
    [0, 'words'],
    [1, 'word'],
    [1200, 'words'],
  ])('%d', (n, word) => {
    expect(plural(n, 'word')).toBe(`${n.toLocaleString('en')} ${word}`);
  });
});

describe('differenceSentence', () => {
  it.each([
    [
      'identical',
      { ...none, same: 12 },
      { ...noLinks, total: 4 },
      'The two texts are identical: the same 12 paragraphs, word for word and link for link.',
    ],
    [
      'a syndicated copy with three changed words and changed links',
      { ...none, same: 11, changed: 2, dropped: 2, added: 1 },
      { onlyLeft: 1, onlyRight: 3, total: 9 },
      '11 of 13 paragraphs are identical, 2 worded differently; 3 words differ (2 only in Wire, 1 only in Paper); links changed (1 only in Wire, 3 only in Paper).',
    ],
    [
      'links only',
      { ...none, same: 1, relinked: 1 },
      { onlyLeft: 0, onlyRight: 1, total: 1 },
      '1 of 2 paragraphs is identical, 1 alike but for links; no word differs; links changed (0 only in Wire, 1 only in Paper).',
    ],
    [
      'a rewrite',
      { ...none, onlyLeft: 2, onlyRight: 3, dropped: 80, added: 95 },
      noLinks,
      '0 of 5 paragraphs are identical, 2 only in Wire, 3 only in Paper; 175 words differ (80 only in Wire, 95 only in Paper); neither prints a link.',
    ],
    [
      'same links, one paragraph added',
      { ...none, same: 3, onlyRight: 1, added: 20 },
      { ...noLinks, total: 2 },
      '3 of 4 paragraphs are identical, 1 only in Paper; 20 words differ (0 only in Wire, 20 only in Paper); the links are the same.',
    ],
  ])('%s', (_name, counts, links, expected) => {
    expect(differenceSentence(counts, links, names)).toBe(expected);
  });
});

describe('sourceSentence', () => {
  const wire: SourceSide = { name: 'Wire', date: '1 February 2026', credit: null, words: 600 };
  const paper: SourceSide = {
    name: 'Paper',
    date: '3 February 2026',
    credit: 'Wire News',
    words: 400,
  };
  it.each([
    [
      null,
      "Which one is the source is unknown: their dates do not set them a day apart, neither credits the other's outlet, and neither text is clearly fuller.",
    ],
    [
      'earlier-date',
      'Wire is the likely source: it is dated 1 February 2026, a day or more before Paper (3 February 2026).',
    ],
    ['credit', 'Wire is the likely source: Paper credits “Wire News”.'],
    [
      'fuller-text',
      'Wire is the likely source: no dates or credits tell them apart, and its text is clearly fuller (600 words against 400).',
    ],
  ] as const)('%s', (reason, expected) => {
    const pair = { source: reason === null ? null : 'w', sourceReason: reason };
    expect(sourceSentence(pair, wire, paper)).toBe(expected);
  });

  it('says only that the other credits it when the credit is not known', () => {
    const pair = { source: 'w', sourceReason: 'credit' } as const;
    expect(sourceSentence(pair, wire, { ...paper, credit: null })).toBe(
      'Wire is the likely source: Paper credits it.',
    );
  });
});

describe('linkCounts', () => {
  const p = (...hrefs: string[]): Paragraph => ({
    text: 'x',
    links: hrefs.map((href) => ({ start: 0, end: 1, href })),
  });
  it.each([
    [[], [], { onlyLeft: 0, onlyRight: 0, total: 0 }],
    [[p('a'), p('b')], [p('b', 'a')], { onlyLeft: 0, onlyRight: 0, total: 4 }],
    [[p('a', 'a')], [p('a', 'c')], { onlyLeft: 1, onlyRight: 1, total: 4 }],
    [[], [p('a')], { onlyLeft: 0, onlyRight: 1, total: 1 }],
  ])('%#', (left, right, expected) => {
    expect(linkCounts(left, right)).toEqual(expected);
  });
});
