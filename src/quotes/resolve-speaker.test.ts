import { describe, expect, it } from 'vitest';
import { findPersonMentions } from '../text/names.ts';
import { fullestNames, organisationIn, spelledAcronyms } from './resolve-speaker.ts';

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

describe('organisationIn', () => {
  it.each([
    ['the U.S. attorney’s office', 'U.S. attorney’s office'],
    ['The French foreign ministry', 'French foreign ministry'],
    ['a spokesperson for the British Foreign Office', 'British Foreign Office'],
    ['NASA', 'NASA'],
    ['the White House', 'White House'],
    ['a Pentagon spokesman', 'Pentagon'],
    ['the crowd', null],
    ['Jane Doe', null],
  ])('%j -> %j', (phrase, expected) => {
    expect(organisationIn(phrase)).toBe(expected);
  });
});

describe('spelledAcronyms', () => {
  it('maps an acronym the text spells out to its name', () => {
    const text = 'The Drug Enforcement Administration (DEA) said so. The DEA agreed.';
    expect(spelledAcronyms(text).get('DEA')).toBe('Drug Enforcement Administration');
  });
});
