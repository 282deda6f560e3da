import { describe, expect, it } from 'vitest';
import { closeInTime, groupStories, type StoryArticle } from './group-stories.ts';

const EVENT =
  'The river council voted on Tuesday to close the old harbour bridge after engineers found deep cracks in its northern pillars. Councillor Ann Lee said repairs would cost millions and take two years, while ferry operators promised extra crossings for commuters during the closure.';
const REWRITE =
  'Engineers found deep cracks in the pillars of the old harbour bridge, so the river council has voted to close it. Repairs will cost millions and take two years, councillor Ann Lee said; ferry operators promised extra crossings for commuters.';
const OTHER =
  'Councillor Ann Lee opened a new public library in the river district on Saturday, with reading rooms, a children’s wing and a café run by volunteers from the neighbourhood association.';

const article = (id: string, text: string, published: string | null = null): StoryArticle => ({
  id,
  title: `Title ${id}`,
  published,
  outlet: null,
  credit: null,
  text,
});

describe('groupStories', () => {
  it('joins a copy and a rewrite of one event, keeps another event with the same person apart', () => {
    const stories = groupStories([
      article('c', REWRITE),
      article('a', EVENT, '2025-03-04'),
      article('b', `${EVENT} Copyright notice.`, '2025-03-05'),
      article('d', OTHER),
    ]);
    expect(stories.map((s) => [s.id, s.articles])).toEqual([
      ['story-a', ['a', 'b', 'c']],
      ['story-d', ['d']],
    ]);
    const copy = stories[0]?.reuse.find((p) => p.a === 'a' && p.b === 'b');
    expect(copy?.kind).toBe('syndicated');
    expect(copy?.source).toBe('a');
    expect(stories[0]?.title).toBe('Title a');
  });

  it.each([
    ['the earliest dated titled article', [null, 'Title b', 'Title c'], 'Title b'],
    ['the first titled by id when none dated is titled', [null, null, 'Title c'], 'Title c'],
    ['unknown when no article has a title', [null, null, null], null],
  ])('takes its title from %s, never inventing one', (_name, titles, expected) => {
    const dates = ['2025-03-04', '2025-03-05', null];
    const articles = ['a', 'b', 'c'].map((id, i) => ({
      ...article(id, EVENT, dates[i]),
      title: titles[i] ?? null,
    }));
    const stories = groupStories(articles);
    expect(stories.map((s) => [s.articles, s.title])).toEqual([[['a', 'b', 'c'], expected]]);
  });

  it('keeps identical texts apart when their dates are weeks apart', () => {
    const stories = groupStories([
      article('a', EVENT, '2025-03-04'),
      article('b', EVENT, '2025-05-04'),
    ]);
    expect(stories).toHaveLength(2);
  });

  it('does not chain: an article close only to a later member stays out of the story', () => {
    // b is 5 days after a and c 5 days after b, but c is 10 days after a, the story's first.
    const stories = groupStories([
      article('a', EVENT, '2025-03-01'),
      article('b', EVENT, '2025-03-06'),
      article('c', EVENT, '2025-03-11'),
    ]);
    expect(stories.map((s) => s.articles)).toEqual([['a', 'b'], ['c']]);
    expect(stories.flatMap((s) => s.reuse.map((p) => [p.a, p.b]))).toEqual([['a', 'b']]);
  });
});

describe('closeInTime', () => {
  it.each([
    ['2025-03-04', '2025-03-10', true],
    ['2025-03-04', '2025-03-20', false],
    [null, '2025-03-20', true],
    ['2025', '2025-03-20', true],
    ['2024', '2025-03-20', false],
  ])('%s ~ %s -> %s', (a, b, expected) => {
    expect(closeInTime(a, b)).toBe(expected);
  });
});
