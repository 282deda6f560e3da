import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  articleAddresses,
  articleSlug,
  postSlug,
  type AddressedArticle,
} from './article-addresses.ts';

const article = (id: string, over: Partial<AddressedArticle> = {}): AddressedArticle => ({
  id,
  outlet: 'Latin Times',
  title: 'Mayor vows to fight',
  canonicalUrl: null,
  source: { sha256: `${id.padEnd(6, '0')}ffff` },
  ...over,
});
const slugs = new Map([['Latin Times', 'latin-times']]);

describe('postSlug', () => {
  it.each([
    ['https://example.com/news/mayor-admits-coordinating/', 'mayor-admits-coordinating'],
    ['https://example.com/2026/02/01/mayor-admits.html', 'mayor-admits'],
    ['https://example.com/news/12345', null],
    ['https://example.com/index.html', null],
    ['https://example.com/article-884211', null],
    ['https://example.com/', null],
    ['not a url', null],
    [null, null],
  ])('%j -> %j', (url, expected) => {
    expect(postSlug(url)).toBe(expected);
  });
});

describe('articleSlug', () => {
  it.each([
    [{ title: 'Mayor vows to fight', canonicalUrl: null }, 'mayor-vows-to-fight'],
    [
      { title: 'Mayor vows', canonicalUrl: 'https://example.com/mayor-admits-it/' },
      'mayor-admits-it',
    ],
    [
      {
        title:
          'Chicago Mayor Brandon Johnson reaffirmed his opposition to federal immigration enforcement efforts on Tuesday, declaring…',
        canonicalUrl: null,
      },
      'chicago-mayor-brandon-johnson-reaffirmed-his-opposition-to',
    ],
    [{ title: '!!!', canonicalUrl: null }, 'article'],
    [{ title: 'Мэр обещает бороться', canonicalUrl: null }, 'mer-obeshchaet-borotsya'],
  ])('%j -> %j', (input, expected) => {
    expect(articleSlug(input)).toBe(expected);
  });
});

describe('articleAddresses', () => {
  it.each([
    ['outlet and headline', [article('a')], { a: 'latin-times/mayor-vows-to-fight' }],
    [
      'unknown outlet',
      [article('a', { outlet: null })],
      { a: 'unknown-outlet/mayor-vows-to-fight' },
    ],
    [
      'two claiming one address are told apart by their text’s hash',
      [article('a'), article('b')],
      { a: 'latin-times/mayor-vows-to-fight-a00000', b: 'latin-times/mayor-vows-to-fight-b00000' },
    ],
    [
      'copies of one text get -2 in id order',
      [
        article('b', { source: { sha256: 'cafe00' } }),
        article('a', { source: { sha256: 'cafe00' } }),
      ],
      {
        a: 'latin-times/mayor-vows-to-fight-cafe00',
        b: 'latin-times/mayor-vows-to-fight-cafe00-2',
      },
    ],
  ])('%s', (_name, articles, expected) => {
    expect(Object.fromEntries(articleAddresses(articles, slugs))).toEqual(expected);
  });

  it('never gives two articles one address, whatever their titles', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.string(), fc.constantFrom('aa', 'bb', 'aa')), { maxLength: 12 }),
        (pairs) => {
          const list = pairs.map(([title, sha], i) =>
            article(`id${i}`, { title, source: { sha256: sha } }),
          );
          const addresses = [...articleAddresses(list, slugs).values()];
          expect(new Set(addresses).size).toBe(list.length);
        },
      ),
    );
  });
});
