import { describe, expect, it } from 'vitest';
import type { Article } from '../schema/article.ts';
import { FEED_SIZE, feedDate, feedPath, latestForFeed } from './feed-items.ts';

type Precision = Article['publishedPrecision'];

describe('feedDate', () => {
  it.each([
    ['2026-02-01T12:58:01-05:00', 'datetime', '2026-02-01T17:58:01.000Z'],
    ['2025-04-01', 'day', '2025-04-01T00:00:00.000Z'],
    ['2025-04', 'month', undefined],
    ['2025', 'year', undefined],
    [null, 'unknown', undefined],
    ['garbage', 'day', undefined],
  ])('%s (%s) -> %s', (published, precision, expected) => {
    const date = feedDate({ published, publishedPrecision: precision as Precision });
    expect(date?.toISOString()).toBe(expected);
  });
});

describe('latestForFeed', () => {
  const dated = (id: string, published: string | null) => ({
    id,
    published,
    publishedPrecision: (published === null ? 'unknown' : 'day') as Precision,
  });

  it('newest first, undated last, at most FEED_SIZE', () => {
    const articles = [
      dated('old', '2020-01-01'),
      dated('none', null),
      dated('new', '2025-01-01'),
      ...Array.from({ length: 60 }, (_, i) =>
        dated(`m${String(i).padStart(2, '0')}`, '2022-06-01'),
      ),
    ];
    const latest = latestForFeed(articles);
    expect(latest).toHaveLength(FEED_SIZE);
    expect(latest[0]?.id).toBe('new');
    expect(latest.map((a) => a.id)).not.toContain('none');
    expect(latestForFeed(articles.slice(0, 3)).map((a) => a.id)).toEqual(['new', 'old', 'none']);
  });
});

describe('feedPath', () => {
  it.each([
    [feedPath('/', 'archive'), '/rss.xml'],
    [feedPath('/archive/', { outlet: 'daily-wire' }), '/archive/outlets/daily-wire/rss.xml'],
    [feedPath('/', { story: 'story-a b' }), '/stories/story-a%20b/rss.xml'],
  ])('%s', (path, expected) => {
    expect(path).toBe(expected);
  });
});
