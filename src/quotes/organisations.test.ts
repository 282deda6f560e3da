import { describe, expect, it } from 'vitest';
import { organisationIn, spelledAcronyms } from './organisations.ts';

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

  it.each([
    [
      'data from the Drug Enforcement Administration. The DEA says so.',
      'DEA',
      'Drug Enforcement Administration',
    ],
    [
      'The Office of the Inspector General (OIG) found it.',
      'OIG',
      'Office of the Inspector General',
    ],
    // Initials alone, with no acronym printed, teach nothing.
    ['data from the Drug Enforcement Administration.', 'DEA', undefined],
  ])('%j: %s -> %j', (text, acronym, expected) => {
    expect(spelledAcronyms(text).get(acronym)).toBe(expected);
  });
});
