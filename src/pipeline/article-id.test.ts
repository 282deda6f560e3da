import { describe, expect, it } from 'vitest';
import { articleId, articleIds } from './article-id.ts';

describe('articleId', () => {
  it.each([
    ['000_14093ceff1733d3d.txt', '000_14093ceff1733d3d'],
    ['seeds/Some Story.HTML', 'some-story'],
    ['page.html.gz', 'page'],
    ['Café Olé!.txt', 'cafe-ole'],
    ['...txt', 'article'],
    ['---.json', 'article'],
  ])('%j -> %j', (file, expected) => {
    expect(articleId(file)).toBe(expected);
    expect(articleId(file)).toMatch(/^[a-z0-9][a-z0-9_-]*$/);
  });
});

describe('articleIds', () => {
  it('suffixes several posts of one file', () => {
    expect(articleIds('posts.json', 1)).toEqual(['posts']);
    expect(articleIds('posts.json', 3)).toEqual(['posts-1', 'posts-2', 'posts-3']);
  });
});
