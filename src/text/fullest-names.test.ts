import { describe, expect, it } from 'vitest';
import { fullestNames, withBracketedFirstNames } from './fullest-names.ts';
import { findPersonMentions } from './names.ts';

describe('fullestNames', () => {
  it.each([
    ['Joshua Apte studies air. Josh Apte said so. Apte agreed.', 'Josh Apte', 'Joshua Apte'],
    [
      'James P. Kennedy Jr., the attorney, spoke. Kennedy said so.',
      'Kennedy',
      'James P. Kennedy Jr.',
    ],
    ['James Van Der Beek danced. Van Der Beek said so.', 'Van Der Beek', 'James Van Der Beek'],
    ['Ann Lee met Bob Lee. Lee said so.', 'Lee', 'Lee'],
  ])('%j: %j -> %j', (text, name, expected) => {
    const fullest = fullestNames(findPersonMentions(text, []), text);
    expect(fullest.get(name) ?? name).toBe(expected);
  });
});

describe('withBracketedFirstNames', () => {
  it.each([
    ['“Coach (Frank) Vogel came in,” James said. Vogel agreed.', 'Vogel', 'Frank Vogel'],
    ['“(Bob) Stone came,” Ann Lee said. Stone agreed. Tom Stone left.', 'Stone', 'Tom Stone'],
    ['“The (Seattle) Storm won,” Ann Lee said. Storm agreed.', 'Storm', 'Storm'],
  ])('%j: %j -> %j', (text, name, expected) => {
    const fullest = fullestNames(findPersonMentions(text, []), text);
    expect(withBracketedFirstNames(fullest, text).get(name) ?? name).toBe(expected);
  });
});
