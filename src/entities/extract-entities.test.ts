import { describe, expect, it } from 'vitest';
import { cleanEntity, extractEntities, mergePeople, stripTitles } from './extract-entities.ts';

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
