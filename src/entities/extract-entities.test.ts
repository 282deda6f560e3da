import { describe, expect, it } from 'vitest';
import {
  candidateSpans,
  cleanEntity,
  createEntityReader,
  extractEntities,
  hyphenSplits,
  mergePeople,
  readSpans,
  stripTitles,
} from './extract-entities.ts';

describe('cleanEntity', () => {
  it.each([
    ['Chicago,', 'Chicago'],
    ['Trump’s', 'Trump'],
    ['  Portland, Oregon, ', 'Portland, Oregon'],
  ])('%j -> %j', (raw, expected) => {
    expect(cleanEntity(raw)).toBe(expected);
  });
});

describe('stripTitles', () => {
  it.each([
    ['Mayor Brandon Johnson', 'Brandon Johnson'],
    ['Captain Ingrid Solberg', 'Ingrid Solberg'],
    ['Rev. Al Sharpton', 'Al Sharpton'],
    ['Security Kristi Noem', 'Kristi Noem'],
    ['Brandon Johnson Photo', 'Brandon Johnson'],
    ['August,', ''],
    ['Kayla Bartkowski/Getty Images', ''],
  ])('%j -> %j', (raw, expected) => {
    expect(stripTitles(raw)).toBe(expected);
  });
});

describe('mergePeople', () => {
  it.each([
    [['Brandon Johnson', 'Johnson'], ['Brandon Johnson']],
    [
      ['Ann Lee', 'Bob Lee', 'Lee'],
      ['Ann Lee', 'Bob Lee', 'Lee'],
    ],
    [['Wu'], ['Wu']],
  ])('%j -> %j', (names, expected) => {
    expect(mergePeople(names)).toEqual(expected);
  });
});

describe('extractEntities', () => {
  it('finds one entry per person, titles stripped, and places', () => {
    const e = extractEntities(
      'Chicago Mayor Brandon Johnson spoke in Boston on Monday. Johnson later met Michelle Wu.',
    );
    expect(e.people).toEqual(['Brandon Johnson', 'Michelle Wu']);
    expect(e.places).toContain('Boston');
  });
});

describe('hyphenSplits', () => {
  it.each([
    [['Grace Nakamura-Hill'], ['Grace Nakamura', 'Hill', 'Nakamura', 'Nakamura-Hill']],
    [['Jean-Pierre Dupont'], ['Jean', 'Jean-Pierre', 'Pierre']],
    [['Ann Lee', 'Tav Stone'], []],
  ])('%j -> %j', (people, expected) => {
    expect([...hyphenSplits(people)].sort()).toEqual(expected);
  });
});

describe('a hyphenated surname', () => {
  it('is one person, not also the name before its hyphen and a place', () => {
    const text =
      '“It is a relief,” said Grace Nakamura-Hill, who runs the harbour cafe. Nakamura-Hill added that bookings had doubled.';
    expect(extractEntities(text)).toEqual({
      people: ['Grace Nakamura-Hill'],
      organizations: [],
      places: [],
    });
  });
});

describe('candidateSpans', () => {
  it.each([
    ['The Mayor Ann Lee spoke.', ['Mayor Ann Lee']],
    ['In Chicago, Lee’s team met the Fox News crew.', ['Chicago', 'Lee', 'Fox News']],
    ['nothing capitalised here', []],
  ])('%j -> %j', (text, spans) => {
    expect(candidateSpans(text)).toEqual(spans);
  });
});

describe('readSpans', () => {
  it('reads a span the same alone and among others (no cross-talk between spans)', () => {
    const spans = ['Los Angeles', 'U.S. Army', 'Michelle Wu', 'National Press Club'];
    const together = readSpans(spans);
    spans.forEach((span, i) => expect(together[i]).toEqual(readSpans([span])[0]));
  });
});

describe('createEntityReader', () => {
  const texts = [
    'Los Angeles Mayor Karen Bass met reporters. Bass said the city was ready.',
    'Chicago Mayor Brandon Johnson spoke to CNN. Johnson said: “We are ready.”',
    'Senator Ann Lee of Ohio, Dr. Ann Lee and Ann Lee are one person here.',
  ];
  it('gives the same entities whatever was read before (the cache changes nothing)', () => {
    const forward = texts.map(createEntityReader());
    const backward = [...texts].reverse().map(createEntityReader()).reverse();
    const tiny = texts.map(createEntityReader(1));
    expect(backward).toEqual(forward);
    expect(tiny).toEqual(forward);
  });

  it.each([
    [0, 'Karen Bass'],
    [1, 'Brandon Johnson'],
    [2, 'Ann Lee'],
  ])('text %i names one person once, titles off: %s', (i, person) => {
    expect(createEntityReader()(texts[i] ?? '').people).toEqual([person]);
  });

  it('leaves no trailing punctuation or possessive on any entity', () => {
    const e = createEntityReader()(
      'Voters in Boston. Officials of the National Press Club’s board met Trump’s aides in Denver.',
    );
    for (const name of [...e.people, ...e.organizations, ...e.places]) {
      expect(name).not.toMatch(/[\s.,;:!?'’]$|['’]s$/u);
    }
    expect(e.places).toEqual(expect.arrayContaining(['Boston', 'Denver']));
  });
});
