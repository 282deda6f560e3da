import { describe, expect, it } from 'vitest';
import type { Embed } from '../schema/article.ts';
import { isoPostDate, markEmbeds, parseSignature, postUrl } from './plain-text-embeds.ts';
import { splitLines } from './plain-text-lines.ts';

describe('isoPostDate', () => {
  it.each<[string, string | null]>([
    ['September 26, 2025', '2025-09-26'],
    ['Sep 3, 2024', '2024-09-03'],
    ['Sept. 3, 2024', '2024-09-03'],
    ['3 March 2023', '2023-03-03'],
    ['February 30, 2025', null],
    ['Smarch 3, 2025', null],
  ])('%j -> %j', (text, expected) => {
    expect(isoPostDate(text)).toBe(expected);
  });
});

describe('parseSignature', () => {
  it.each([
    [
      '— Jane Roe (@jane_roe) March 4, 2025',
      'twitter',
      'Jane Roe',
      '@jane_roe',
      '2025-03-04',
      null,
    ],
    ['- Jane Roe (@jane_roe)', 'twitter', 'Jane Roe', '@jane_roe', null, null],
    [
      '– City of Example (@CityOfExample) 4 March 2025',
      'twitter',
      'City of Example',
      '@CityOfExample',
      '2025-03-04',
      null,
    ],
    [
      'Polls close at 8. pic.twitter.com/abc123— Jane Roe (@jane_roe) March 4, 2025',
      'twitter',
      'Jane Roe',
      '@jane_roe',
      '2025-03-04',
      'Polls close at 8. pic.twitter.com/abc123',
    ],
    ['A post shared by Sam Poe (@sam.poe)', 'instagram', 'Sam Poe', '@sam.poe', null, null],
    [
      'A post shared by @sam.poe on Jan 2, 2024 at 1:05pm PST',
      'instagram',
      null,
      '@sam.poe',
      '2024-01-02',
      null,
    ],
  ])('%j', (line, platform, author, handle, date, lastLine) => {
    expect(parseSignature(line)).toEqual({ platform, author, handle, date, lastLine });
  });

  it.each([
    'The governor — Jane Roe — spoke on Tuesday.',
    'Reach the desk at (@newsdesk) any time.',
    'He wrote - in a long thread - that the vote (@ noon) would go ahead.',
    'She said — Jane Roe (@jane_roe) agreed.',
  ])('%j is no signature', (line) => {
    expect(parseSignature(line)).toBeNull();
  });
});

describe('postUrl', () => {
  it.each<[string, string | null]>([
    ['look pic.twitter.com/AbC12', 'https://pic.twitter.com/AbC12'],
    ['see https://x.com/jane/status/123 and pic.x.com/z', 'https://x.com/jane/status/123'],
    ['https://t.co/xyz', 'https://t.co/xyz'],
    ['no link here', null],
  ])('%j -> %j', (text, expected) => {
    expect(postUrl(text)).toBe(expected);
  });
});

function embedsIn(text: string): { embeds: Embed[]; kept: string[] } {
  const lines = splitLines(text);
  const marks = markEmbeds(
    lines,
    lines.map(() => null),
  );
  return {
    embeds: marks.flatMap((m) => (m?.kind === 'embed' && m.embed ? [m.embed] : [])),
    kept: lines.filter((_l, i) => marks[i] === null).map((l) => l.text),
  };
}

const PROSE =
  'The council met for six hours on Monday night and heard from more than forty residents, most of whom opposed the plan to close the branch library, which has served the east side of the city since 1962 and which the budget office says costs too much to repair, according to a memo released last week.';

describe('markEmbeds', () => {
  it('takes the lines above a tweet signature that fit in a tweet, and no prose above them', () => {
    const { embeds, kept } = embedsIn(
      [
        PROSE,
        'Huge crowd at the library tonight.',
        'Nobody wants it closed. pic.twitter.com/Q1w2E3',
        '— Jane Roe (@jane_roe) March 4, 2025',
        'After the vote, the mayor left.',
      ].join('\n'),
    );
    expect(embeds).toEqual([
      {
        platform: 'twitter',
        author: 'Jane Roe',
        handle: '@jane_roe',
        date: '2025-03-04',
        text: 'Huge crowd at the library tonight.\nNobody wants it closed. pic.twitter.com/Q1w2E3',
        url: 'https://pic.twitter.com/Q1w2E3',
      },
    ]);
    expect(kept).toEqual([PROSE, 'After the vote, the mayor left.']);
  });

  it('never takes an introducing line or boilerplate into the post', () => {
    const { embeds, kept } = embedsIn(
      [
        'Roe posted:',
        'We won!',
        '— Jane Roe (@jane_roe)',
        'Read More: Other story',
        'Short post',
        '— Sam Poe (@sam)',
      ].join('\n'),
    );
    expect(embeds.map((e) => e.text)).toEqual(['We won!', 'Short post']);
    expect(kept).toEqual(['Roe posted:', 'Read More: Other story']);
  });

  it('stops at a blank-line break once it has text, and crosses one when the signature stands alone', () => {
    const { embeds, kept } = embedsIn(
      [
        'Short first paragraph.',
        '',
        'Tweet text here',
        '',
        '— Jane Roe (@jane_roe) May 1, 2024',
      ].join('\n'),
    );
    expect(embeds.map((e) => e.text)).toEqual(['Tweet text here']);
    expect(kept).toEqual(['Short first paragraph.']);
  });

  it('keeps a signature with no text above it as an embed with empty text', () => {
    const { embeds, kept } = embedsIn([PROSE, '— Jane Roe (@jane_roe) May 1, 2024'].join('\n'));
    expect(embeds.map((e) => [e.text, e.handle])).toEqual([['', '@jane_roe']]);
    expect(kept).toEqual([PROSE]);
  });

  it('reads Instagram text only below the "View this post on Instagram" opener', () => {
    const withOpener = embedsIn(
      [
        'Intro sentence here.',
        'View this post on Instagram',
        'Sunset at the pier',
        'A post shared by Sam Poe (@sam.poe)',
      ].join('\n'),
    );
    expect(withOpener.embeds.map((e) => [e.platform, e.text])).toEqual([
      ['instagram', 'Sunset at the pier'],
    ]);
    expect(withOpener.kept).toEqual(['Intro sentence here.']);
    const bare = embedsIn(['Short prose line.', 'A post shared by Sam Poe (@sam.poe)'].join('\n'));
    expect(bare.embeds.map((e) => e.text)).toEqual(['']);
    expect(bare.kept).toEqual(['Short prose line.']);
  });
});
