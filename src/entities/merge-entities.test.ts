import { describe, expect, it } from 'vitest';
import { entityKey, foldName, nameParts, organisationKey, personForms } from './merge-entities.ts';

describe('personForms', () => {
  it.each([
    {
      name: 'with and without a middle name: one person, under the fuller form',
      names: ['Renee Good', 'Renee Nicole Good'],
      forms: { 'Renee Good': 'Renee Nicole Good', 'Renee Nicole Good': 'Renee Nicole Good' },
    },
    {
      name: 'a middle initial stands for the middle name',
      names: ['Donald Trump', 'Donald J. Trump', 'Donald John Trump'],
      forms: {
        'Donald Trump': 'Donald John Trump',
        'Donald J. Trump': 'Donald John Trump',
        'Donald John Trump': 'Donald John Trump',
      },
    },
    {
      name: 'a suffix is not part of the name',
      names: ['James Kennedy', 'James P. Kennedy Jr.'],
      forms: {
        'James Kennedy': 'James P. Kennedy Jr.',
        'James P. Kennedy Jr.': 'James P. Kennedy Jr.',
      },
    },
    {
      name: 'two people sharing only a surname stay two',
      names: ['Brandon Johnson', 'Mike Johnson', 'Johnson'],
      forms: {
        'Brandon Johnson': 'Brandon Johnson',
        'Mike Johnson': 'Mike Johnson',
        Johnson: 'Johnson',
      },
    },
    {
      name: 'a short form two fuller forms fit stays apart; so do the two',
      names: ['Renee Good', 'Renee Nicole Good', 'Renee Marie Good'],
      forms: {
        'Renee Good': 'Renee Good',
        'Renee Nicole Good': 'Renee Nicole Good',
        'Renee Marie Good': 'Renee Marie Good',
      },
    },
    {
      name: 'middle names that differ never merge',
      names: ['Ann B. Lee', 'Ann C. Lee'],
      forms: { 'Ann B. Lee': 'Ann B. Lee', 'Ann C. Lee': 'Ann C. Lee' },
    },
    {
      name: 'case and diacritics aside, one person under the first form in sort order',
      names: ['José Álvarez', 'Jose Alvarez', 'JOSÉ ÁLVAREZ'],
      forms: {
        'José Álvarez': 'JOSÉ ÁLVAREZ',
        'Jose Alvarez': 'JOSÉ ÁLVAREZ',
        'JOSÉ ÁLVAREZ': 'JOSÉ ÁLVAREZ',
      },
    },
    {
      name: 'names in other scripts',
      names: ['Владимир Путин', 'Владимир Владимирович Путин', 'Liu Xiaming'],
      forms: {
        'Владимир Путин': 'Владимир Владимирович Путин',
        'Владимир Владимирович Путин': 'Владимир Владимирович Путин',
        'Liu Xiaming': 'Liu Xiaming',
      },
    },
  ])('$name', ({ names, forms }) => {
    expect(Object.fromEntries(personForms(names))).toEqual(forms);
  });
});

describe('nameParts', () => {
  it.each([
    ['Renee Nicole Good', { first: 'renee', middle: ['nicole'], last: 'good' }],
    ['James P. Kennedy Jr.', { first: 'james', middle: ['p.'], last: 'kennedy' }],
    ['  Zoë   Ball ', { first: 'zoe', middle: [], last: 'ball' }],
    ['Johnson', null],
    ['Kennedy Jr.', null],
  ])('%s', (name, parts) => {
    expect(nameParts(name)).toEqual(parts);
  });
});

describe('organisation and entity keys', () => {
  it.each([
    ['The U.S. Attorney’s Office', 'u.s. attorney’s office'],
    ['the British Foreign Office', 'british foreign office'],
    ['Theatre Royal', 'theatre royal'],
  ])('%s -> %s', (name, key) => {
    expect(organisationKey(name)).toBe(key);
  });

  it('keeps a person and an organisation of the same words apart', () => {
    expect(entityKey('person', 'Ford')).not.toBe(entityKey('organisation', 'Ford'));
    expect(entityKey('organisation', 'the FBI')).toBe(entityKey('organisation', 'FBI'));
    expect(foldName('Ärzte  ohne Grenzen')).toBe('arzte ohne grenzen');
  });
});
