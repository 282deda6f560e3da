import { mkdtemp, readFile, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Corpus } from '../schema/story.ts';
import { corpusFiles, stableJson, writeCorpus } from './corpus-fs.ts';

const corpus: Corpus = {
  quotes: [],
  stories: [{ id: 'story-a', title: 'T', articles: ['a'], reuse: [] }],
  people: [{ name: 'Ann Lee', slug: 'ann-lee', articles: ['a'], quotes: [] }],
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

describe('writeCorpus', () => {
  it('writes the four files, with an id on every entry, byte-identical on a second run', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'corpus-'));
    try {
      await writeCorpus(dir, corpus);
      const first = await readFile(join(dir, 'people.json'), 'utf8');
      await writeCorpus(dir, corpus);
      expect(await readFile(join(dir, 'people.json'), 'utf8')).toBe(first);
      expect((await readdir(dir)).sort()).toEqual([
        'articles.json',
        'people.json',
        'quotes.json',
        'stories.json',
      ]);
      expect(JSON.parse(first)[0].id).toBe('ann-lee');
      expect(JSON.parse(corpusFiles(corpus).get('articles.json') ?? '')[0].id).toBe('a');
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
