import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type Change, wordChanges } from './word-changes.ts';

/** Segments written compactly: dropped as [-x-], added as {+x+}. */
const show = (list: readonly Change[]) =>
  list
    .map((c) =>
      c.op === 'dropped' ? `[-${c.text}-]` : c.op === 'added' ? `{+${c.text}+}` : c.text,
    )
    .join('');

describe('wordChanges', () => {
  it.each([
    ['same', 'a b c', 'a b c', 'a b c', 'a b c', 0, 0],
    [
      'one word changed',
      'a post on Truth Social Monday',
      'a post on Monday',
      'a post on [-Truth Social-] Monday',
      'a post on Monday',
      2,
      0,
    ],
    [
      'added word',
      'Karen Bass her',
      'Karen Bass d her',
      'Karen Bass her',
      'Karen Bass {+d+} her',
      0,
      1,
    ],
    ['punctuation counts', 'he said.', 'he said,', 'he [-said.-]', 'he {+said,+}', 1, 1],
    ['curly and straight apostrophes alike', 'he’d go', "he'd go", 'he’d go', "he'd go", 0, 0],
    ['line breaks kept', 'a\nb c', 'a\nb d', 'a\nb [-c-]', 'a\nb {+d+}', 1, 1],
    ['empty left', '', 'new words', '', '{+new words+}', 0, 2],
  ])('%s', (_name, left, right, shownLeft, shownRight, dropped, added) => {
    const result = wordChanges(left, right);
    expect(show(result.left)).toBe(shownLeft);
    expect(show(result.right)).toBe(shownRight);
    expect([result.dropped, result.added]).toEqual([dropped, added]);
  });

  it('cuts each side from its own text: joined, the segments give it back', () => {
    const text = fc.stringMatching(/^[ a-c\n.’']{0,40}$/);
    fc.assert(
      fc.property(text, text, (left, right) => {
        const result = wordChanges(left, right);
        expect(result.left.map((c) => c.text).join('')).toBe(left);
        expect(result.right.map((c) => c.text).join('')).toBe(right);
        expect(result.left.some((c) => c.op === 'added')).toBe(false);
        expect(result.right.some((c) => c.op === 'dropped')).toBe(false);
      }),
    );
  });
});

describe('wordChanges on texts too far apart to diff', () => {
  it('marks both whole, each still given back as printed', () => {
    const left = Array.from({ length: 1500 }, (_, k) => `a${k}`).join(' ');
    const right = Array.from({ length: 1500 }, (_, k) => `b${k}`).join(' ');
    const result = wordChanges(left, right);
    expect(result.left).toEqual([{ op: 'dropped', text: left }]);
    expect(result.right).toEqual([{ op: 'added', text: right }]);
    expect([result.dropped, result.added]).toEqual([1500, 1500]);
  });
});
