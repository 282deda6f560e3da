import { describe, expect, it } from 'vitest';
import {
  type BenchResult,
  type BuildResult,
  benchRows,
  formatTable,
  searchQueries,
} from './bench-table.ts';

const build = (scale: number, stages: [string, number][]): BuildResult => ({
  stages: stages.map(([name, seconds]) => ({
    name,
    seconds: seconds * scale,
    peakRss: 100 * 1024 * 1024 * scale,
  })),
  seconds: stages.filter(([n]) => !n.includes(':')).reduce((s, [, t]) => s + t * scale, 0),
  entries: 10 * scale,
  distBytes: 1024 * 1024 * scale,
  distFiles: 30 * scale,
  indexBytes: 5000 * scale,
});

const result = (articles: number, scale: number): BenchResult => ({
  articles,
  ours: build(scale, [
    ['ingest', 2],
    ['ingest: clean', 1],
    ['astro build', 4],
  ]),
  baseline: build(scale, [['astro build', 3]]),
  search: [{ label: 'word', query: 'council', bytes: 2048, firstResultMs: 120, results: 20 }],
  stories: { found: 9, planned: 8, largest: 4, precision: 0.9, recall: 0.8 },
});

describe('benchRows', () => {
  it.each([
    ['ingest (s)', ['ingest (s)', '4.0', '–']],
    ['whole build (s)', ['whole build (s)', '12.0', '6.0']],
    ['ours / baseline time', ['ours / baseline time', '2.00×', '']],
    ['articles per second', ['articles per second', '1.7', '3.3']],
    ['peak memory, RSS (MB)', ['peak memory, RSS (MB)', '200', '200']],
    ['index bytes per article', ['index bytes per article', '500', '500']],
    [
      'search word: kB gz / ms to 1st result / shown',
      ['search word: kB gz / ms to 1st result / shown', '2.0 / 120 / 20', ''],
    ],
    ['stories found / planned (largest)', ['stories found / planned (largest)', '9 / 8 (4)', '']],
    ['story pairs: precision / recall', ['story pairs: precision / recall', '0.900 / 0.800', '']],
  ])('one size: %s', (label, expected) => {
    const rows = benchRows([result(20, 2)]);
    expect(rows.find((r) => r[0] === label)).toEqual(expected);
  });

  it('two sizes: adds the growth of each stage of ours', () => {
    const rows = benchRows([result(20, 1), result(100, 5)]);
    expect(rows[0]).toEqual([
      '',
      'ours, N=20',
      'baseline, N=20',
      'ours, N=100',
      'baseline, N=100',
      'growth 100/20',
    ]);
    expect(rows.find((r) => r[0] === 'astro build (s)')?.at(-1)).toBe('5.00×');
    expect(rows.find((r) => r[0] === 'ingest: clean (s)')?.at(-1)).toBe('5.00×');
  });
});

describe('benchRows: dist/ bytes per article', () => {
  const withParts = (r: BenchResult): BenchResult => ({
    ...r,
    ours: {
      ...r.ours,
      distBytes: 3000,
      parts: [
        { part: 'pages: articles', bytes: 2000, files: 10 },
        { part: 'raw inputs', bytes: 1000, files: 10 },
      ],
    },
    baseline: {
      ...r.baseline,
      distBytes: 1000,
      parts: [{ part: 'pages: articles', bytes: 1000, files: 10 }],
    },
  });

  it.each([
    ['dist/ bytes per article', ['dist/ bytes per article', '300', '100']],
    ['ours / baseline bytes', ['ours / baseline bytes', '3.00×', '']],
    [
      '  pages: articles (bytes per article)',
      ['  pages: articles (bytes per article)', '200', '100'],
    ],
    ['  raw inputs (bytes per article)', ['  raw inputs (bytes per article)', '100', '0']],
  ])('%s', (label, expected) => {
    const rows = benchRows([withParts(result(10, 1))]);
    expect(rows.find((r) => r[0] === label)).toEqual(expected);
  });

  it('prints no part rows for results measured before the breakdown', () => {
    const rows = benchRows([result(10, 1)]);
    expect(
      rows.some((r) => r[0] === 'dist/ bytes per article' || r[0]?.endsWith('(bytes per article)')),
    ).toBe(false);
  });
});

describe('formatTable', () => {
  it('aligns columns in Markdown', () => {
    expect(
      formatTable([
        ['', 'a'],
        ['long label', 'b'],
      ]),
    ).toBe('|            | a   |\n| ---------- | --- |\n| long label | b   |');
  });
});

describe('searchQueries', () => {
  it('names each query once', () => {
    expect(searchQueries([result(20, 1), result(100, 5)])).toBe('word: council');
  });
});
