import { describe, expect, it } from 'vitest';
import type { Corpus } from '../schema/story.ts';
import { corpusFiles, stableJson } from './corpus-files.ts';

const corpus: Corpus = {
  quotes: [],
  stories: [{ id: 'story-a', title: 'T', articles: ['a'], reuse: [] }],
  entities: [
    { name: 'Ann Lee', type: 'person', aliases: [], slug: 'ann-lee', articles: ['a'], quotes: [] },
  ],
  byArticle: {
    a: {
      story: 'story-a',
      quotes: [],
      mentions: [],
      entities: { people: [], organizations: [], places: [] },
    },
  },
};

describe('stableJson', () => {
  it.each([
    [{ b: 1, a: { d: 2, c: 3 } }, '{\n  "a": {\n    "c": 3,\n    "d": 2\n  },\n  "b": 1\n}\n'],
    [[{ y: 1, x: 2 }], '[\n  {\n    "x": 2,\n    "y": 1\n  }\n]\n'],
  ])('%j', (value, expected) => {
    expect(stableJson(value)).toBe(expected);
  });
});

describe('corpusFiles', () => {
  it('gives the four files, with an id on every entry, byte-identical on a second run', () => {
    const first = corpusFiles(corpus);
    expect([...first.keys()].sort()).toEqual([
      'articles.json',
      'entities.json',
      'quotes.json',
      'stories.json',
    ]);
    expect(corpusFiles(corpus).get('entities.json')).toBe(first.get('entities.json'));
    const ids = (file: string) => (JSON.parse(first.get(file) ?? '') as { id: string }[])[0]?.id;
    expect(ids('entities.json')).toBe('ann-lee');
    expect(ids('articles.json')).toBe('a');
  });
});
