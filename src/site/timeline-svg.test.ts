import { describe, expect, it } from 'vitest';
import type { Article } from '../schema/article.ts';
import { dateSpan, LABEL_MAX_CHARS, shortLabel, timelineLayout } from './timeline-svg.ts';

type Precision = Article['publishedPrecision'];
const at = (
  id: string,
  published: string | null,
  precision: Precision,
  label = `Outlet ${id}`,
) => ({
  id,
  label,
  published,
  publishedPrecision: precision,
});

describe('dateSpan', () => {
  it.each([
    ['2025', 'year', ['2025-01-01', '2025-12-31']],
    ['2024-02', 'month', ['2024-02-01', '2024-02-29']],
    ['2025-04-01', 'day', ['2025-04-01', '2025-04-01']],
    ['2026-02-01T12:58:01-05:00', 'datetime', ['2026-02-01T17:58:01', '2026-02-01T17:58:01']],
    [null, 'unknown', null],
    ['2025', 'unknown', null],
    ['garbage', 'day', null],
  ] as const)('%s (%s) -> %j', (published, precision, expected) => {
    const span = dateSpan({ published, publishedPrecision: precision });
    const iso = span?.map((t) => new Date(t).toISOString().replace(/(T00:00:00)?\.000Z$/, ''));
    expect(iso ?? null).toEqual(expected);
  });
});

describe('shortLabel', () => {
  it.each([
    ['Wire', 'Wire'],
    ['x'.repeat(LABEL_MAX_CHARS), 'x'.repeat(LABEL_MAX_CHARS)],
    ['x'.repeat(LABEL_MAX_CHARS + 1), `${'x'.repeat(LABEL_MAX_CHARS - 1)}…`],
  ])('%s -> %s', (label, expected) => {
    expect(shortLabel(label)).toBe(expected);
  });
});

describe('timelineLayout', () => {
  it('puts undated articles apart and draws nothing for them', () => {
    const layout = timelineLayout([at('b', null, 'unknown'), at('a', null, 'unknown')]);
    expect(layout.rows).toEqual([]);
    expect(layout.ticks).toEqual([]);
    expect(layout.undated).toEqual(['a', 'b']);
  });

  it('centres a single dated article and labels its day', () => {
    const layout = timelineLayout([at('a', '2025-04-01', 'day'), at('b', null, 'unknown')]);
    expect(layout.rows).toHaveLength(1);
    const [row] = layout.rows;
    expect(row?.x).toBe((layout.plot.left + layout.plot.right) / 2);
    expect(layout.ticks.map((t) => t.label)).toEqual(['1 April 2025']);
    expect(layout.undated).toEqual(['b']);
  });

  it('orders rows oldest first, spans the plot, and draws a coarse date as a bar', () => {
    const layout = timelineLayout([
      at('late', '2025-04-10', 'day'),
      at('early', '2025-04-01', 'day'),
      at('month', '2025-04', 'month'),
    ]);
    expect(layout.rows.map((r) => r.id)).toEqual(['early', 'month', 'late']);
    const [early, month, late] = layout.rows;
    expect(early?.x).toBe(layout.plot.left);
    expect(month?.x).toBe(layout.plot.left);
    expect(month?.x2).toBe(layout.plot.right);
    expect(late?.x).toBeLessThan(layout.plot.right);
    expect(early?.x2).toBe(early?.x);
    expect(layout.ticks.map((t) => t.label)).toEqual(['1 April 2025', '30 April 2025']);
    expect(layout.rows.every((r) => r.y < layout.axisY && layout.axisY < layout.height)).toBe(true);
  });
});
