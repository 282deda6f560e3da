import { describe, expect, it } from 'vitest';
import type { BuildResult } from './bench-table.ts';
import { incrementalRows } from './incremental-table.ts';

function build(stages: Record<string, number>): BuildResult {
  const list = Object.entries(stages).map(([name, seconds]) => ({ name, seconds, peakRss: null }));
  const seconds = list.filter((s) => !s.name.includes(':')).reduce((t, s) => t + s.seconds, 0);
  return { stages: list, seconds, entries: 0, distBytes: 0, distFiles: 0, indexBytes: 0 };
}

describe('incrementalRows', () => {
  const cold = build({
    ingest: 20,
    'ingest: clean': 10,
    'ingest: article parts': 0,
    'astro build': 60,
  });

  it.each([
    ['both targets met', { ingest: 2, 'ingest: clean': 0.5, 'astro build': 38 }, 'met', 'met'],
    ['both missed', { ingest: 2.5, 'ingest: clean': 0.5, 'astro build': 40 }, 'missed', 'missed'],
  ])('%s', (_, stages, ingest, whole) => {
    const rows = incrementalRows(cold, { added: 100, unchanged: 2000, ours: build(stages) });
    const byLabel = new Map(rows.map((r) => [r[0], r]));
    expect(rows[0]?.[0]).toBe('+100 inputs (2000 unchanged)');
    expect(byLabel.get('ingest')?.[4]).toBe(`≤ 10%: ${ingest}`);
    expect(byLabel.get('whole build')?.[4]).toBe(`≤ 50%: ${whole}`);
    expect(byLabel.get('ingest: clean')?.[3]).toBe('5.0%');
    expect(byLabel.get('ingest: clean')?.[4]).toBe('');
  });

  it('shows no ratio for a stage that took no time, and leaves out a stage the rebuild lacks', () => {
    const rows = incrementalRows(cold, { added: 1, unchanged: 0, ours: build({ ingest: 1 }) });
    expect(rows.find((r) => r[0] === 'ingest: article parts')).toBeUndefined();
    const again = incrementalRows(cold, {
      added: 1,
      unchanged: 0,
      ours: build({ ingest: 1, 'ingest: article parts': 0 }),
    });
    expect(again.find((r) => r[0] === 'ingest: article parts')?.[3]).toBe('–');
  });

  it('counts the pages Astro rendered, when both builds report them, and not otherwise', () => {
    const withPages = (result: BuildResult, written: number, reused: number): BuildResult => ({
      ...result,
      stages: result.stages.map((s) =>
        s.name === 'astro build' ? { ...s, pages: { written, reused } } : s,
      ),
    });
    const label = 'astro build: pages rendered (of written)';
    const rebuild = build({ ingest: 2, 'astro build': 20 });
    const rows = incrementalRows(withPages(cold, 1000, 0), {
      added: 10,
      unchanged: 990,
      ours: withPages(rebuild, 1010, 960),
    });
    expect(rows.find((r) => r[0] === label)).toEqual([
      label,
      '1000 (of 1000)',
      '50 (of 1010)',
      '5.0%',
      '',
    ]);
    const without = incrementalRows(cold, { added: 10, unchanged: 990, ours: rebuild });
    expect(without.find((r) => r[0] === label)).toBeUndefined();
  });
});
