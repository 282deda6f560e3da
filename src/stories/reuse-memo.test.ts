import { describe, expect, it } from 'vitest';
import type { ReusePair } from '../schema/story.ts';
import { groupStories, type StoryArticle } from './group-stories.ts';
import { classifyWithMemo, reuseKey, reuseMemo } from './reuse-memo.ts';

const EVENT =
  'The river council voted on Tuesday to close the old harbour bridge after engineers found deep cracks in its northern pillars. Councillor Ann Lee said repairs would cost millions and take two years, while ferry operators promised extra crossings for commuters during the closure.';

const A: StoryArticle = {
  id: 'a',
  title: 'Bridge closes',
  published: '2025-03-04',
  outlet: 'River Post',
  credit: null,
  text: EVENT,
};
const B: StoryArticle = { ...A, id: 'b', published: '2025-03-05', outlet: 'Harbour Wire' };

const PAIR: ReusePair = {
  a: 'a',
  b: 'b',
  kind: 'partial',
  shared: { a: 0.5, b: 0.5 },
  source: null,
  sourceReason: null,
  passages: [{ a: 0, b: 0, words: 3 }],
};

describe('reuseKey', () => {
  const base = reuseKey(A, B, 0.5);
  it.each<[string, string]>([
    ['the first id', reuseKey({ ...A, id: 'a2' }, B, 0.5)],
    ['the second id', reuseKey(A, { ...B, id: 'b2' }, 0.5)],
    ['a date', reuseKey({ ...A, published: '2025-03-06' }, B, 0.5)],
    ['an outlet', reuseKey(A, { ...B, outlet: 'Other' }, 0.5)],
    ['a credit', reuseKey({ ...A, credit: 'Harbour Wire' }, B, 0.5)],
    ['a text', reuseKey(A, { ...B, text: `${EVENT} More.` }, 0.5)],
    ['the topic similarity', reuseKey(A, B, 0.25)],
    ['the order of the two', reuseKey(B, A, 0.5)],
  ])('changes with %s', (_, other) => {
    expect(other).toMatch(/^[0-9a-f]{64}$/);
    expect(other).not.toBe(base);
  });

  it('is the same for the same fields in other objects; a title does not count', () => {
    const retitled: StoryArticle = { ...A, title: 'Another title' };
    expect(reuseKey(retitled, { ...B }, 0.5)).toBe(base);
  });
});

describe('classifyWithMemo', () => {
  it.each<[string, ReadonlyMap<string, ReusePair | null>, ReusePair | null, number]>([
    ['classifies a pair the memo does not hold', new Map(), PAIR, 1],
    ['takes a kept pair without classifying', new Map([['k', PAIR]]), PAIR, 0],
    ['takes a kept "unrelated" without classifying', new Map([['k', null]]), null, 0],
  ])('%s, and records it as used', (_, kept, expected, calls) => {
    const memo = reuseMemo(kept);
    let classified = 0;
    const pair = classifyWithMemo(
      memo,
      () => 'k',
      () => {
        classified += 1;
        return PAIR;
      },
    );
    expect(pair).toEqual(expected);
    expect(classified).toBe(calls);
    expect([...memo.used]).toEqual([['k', expected]]);
  });
});

describe('groupStories with a memo', () => {
  const articles = [A, B, { ...A, id: 'c', text: 'A library opened its doors on Saturday.' }];

  it('gives the same stories as a cold run, with an empty or a filled memo', () => {
    const cold = groupStories(articles);
    const first = reuseMemo();
    expect(groupStories(articles, { memo: first })).toEqual(cold);
    expect(first.used.size).toBeGreaterThan(0);
    const second = reuseMemo(first.used);
    expect(groupStories(articles, { memo: second })).toEqual(cold);
    expect([...second.used]).toEqual([...first.used]);
  });

  it('reads the kept classification instead of aligning the pair again', () => {
    const first = reuseMemo();
    groupStories(articles, { memo: first });
    const planted = new Map([...first.used].map(([key]) => [key, PAIR] as const));
    const stories = groupStories(articles, { memo: reuseMemo(planted) });
    expect(stories.flatMap((s) => s.reuse)).toEqual([PAIR]);
  });
});
