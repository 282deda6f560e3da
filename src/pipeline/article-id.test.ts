import { describe, expect, it } from 'vitest';
import { articleId, articleIds, uniqueIds } from './article-id.ts';

describe('articleId', () => {
  it.each([
    ['000_14093ceff1733d3d.txt', '000_14093ceff1733d3d'],
    ['seeds/Some Story.HTML', 'some-story'],
    ['page.html.gz', 'page'],
    ['Café Olé!.txt', 'cafe-ole'],
    ['news.2024.01', 'news-2024-01'],
    ['news.2024.02.txt', 'news-2024-02'],
    ['Новости дня.html', 'novosti-dnya'],
    ['北京新闻.txt', 'bei-jing-xin-wen'],
    ['...txt', 'article-299a20'],
    ['---.json', 'article-a18738'],
    ['★.txt', 'article-7a1259'],
    ['\u001b[31mred\u001b[0m.txt', '31mred-0m'],
  ])('%j -> %j', (file, expected) => {
    expect(articleId(file)).toBe(expected);
    expect(articleId(file)).toMatch(/^[a-z0-9][a-z0-9_-]*$/);
  });

  it('keeps ids of names that differ only past the format extensions apart', () => {
    expect(articleId('news.2024.01')).not.toBe(articleId('news.2024.02'));
  });
});

describe('uniqueIds', () => {
  it.each([
    [[['a', 'a.txt', 0]], ['a']],
    [
      [
        ['a', 'a.txt', 0],
        ['a', 'a.html', 0],
        ['b', 'b.txt', 0],
      ],
      ['a-31596b', 'a-614c4e', 'b'],
    ],
    [
      [
        ['posts-1', 'posts.json', 0],
        ['posts-2', 'posts.json', 1],
        ['posts-1', 'posts-1.txt', 0],
      ],
      ['posts-1-091eb2', 'posts-2', 'posts-1-f7c1eb'],
    ],
  ] as const)('%j -> %j', (claims, expected) => {
    const ids = uniqueIds(claims.map(([id, file, index]) => ({ id, file, index })));
    expect(ids).toEqual(expected);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('does not depend on the order the files were read in', () => {
    const claims = [
      { id: 'x', file: 'x.txt', index: 0 },
      { id: 'x', file: 'x.html', index: 0 },
    ];
    expect(uniqueIds([...claims].reverse())).toEqual(uniqueIds(claims).reverse());
  });
});

describe('articleIds', () => {
  it('suffixes several posts of one file', () => {
    expect(articleIds('posts.json', 1)).toEqual(['posts']);
    expect(articleIds('posts.json', 3)).toEqual(['posts-1', 'posts-2', 'posts-3']);
  });
});
