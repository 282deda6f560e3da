import { describe, expect, it } from 'vitest';
import { articleFixture, UTF8 } from '../../tests/support/article-fixture.ts';
import type { Article } from '../schema/article.ts';
import { analyseCorpus } from './analyse-corpus.ts';
import { articleParts } from './article-parts.ts';

const QUOTE = 'We will close the harbour bridge until the pillars are safe again for every driver.';

function article(id: string, text: string, published: string | null): Article {
  return articleFixture({
    id,
    title: `Title ${id}`,
    published,
    publishedPrecision: published ? 'day' : 'unknown',
    publishedOrigin: published ? 'source' : null,
    source: {
      file: `${id}.txt`,
      format: 'plain-text',
      sha256: '0'.repeat(64),
      bytes: 1,
      decoding: UTF8,
    },
    text,
  });
}

const A = article(
  'a',
  `Councillor Ann Lee closed the harbour bridge on Tuesday after engineers found cracks in its pillars.\n\n“${QUOTE}” Lee said.`,
  '2025-03-04',
);
const B = article(
  'b',
  `The harbour bridge is closed: engineers found cracks in its pillars, and councillor Ann Lee acted on Tuesday.\n\n“We will close the harbour bridge until the pillars are safe,” she said.`,
  null,
);

describe('analyseCorpus', () => {
  it('groups the quote, the story and the person, and is order-independent', () => {
    const corpus = analyseCorpus([B, A]);
    expect(corpus.quotes).toHaveLength(1);
    expect(corpus.quotes[0]?.speaker).toBe('Ann Lee');
    expect(corpus.quotes[0]?.appearances.map((x) => [x.article, x.variant])).toEqual([
      ['a', 'verbatim'],
      ['b', 'truncated'],
    ]);
    expect(corpus.stories.map((s) => s.articles)).toEqual([['a', 'b']]);
    expect(corpus.byArticle['b']?.story).toBe('story-a');
    expect(corpus.byArticle['b']?.quotes).toEqual([corpus.quotes[0]?.id]);
    expect(corpus.entities.find((p) => p.name === 'Ann Lee')?.quotes).toEqual([
      corpus.quotes[0]?.id,
    ]);
    expect(analyseCorpus([A, B])).toEqual(corpus);
  });
});

describe('analyseCorpus progress', () => {
  it('reports each stage in order, from 0 to its total, without changing the result', () => {
    const calls: [string, number, number][] = [];
    const corpus = analyseCorpus([A, B], (stage, done, total) => calls.push([stage, done, total]));
    const stages = [...new Set(calls.map(([stage]) => stage))];
    expect(stages).toEqual([
      'article parts',
      'quote groups',
      'story signatures',
      'story pairs',
      'people',
    ]);
    for (const stage of stages) {
      const own = calls.filter(([s]) => s === stage);
      expect(own[0]?.[1], stage).toBe(0);
      expect(own.at(-1)?.[1], stage).toBe(own.at(-1)?.[2]);
    }
    expect(corpus).toEqual(analyseCorpus([A, B]));
  });
});

describe('analyseCorpus with kept parts', () => {
  it('gives the same corpus from parts read back from JSON, as the ingest cache keeps them', () => {
    const kept = new Map([A, B].map((a) => [a.id, JSON.stringify(articleParts(a))]));
    const calls: string[] = [];
    const corpus = analyseCorpus([A, B], undefined, (a) => {
      calls.push(a.id);
      return JSON.parse(kept.get(a.id) ?? '') as ReturnType<typeof articleParts>;
    });
    expect(calls.sort()).toEqual(['a', 'b']);
    expect(corpus).toEqual(analyseCorpus([A, B]));
    expect(corpus.stories).toHaveLength(1);
  });
});
