import { load } from 'cheerio';
import { describe, expect, it } from 'vitest';
import type { ReusePair } from '../schema/story.ts';
import { articleFixture } from '../../tests/support/article-fixture.ts';
import {
  comparisonData,
  comparisonHtml,
  defaultPair,
  findPair,
  pairHeading,
} from './comparison.ts';

const TEXT = 'The mayor spoke on Monday about the plan for the city and the budget for next year.';

const pair = (a: string, b: string, source: string | null, words = 17): ReusePair => ({
  a,
  b,
  kind: 'syndicated',
  shared: { a: 1, b: 1 },
  source,
  sourceReason: source === null ? null : 'earlier-date',
  passages: [{ a: 0, b: 0, words }],
});

const articles = new Map(
  [
    articleFixture({ id: 'a1', title: 'Plan <b>&</b> "budget"', outlet: 'Outlet A', text: TEXT }),
    articleFixture({ id: 'b2', title: 'Plan', outlet: null, text: TEXT, published: null }),
    articleFixture({ id: 'c3', title: 'Other', outlet: 'Outlet C', text: TEXT }),
  ].map((a) => [a.id, a]),
);
const sourced = pair('a1', 'b2', 'b2');
const unsourced = pair('a1', 'c3', null);
const unknown = pair('c3', 'zz', null);
const story = { id: 's1', title: 'The plan', reuse: [sourced, unsourced, unknown] };
const data = comparisonData(story, articles, {
  story: '/stories/s1/',
  article: (id) => `/articles/${id}/`,
});

describe('comparisonData', () => {
  it('carries each article of a pair once, and leaves out unknown ones', () => {
    expect(Object.keys(data.articles).sort()).toEqual(['a1', 'b2', 'c3']);
    expect(data.articles['b2']).toMatchObject({
      outlet: null,
      date: 'Date unknown',
      datetime: null,
    });
    expect(data.articles['a1']?.path).toBe('/articles/a1/');
  });
});

describe('defaultPair', () => {
  const close = { ...unsourced, shared: { a: 0.9, b: 0.95 } };
  const loose = { ...unsourced, shared: { a: 0.3, b: 0.2 } };
  it.each([
    [[], undefined],
    [[sourced, unsourced], sourced],
    [[loose, close], close],
    [[close, { ...close, a: 'x' }], close],
  ] as const)('%#', (pairs, expected) => {
    expect(defaultPair(pairs)).toBe(expected);
  });
});

describe('findPair', () => {
  it.each([
    ['a1~b2', sourced],
    ['b2~a1', sourced],
    ['a1~zz', undefined],
    ['', undefined],
    ['a1', undefined],
  ])('%s', (slug, expected) => {
    expect(findPair(data, slug)).toBe(expected);
  });
});

describe('pairHeading', () => {
  it.each([
    [sourced, 'unknown outlet and Outlet A'],
    [unsourced, 'Outlet A and Outlet C'],
  ] as const)('%#', (p, expected) => {
    expect(pairHeading(data, p)).toBe(expected);
  });
});

describe('comparisonHtml', () => {
  it('puts the likely source on the left and escapes every text', () => {
    const $ = load(comparisonHtml(data, unsourced));
    expect($('h3').first().text()).toBe('Left: Plan <b>&</b> "budget"');
    expect($('h3 b').length).toBe(0);
    const left = load(comparisonHtml(data, sourced));
    expect(left('h3').first().text()).toBe('Left: Plan');
    expect(left('p').eq(0).text()).toContain('likely source: it was published earlier');
  });

  it('keeps every word of both texts, marking a copy as shared', () => {
    const $ = load(comparisonHtml(data, unsourced));
    expect($('.sbs-text').length).toBe(2);
    expect($('.sbs-text').first().text()).toBe(TEXT);
    expect($('.sbs-text mark').first().text()).toBe(TEXT.slice(0, -1));
  });

  it('shows an article it does not have by its id, with no rows', () => {
    const $ = load(comparisonHtml(data, unknown));
    expect($('h3').last().text()).toBe('Right: zz');
    expect($('.sbs-row').length).toBe(0);
  });
});
