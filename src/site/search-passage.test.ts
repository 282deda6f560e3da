import { describe, expect, it } from 'vitest';
import { passages } from './search-passage.ts';

// Four paragraphs of three words each: words 0-2, 3-5, 6-8, 9-11.
const CONTENT = 'one two three four five six seven eight nine ten eleven twelve';
const ANCHORS = [0, 3, 6, 9].map((location, i) => ({ id: `p-${i + 1}`, location }));

/** A passage as its id and words, matched words in brackets, "…" where it was cut. */
function shown(locations: number[], max = 2, radius = 12): string[] {
  return passages(CONTENT, ANCHORS, locations, max, radius).map(
    (p) =>
      `${p.id}: ${p.clippedStart ? '… ' : ''}${p.words.map((w) => (w.marked ? `[${w.text}]` : w.text)).join(' ')}${p.clippedEnd ? ' …' : ''}`,
  );
}

describe('passages', () => {
  it.each([
    ['no match: none', [], ['']],
    ['one match: its paragraph', [4], ['p-2: four [five] six']],
    [
      'two paragraphs, in reading order',
      [10, 1],
      ['p-1: one [two] three', 'p-4: ten [eleven] twelve'],
    ],
    [
      'more matched paragraphs than shown: the most matched, then the earliest',
      [0, 3, 4, 7, 10],
      ['p-1: [one] two three', 'p-2: [four] [five] six'],
    ],
  ])('%s', (_name, locations, expected) => {
    expect(shown(locations)).toEqual(expected.filter((line) => line !== ''));
  });

  it('cuts a passage around its first match and says so', () => {
    expect(shown([4], 1, 0)).toEqual(['p-2: … [five] …']);
  });

  it('a short article (under four paragraphs) or one without paragraph anchors: none', () => {
    expect(passages(CONTENT, ANCHORS.slice(0, 3), [1])).toEqual([]);
    expect(
      passages(
        CONTENT,
        ANCHORS.map((a) => ({ ...a, id: `h${a.id}` })),
        [1],
      ),
    ).toEqual([]);
  });
});
