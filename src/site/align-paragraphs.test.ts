import { describe, expect, it } from 'vitest';
import {
  alignParagraphs,
  type Paragraph,
  paragraphSpans,
  similarity,
  splitParagraphs,
} from './align-paragraphs.ts';

const p = (text: string, links: Paragraph['links'] = []): Paragraph => ({ text, links });
const A = 'The mayor said on Monday that the city would not help federal agents.';
const A2 = 'The mayor said on Tuesday that the city would not help federal agents.';
const B = 'Officers were placed on leave after the shooting, the department said.';
const C = 'A lawsuit from the Department of Justice followed in August.';
const D = 'Critics called the order reckless and promised to fight it in court.';

describe('splitParagraphs', () => {
  it.each([
    ['one', ['one']],
    ['one\n\ntwo', ['one', 'two']],
    ['one\nline\n\n  two  \n \n\nthree', ['one\nline', 'two', 'three']],
    ['\n\n', []],
    ['', []],
  ])('%j', (text, expected) => {
    expect(splitParagraphs(text)).toEqual(expected);
  });

  it('gives spans that cut the paragraphs out of the text as printed', () => {
    const text = ' a b\n\nc\n  \nd ';
    expect(paragraphSpans(text).map((s) => text.slice(s.start, s.end))).toEqual(['a b', 'c', 'd']);
  });
});

describe('similarity', () => {
  it.each([
    [[], [], 1],
    [['a'], [], 0],
    [['a', 'b'], ['a', 'b'], 1],
    [['a', 'b'], ['b', 'c'], 0.5],
    [['a', 'a', 'b'], ['a', 'b', 'b'], 2 / 3],
  ])('%j ~ %j = %d', (left, right, expected) => {
    expect(similarity(left, right)).toBeCloseTo(expected);
  });
});

describe('alignParagraphs', () => {
  const link = { start: 4, end: 9, href: 'https://example.com/' };
  it.each([
    ['identical', [A, B], [A, B], ['same 0 0', 'same 1 1']],
    ['one word changed', [A, B], [A2, B], ['changed 0 0', 'same 1 1']],
    ['a paragraph added', [A, B], [A, C, B], ['same 0 0', 'right - 1', 'same 1 2']],
    ['a paragraph dropped', [A, C, B], [A, B], ['same 0 0', 'left 1 -', 'same 2 1']],
    ['rewritten: gaps, left first', [A, C], [A, D], ['same 0 0', 'left 1 -', 'right - 1']],
    ['nothing on one side', [], [A], ['right - 0']],
  ])('%s', (_name, left, right, expected) => {
    const rows = alignParagraphs(
      left.map((t) => p(t)),
      right.map((t) => p(t)),
    );
    expect(rows.map((r) => `${r.kind} ${r.left ?? '-'} ${r.right ?? '-'}`)).toEqual(expected);
  });

  it('tells a paragraph whose links differ from an identical one', () => {
    const rows = alignParagraphs([p(A, [link])], [p(A)]);
    expect(rows).toEqual([{ kind: 'changed', left: 0, right: 0 }]);
    expect(alignParagraphs([p(A, [link])], [p(A, [link])])[0]?.kind).toBe('same');
  });
});
