import { describe, expect, it } from 'vitest';
import { findPersonMentions, splitRun } from './names.ts';

const names = (text: string) => findPersonMentions(text, []).map((m) => [m.name, m.title]);

describe('findPersonMentions', () => {
  it.each([
    [
      'title stripped, surname resolved',
      'Chicago Mayor Ann Lee spoke. Lee left.',
      [
        ['Ann Lee', 'mayor'],
        ['Ann Lee', null],
      ],
    ],
    [
      'org and place words are not people',
      'The National Press Club met in Los Angeles.',
      [['Los Angeles', null]],
    ],
    [
      '"Secretary of X Name"',
      'Secretary of Homeland Security Kim Noe spoke.',
      [['Kim Noe', 'secretary']],
    ],
    ['"Name of Place"', 'Mayor Jo Frey of Minneapolis spoke.', [['Jo Frey', 'mayor']]],
    ['a lone unknown capitalised word is not a person', 'Chicago remains calm.', []],
    ['a lone word before a speech verb at sentence start is', 'Smith said so.', [['Smith', null]]],
    [
      'a lone word opening a sentence before a relative "who" is a person',
      'Tommy — who goes by his first name — retired.',
      [['Tommy', null]],
    ],
    ['a plural before "who" is a group', 'Officials, who spoke anonymously, left.', []],
    ['possessive split', 'Minneapolis’ Jo Frey spoke.', [['Jo Frey', null]]],
  ])('%s', (_name, text, expected) => {
    expect(names(text)).toEqual(expected);
  });

  it('skips excluded ranges', () => {
    expect(findPersonMentions('Ann Lee spoke.', [[0, 7]])).toEqual([]);
  });
});

describe('splitRun', () => {
  it.each([
    ['Lee. Stone', ['Lee.', 'Stone']],
    ['Mr. Stone', ['Mr. Stone']],
    ['J. R. Stone', ['J. R. Stone']],
  ])('%s', (run, expected) => {
    expect(splitRun(run)).toEqual(expected);
  });
});
