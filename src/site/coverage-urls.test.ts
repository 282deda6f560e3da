import { describe, expect, it } from 'vitest';
import {
  articlePath,
  comparePath,
  entityPath,
  pairSlug,
  quotePath,
  storyPath,
} from './coverage-urls.ts';

describe('coverage paths', () => {
  it.each([
    [quotePath('/', 'we-win-1a2b3c4d'), '/quotes/we-win-1a2b3c4d/'],
    [quotePath('/archive/', 'q-1'), '/archive/quotes/q-1/'],
    [storyPath('/archive', 'story-a1'), '/archive/stories/story-a1/'],
    [entityPath('/', { type: 'person', slug: 'ann-lee' }), '/people/ann-lee/'],
    [entityPath('/archive/', { type: 'organisation', slug: 'fbi' }), '/archive/organisations/fbi/'],
    [comparePath('/', 's1', 'a1', 'b_2'), '/compare/s1/?pair=a1~b_2'],
    [comparePath('/archive/', 's-1', 'a-1', 'b-2'), '/archive/compare/s-1/?pair=a-1~b-2'],
    [comparePath('/archive/', 's-1'), '/archive/compare/s-1/'],
    [articlePath('/archive/', 'a1'), '/archive/articles/a1/'],
  ])('%s', (path, expected) => {
    expect(path).toBe(expected);
  });

  it.each([
    ['a', 'b'],
    ['a-b', 'c'],
    ['a', 'b-c'],
  ])('pairSlug(%s, %s) splits back into the two ids', (a, b) => {
    expect(pairSlug(a, b).split('~')).toEqual([a, b]);
  });
});
