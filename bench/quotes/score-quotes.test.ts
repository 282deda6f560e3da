import { describe, expect, it } from 'vitest';
import {
  emptyTally,
  figures,
  matchQuotations,
  scoreArticle,
  type FoundQuotation,
  type GoldQuotation,
} from './score-quotes.ts';

const gold = (start: number, end: number, speaker: string | null = 'Ann Lee'): GoldQuotation => ({
  start,
  end,
  kind: speaker === null ? 'term' : 'speech',
  speaker,
  speakerType: speaker === null ? null : 'person',
  utterance: null,
});
const found = (start: number, end: number, speaker: string | null = 'Ann Lee'): FoundQuotation => ({
  start,
  end,
  kind: speaker === null ? 'term' : 'speech',
  speaker,
  speakerType: speaker === null ? null : 'person',
});

describe('matchQuotations', () => {
  it.each([
    ['the same span', [gold(0, 100)], [found(0, 100)], [[0, 0]]],
    ['a span 95% shared', [gold(0, 100)], [found(5, 100)], [[0, 0]]],
    [
      'two quotations joined into one match neither',
      [gold(0, 50), gold(60, 100)],
      [found(0, 100)],
      [],
    ],
    [
      'one found quotation matches one annotated',
      [gold(0, 10), gold(0, 10)],
      [found(0, 10)],
      [[0, 0]],
    ],
    ['disjoint spans', [gold(0, 10)], [found(20, 30)], []],
  ] as const)('%s', (_name, g, f, expected) => {
    expect(matchQuotations(g, f)).toEqual(expected);
  });
});

describe('scoreArticle and figures', () => {
  it('counts precision, recall, F1 and speaker accuracy over matched speech', () => {
    const tally = emptyTally();
    const text = 'x'.repeat(200);
    scoreArticle(
      tally,
      'a',
      text,
      [gold(0, 10), gold(20, 30, 'Bob Stone'), gold(40, 50, null), gold(60, 70)],
      [found(0, 10, 'ann lee'), found(20, 30, 'Ann Lee'), found(40, 50, null), found(100, 110)],
    );
    const f = figures(tally);
    expect([f.precision, f.recall]).toEqual([0.75, 0.75]);
    expect(f.f1).toBeCloseTo(0.75);
    expect(f.speakerAccuracy).toBe(0.5);
    expect(f.recallByKind.term).toBe(1);
    expect(tally.errors.some((e) => e.startsWith('a: missed speech'))).toBe(true);
    expect(tally.errors.some((e) => e.startsWith('a: spurious speech'))).toBe(true);
  });
});
