import { load } from 'cheerio';
import { describe, expect, it } from 'vitest';
import type { ReusePair } from '../schema/story.ts';
import { articleFixture } from '../../tests/support/article-fixture.ts';
import { comparisonHtml, defaultPair, findPair, pairHeading, sideNames } from './comparison.ts';
import { comparisonData } from './comparison-data.ts';

const P1 = 'The mayor spoke on Monday about the plan for the city and the budget for next year.';
const P2 = 'Council members said they would vote on the plan before the summer recess began.';
const P3 = 'Critics called the budget reckless and promised to fight it.';
const TEXT = [P1, P2, P3].join('\n\n');
const EDITED = [P1, P2.replace('summer', 'winter'), P3].join('\n\n');

const pair = (a: string, b: string, source: string | null): ReusePair => ({
  a,
  b,
  kind: 'syndicated',
  shared: { a: 1, b: 1 },
  source,
  sourceReason: source === null ? null : 'credit',
  passages: [],
});

const articles = new Map(
  [
    articleFixture({ id: 'a1', title: 'Plan <b>&</b> "budget"', outlet: 'Outlet A', text: TEXT }),
    articleFixture({ id: 'b2', title: 'Plan', outlet: null, text: EDITED }),
    articleFixture({ id: 'c3', title: 'Other', outlet: 'Outlet A', text: TEXT }),
  ].map((a) => [a.id, a]),
);
const sourced = pair('a1', 'b2', 'b2');
const unsourced = pair('a1', 'c3', null);
const unknown = pair('c3', 'zz', null);
const story = { id: 's1', title: 'The plan', reuse: [sourced, unsourced, unknown] };
const html = (id: string) =>
  id === 'a1'
    ? `<p>${P1.replace('plan', '<a href="https://a.example/">plan</a>')}</p><p>${P2}</p><p>${P3}</p>`
    : undefined;
const data = comparisonData(
  story,
  articles,
  { story: '/stories/s1/', article: (id) => `/articles/${id}/` },
  html,
);

describe('comparisonData', () => {
  it('carries each article of a pair once, with its paragraphs and links', () => {
    expect(Object.keys(data.articles).sort()).toEqual(['a1', 'b2', 'c3']);
    expect(data.articles['b2']).toMatchObject({
      outlet: null,
      date: 'Date unknown',
      datetime: null,
    });
    expect(data.articles['a1']?.paragraphs.map((p) => p.text)).toEqual([P1, P2, P3]);
    expect(data.articles['a1']?.paragraphs[0]?.links).toEqual([
      { start: 36, end: 40, href: 'https://a.example/' },
    ]);
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

describe('pairHeading and sideNames', () => {
  it.each([
    [sourced, 'Plan and Outlet A'],
    [unsourced, 'Outlet A (first) and Outlet A (second)'],
    [unknown, 'Outlet A and zz'],
  ] as const)('%#', (p, expected) => {
    expect(pairHeading(data, p)).toBe(expected);
  });
  it('puts the likely source first', () => {
    expect(sideNames(data, sourced)).toEqual({ left: 'Plan', right: 'Outlet A' });
  });
});

describe('comparisonHtml', () => {
  it('puts the likely source on the left and escapes every text', () => {
    const $ = load(comparisonHtml(data, unsourced));
    expect($('h3').first().text()).toBe('Plan <b>&</b> "budget"');
    expect($('h3 b').length).toBe(0);
    expect($('.role').first().text()).toBe('First version');
    const sourcedHtml = load(comparisonHtml(data, sourced));
    expect(sourcedHtml('.role').first().text()).toBe('Likely source');
    expect(sourcedHtml('h3').first().text()).toBe('Plan');
  });

  it('summarises what differs and which is the source', () => {
    const $ = load(comparisonHtml(data, sourced));
    expect($('#pair-summary').text()).toBe(
      'The two are a syndicated copy: 1 of 3 paragraphs is identical, 1 worded differently, ' +
        '1 alike but for links; 2 words differ (1 only in Plan, 1 only in Outlet A); links changed ' +
        '(0 only in Plan, 1 only in Outlet A). Plan is the likely source: Outlet A credits it.',
    );
  });

  it('marks only the changes, one row per paragraph, the changes numbered', () => {
    const $ = load(comparisonHtml(data, sourced));
    expect($('.row:not(.head)').length).toBe(3);
    expect($('.row.same').length).toBe(1);
    expect(
      $('.row.change')
        .map((_, el) => $(el).attr('id'))
        .get(),
    ).toEqual(['change-1', 'change-2']);
    expect(
      $('del')
        .map((_, el) => $(el).text())
        .get(),
    ).toEqual(['winter']);
    expect(
      $('ins')
        .map((_, el) => $(el).text())
        .get(),
    ).toEqual(['summer']);
    expect($('mark').length).toBe(0);
    expect($('a.link-only').text()).toBe('plan');
    expect(
      $('.fold')
        .map((_, el) => $(el).text())
        .get(),
    ).toEqual(['1 identical paragraph']);
  });

  it('keeps each text whole, paragraph by paragraph', () => {
    const $ = load(comparisonHtml(data, unsourced));
    const column = (k: number) =>
      $('.row:not(.head)')
        .map((_, row) => $(row).find('.cell').eq(k).find('.text').text())
        .get();
    expect(column(0)).toEqual([P1, P2, P3]);
    expect(column(1)).toEqual([P1, P2, P3]);
    expect($('.fold').text()).toBe('2 identical paragraphs');
  });

  it('shows an article it does not have by its id, and its side as gaps', () => {
    const $ = load(comparisonHtml(data, unknown));
    expect($('h3').last().text()).toBe('zz');
    expect($('.cell.gap').length).toBe(3);
    expect($('.row.left').length).toBe(3);
  });
});
