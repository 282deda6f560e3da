import { describe, expect, it } from 'vitest';
import type { Article } from '../schema/article.ts';
import { feedDate } from './feed-items.ts';

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
