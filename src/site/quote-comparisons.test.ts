import { describe, expect, it } from 'vitest';
import type { ReusePair } from '../schema/story.ts';
import { quoteComparisons } from './quote-comparisons.ts';

const pair = (a: string, b: string, source: string | null = null): ReusePair => ({
  a,
  b,
  kind: 'partial',
  shared: { a: 0.5, b: 0.5 },
  source,
  sourceReason: source === null ? null : 'credit',
  passages: [],
});
const story = { id: 's1', reuse: [pair('a', 'b', 'b'), pair('a', 'c'), pair('b', 'c')] };
const other = { id: 's2', reuse: [pair('x', 'y')] };
const storyOf = (id: string) =>
  ['a', 'b', 'c'].includes(id) ? story : id === 'x' || id === 'y' ? other : undefined;
const articleOf = (id: string) =>
  id === 'c' ? { outlet: null, title: 'Title C' } : { outlet: `Outlet ${id}`, title: id };

describe('quoteComparisons', () => {
  it.each([
    [['a'], []],
    [['a', 'z'], []],
    [['a', 'b'], ['/compare/s1/?pair=a~b Outlet b and Outlet a']],
    [
      ['c', 'b', 'a'],
      [
        '/compare/s1/?pair=a~b Outlet b and Outlet a',
        '/compare/s1/?pair=a~c Outlet a and Title C',
        '/compare/s1/?pair=b~c Outlet b and Title C',
      ],
    ],
    [['a', 'x'], []],
    [
      ['a', 'c', 'x', 'y'],
      ['/compare/s1/?pair=a~c Outlet a and Title C', '/compare/s2/?pair=x~y Outlet x and Outlet y'],
    ],
  ])('%j', (ids, expected) => {
    const links = quoteComparisons('/', ids, storyOf, articleOf);
    expect(links.map((l) => `${l.href} ${l.label}`)).toEqual(expected);
    for (const l of links) expect(l.kind).toBe('partial reuse');
  });

  it('builds addresses under the base path', () => {
    expect(quoteComparisons('/archive/', ['a', 'b'], storyOf, articleOf)[0]?.href).toBe(
      '/archive/compare/s1/?pair=a~b',
    );
  });
});
