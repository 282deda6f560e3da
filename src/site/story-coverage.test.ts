import { describe, expect, it } from 'vitest';
import type { Article } from '../schema/article.ts';
import type { Variant } from '../schema/quote.ts';
import {
  type CoveredArticle,
  oldestFirst,
  outletLabels,
  printedLead,
  storyCoverage,
  timelinePlan,
} from './story-coverage.ts';

const art = (
  id: string,
  outlet: string | null,
  published: string | null = null,
  precision: Article['publishedPrecision'] = published === null ? 'unknown' : 'day',
): CoveredArticle => ({ id, outlet, published, publishedPrecision: precision });

const quote = (id: string, printed: [string, Variant][]) => ({
  id,
  text: `Text ${id}`,
  speaker: null,
  appearances: printed.map(([article, variant]) => ({
    article,
    variant,
    text: 't',
    start: 0,
    end: 1,
    embed: null,
    utterance: null,
  })),
});

describe('oldestFirst', () => {
  it('orders by date span start, undated last, ties by id', () => {
    const ordered = oldestFirst([
      art('u', 'U'),
      art('d2', 'D', '2025-04-02'),
      art('y', 'Y', '2025', 'year'),
      art('d1', 'D', '2025-04-02'),
    ]);
    expect(ordered.map((a) => a.id)).toEqual(['y', 'd1', 'd2', 'u']);
  });
});

describe('outletLabels', () => {
  it.each([
    [
      [art('a', 'Wire'), art('b', 'Daily')],
      ['Wire', 'Daily'],
    ],
    [
      [art('a', 'Wire'), art('b', 'Wire'), art('c', 'Post')],
      ['Wire (article 1)', 'Wire (article 2)', 'Post'],
    ],
    [
      [art('a', null), art('b', 'Post')],
      ['Outlet unknown', 'Post'],
    ],
    [
      [art('a', null), art('b', null)],
      ['Outlet unknown (article 1)', 'Outlet unknown (article 2)'],
    ],
  ])('%j -> %j', (ordered, expected) => {
    expect([...outletLabels(ordered).values()]).toEqual(expected);
  });
});

describe('storyCoverage', () => {
  it('lists each article once, oldest first, with the quotes it prints, most printed first', () => {
    const articles = [art('a', 'Wire'), art('b', 'Daily', '2025-04-01'), art('c', null)];
    const entries = storyCoverage({ articles: ['a', 'b', 'c'] }, articles, [
      quote('q-one', [['b', 'truncated']]),
      quote('q-two', [
        ['a', 'verbatim'],
        ['b', 'altered'],
      ]),
      quote('q-none', [['z', 'verbatim']]),
    ]);
    expect(
      entries.map((e) => [e.label, e.quotes.map((q) => `${q.quote.id}:${q.variant}`)]),
    ).toEqual([
      ['Daily', ['q-two:altered', 'q-one:truncated']],
      ['Wire', ['q-two:verbatim']],
      ['Outlet unknown', []],
    ]);
  });
});

describe('printedLead', () => {
  const p = (variant: Variant) => ({ quote: { id: 'q', text: 't', speaker: null }, variant });
  it.each([
    [[], 3, 'Prints none of the story’s quotes.'],
    [[p('verbatim')], 1, 'Prints the story’s one quote, word for word:'],
    [[p('fragment')], 4, 'Prints 1 of the story’s 4 quotes, word for word unless noted:'],
    [[p('verbatim'), p('verbatim')], 2, 'Prints all the story’s 2 quotes, word for word:'],
    [
      [p('verbatim'), p('altered')],
      7,
      'Prints 2 of the story’s 7 quotes, word for word unless noted:',
    ],
  ] as const)('%j of %i -> %s', (printed, total, expected) => {
    expect(printedLead(printed, total)).toBe(expected);
  });
});

describe('timelinePlan', () => {
  const plan = (articles: CoveredArticle[]) =>
    timelinePlan(storyCoverage({ articles: articles.map((a) => a.id) }, articles, []));
  it.each([
    [[art('a', 'Wire', '2025-04-01'), art('b', 'Daily', '2025-04-03')], true, null],
    [
      [art('a', 'Wire', '2025-04-01'), art('b', 'Daily', '2025-04-03'), art('c', 'Post')],
      true,
      '1 article is undated, not drawn.',
    ],
    [
      [art('a', 'Latin Times', '2025', 'year')],
      false,
      'The story has one article: Latin Times, dated 2025.',
    ],
    [
      [art('a', 'Wire'), art('b', 'Daily', '2026-02-01'), art('c', null), art('d', 'Post')],
      false,
      'Only one article has a known date: Daily, dated 1 February 2026. The other 3 are undated, so there is no timeline to draw.',
    ],
    [
      [art('a', 'Wire'), art('b', 'Daily', '2026-02-01')],
      false,
      'Only one article has a known date: Daily, dated 1 February 2026. The other is undated, so there is no timeline to draw.',
    ],
    [
      [art('a', 'Wire'), art('b', 'Daily')],
      false,
      'No article of this story has a known date, so none can be placed on a timeline.',
    ],
  ])('%j -> chart %s, %s', (articles, chart, text) => {
    expect(plan(articles)).toEqual({ chart, text });
  });
});
