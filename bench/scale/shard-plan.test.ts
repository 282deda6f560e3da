import { describe, expect, it } from 'vitest';
import type { ArchivePlan } from './archive-plan.ts';
import { shardOf, yearShards } from './shard-plan.ts';

const plan = (years: number[]): ArchivePlan =>
  ({
    copies: years.map((y, n) => ({ published: `${y}-06-01T10:00:00-05:00`, file: `${n}.txt` })),
  }) as unknown as ArchivePlan;

describe('yearShards', () => {
  it.each([
    [
      [2016, 2017, 2018, 2019],
      2,
      [
        { from: 2016, to: 2017 },
        { from: 2018, to: 2019 },
      ],
    ],
    [
      [2016, 2016, 2016, 2025],
      2,
      [
        { from: 2016, to: 2016 },
        { from: 2017, to: 2025 },
      ],
    ],
    [[2020, 2020], 3, [{ from: 2020, to: 2020 }]],
    [[], 2, []],
  ])('%j in %i shards -> %j', (years, k, expected) => {
    expect(yearShards(plan(years), k)).toEqual(expected);
  });

  it('puts every copy in exactly one shard', () => {
    const years = [2016, 2017, 2017, 2019, 2021, 2021, 2022, 2025];
    const shards = yearShards(plan(years), 3);
    for (const y of years) expect(shardOf(shards, `${y}-01-01`)).toBeGreaterThanOrEqual(0);
  });
});

describe('shardOf', () => {
  it.each([
    ['2017-03-01', 0],
    ['2019-12-31T23:00:00Z', 1],
    ['2030-01-01', -1],
  ])('%s -> %i', (published, expected) => {
    expect(
      shardOf(
        [
          { from: 2016, to: 2018 },
          { from: 2019, to: 2025 },
        ],
        published,
      ),
    ).toBe(expected);
  });
});
