import { describe, expect, it } from 'vitest';
import { storyAgreement } from './story-agreement.ts';

const plan = new Map([
  ['a1', 1],
  ['a2', 1],
  ['a3', 1],
  ['b1', 2],
  ['b2', 2],
]);

describe('storyAgreement', () => {
  it.each([
    [
      'the plan itself',
      [
        ['a1', 'a2', 'a3'],
        ['b1', 'b2'],
      ],
      1,
      1,
      3,
    ],
    ['everything alone', [['a1'], ['a2'], ['a3'], ['b1'], ['b2']], 1, 0, 1],
    ['everything in one story', [['a1', 'a2', 'a3', 'b1', 'b2']], 4 / 10, 1, 5],
    ['one story split', [['a1', 'a2'], ['a3'], ['b1', 'b2']], 1, 2 / 4, 2],
    [
      'an unplanned article joined',
      [
        ['a1', 'a2', 'a3', 'x'],
        ['b1', 'b2'],
      ],
      4 / 7,
      1,
      4,
    ],
  ] as const)('%s', (_name, found, precision, recall, largest) => {
    const result = storyAgreement(found, plan);
    expect(result.precision).toBeCloseTo(precision);
    expect(result.recall).toBeCloseTo(recall);
    expect(result.largest).toBe(largest);
    expect(result.found).toBe(found.length);
    expect(result.planned).toBe(2);
  });
});
