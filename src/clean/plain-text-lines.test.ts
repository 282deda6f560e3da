import { describe, expect, it } from 'vitest';
import { collapseSpace, splitLines, withMarks } from './plain-text-lines.ts';

describe('splitLines', () => {
  it.each<[string, [string, number][]]>([
    [
      'one\ntwo',
      [
        ['one', 0],
        ['two', 0],
      ],
    ],
    [
      'one\n\ntwo\nthree',
      [
        ['one', 0],
        ['two', 1],
        ['three', 1],
      ],
    ],
    [
      '\n\n  lead  \n \t \ntail\n\n\n',
      [
        ['lead', 0],
        ['tail', 1],
      ],
    ],
    [
      'a\r\nb\r\n\r\nc',
      [
        ['a', 0],
        ['b', 0],
        ['c', 1],
      ],
    ],
    [
      'a\rb',
      [
        ['a', 0],
        ['b', 0],
      ],
    ],
    [
      'a\u2029\u200b\u2029b',
      [
        ['a', 0],
        ['b', 1],
      ],
    ],
    ['“curly”  inner  spaces — kept', [['“curly”  inner  spaces — kept', 0]]],
    ['', []],
    ['\n \n', []],
  ])('%j', (text, expected) => {
    expect(splitLines(text).map((l) => [l.text, l.group])).toEqual(expected);
  });
});

describe('collapseSpace', () => {
  it.each([
    ['  a \n b\t c ', 'a b c'],
    ['plain', 'plain'],
  ])('%j -> %j', (text, expected) => {
    expect(collapseSpace(text)).toBe(expected);
  });
});

describe('withMarks', () => {
  it('applies changes by index and leaves the input array alone', () => {
    const marks = [null, null, null];
    const changed = withMarks(marks, new Map([[1, { kind: 'byline' } as const]]));
    expect(changed).toEqual([null, { kind: 'byline' }, null]);
    expect(marks).toEqual([null, null, null]);
  });
});
