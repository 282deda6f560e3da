import { describe, expect, it } from 'vitest';
import { RULES } from '../clean/rules.ts';
import type { Removal } from '../schema/article.ts';
import { anyShortened, groupRemovals, shorten } from './removals.ts';

describe('shorten', () => {
  it.each([
    ['short text', 20, { text: 'short text', hidden: 0 }],
    ['one two three four', 10, { text: 'one two…', hidden: 11 }],
    ['abcdefghijklmnop', 10, { text: 'abcdefghij…', hidden: 6 }],
    ['', 10, { text: '', hidden: 0 }],
  ])('%j at %i -> %j', (text, max, expected) => {
    expect(shorten(text, max)).toEqual(expected);
  });
});

describe('groupRemovals', () => {
  it('groups by rule in first-seen order, with the registry reason, counting empty parts', () => {
    const groups = groupRemovals([
      { rule: 'script', text: '' },
      { rule: 'share-widget', text: 'Share' },
      { rule: 'script', text: 'x()' },
      { rule: 'script', text: '' },
    ]);
    expect(groups).toEqual([
      { rule: 'script', reason: RULES.script, items: [{ text: 'x()', hidden: 0 }], empty: 2 },
      {
        rule: 'share-widget',
        reason: RULES['share-widget'],
        items: [{ text: 'Share', hidden: 0 }],
        empty: 0,
      },
    ]);
  });

  it.each([[[]]])('nothing removed -> no groups', (removed) => {
    expect(groupRemovals(removed)).toEqual([]);
  });
});

describe('anyShortened', () => {
  it.each<[Removal[], boolean]>([
    [[{ rule: 'script', text: 'short' }], false],
    [[{ rule: 'script', text: 'long '.repeat(100) }], true],
    [[], false],
  ])('%#', (removed, expected) => {
    expect(anyShortened(groupRemovals(removed))).toBe(expected);
  });
});
