import { describe, expect, it } from 'vitest';
import { firstNameGender } from './first-name-gender.ts';

describe('firstNameGender', () => {
  it.each([
    ['Mary Steenburgen', 'she'],
    ['Kathleen Hawk Sawyer', 'she'],
    ['Caitlyn Smith', 'she'],
    ['Ben Sasse', 'he'],
    ['Marco Villa', 'he'],
    ['Alexander Vindman', 'he'],
    // A lone word may be a surname; unknown and hyphenated-lowercase forms say nothing.
    ['Mary', null],
    ['Saeb Erekat', null],
    ['MARY SMITH', null],
    ['', null],
  ])('%s -> %s', (name, expected) => {
    expect(firstNameGender(name)).toBe(expected);
  });
});
