import { describe, expect, it } from 'vitest';
import { eta } from '../../scripts/lib/progress.ts';

describe('eta', () => {
  it.each([
    // [ms since the first step, steps at the first, steps done, total, expected]
    [0, 1, 1, 100, '?'],
    [5000, 1, 1, 100, '?'],
    [1000, 1, 11, 111, '10s'],
    [2000, 0, 100, 100, '0s'],
    [2000, 0, 120, 100, '0s'],
    // A long set-up before the first step does not count: 1 step then 99 at 10 ms each.
    [990, 1, 100, 1100, '10s'],
  ] as const)('%d ms, %d -> %d of %d: %s', (since, first, done, total, expected) => {
    expect(eta(since, first, done, total)).toBe(expected);
  });
});
