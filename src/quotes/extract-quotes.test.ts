import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Embed } from '../schema/article.ts';
import { extractQuotes, isSplitAttribution, maskQuotations } from './extract-quotes.ts';

const body = (text: string, embeds: Embed[] = []) => ({ text, embeds });
const brief = (text: string) =>
  extractQuotes(body(text)).map((m) => [m.text, m.speaker, m.kind, m.utterance?.id ?? null]);

describe('extractQuotes', () => {
  it.each([
    [
      'curly quote with "X said"',
      'Mayor Ann Lee spoke. “We will win,” Lee said.',
      [['We will win,', 'Ann Lee', 'speech', null]],
    ],
    [
      'straight quotes with "said X"',
      'Ann Lee spoke. "We will win," said Lee.',
      [['We will win,', 'Ann Lee', 'speech', null]],
    ],
    [
      'a quotation split by an attribution is two quotations of one utterance',
      'Ann Lee spoke. “First part,” she said. “Second part.”',
      [
        ['First part,', 'Ann Lee', 'speech', 'u1'],
        ['Second part.', 'Ann Lee', 'speech', 'u1'],
      ],
    ],
    [
      'a quotation over two paragraphs (first left open)',
      'Ann Lee said:\n\n“One paragraph.\n\n“Another one.”',
      [['One paragraph.\n\n“Another one.', 'Ann Lee', 'speech', null]],
    ],
    [
      'nested single quotes stay inside the quotation',
      '“They told me ‘go home’ and I did,” Ann Lee said.',
      [['They told me ‘go home’ and I did,', 'Ann Lee', 'speech', null]],
    ],
    [
      'apostrophes are not quote marks',
      'The city’s mayor, Ann Lee, said the ’90s were hard. “It’s the workers’ money,” Lee said.',
      [['It’s the workers’ money,', 'Ann Lee', 'speech', null]],
    ],
    [
      'a so-called term is not speech',
      'Critics attacked so-called “sanctuary cities” this week.',
      [['sanctuary cities', null, 'term', null]],
    ],
    [
      'a title with small words in lower case is a term, however long',
      'The band played “Takin’ It to the Streets” for the crowd.',
      [['Takin’ It to the Streets', null, 'term', null]],
    ],
    [
      'titles listed after "according to" stay terms',
      'According to Ann Lee, expect hits like “Takin’ It To The Streets” and “Black Water.”',
      [
        ['Takin’ It To The Streets', null, 'term', null],
        ['Black Water.', null, 'term', null],
      ],
    ],
    [
      'a short quotation sourced "according to" is a fragment of that source',
      'Ann Lee, according to the White House, went in for a “quick exam and labs” on Monday.',
      [['quick exam and labs', 'White House', 'fragment', null]],
    ],
    [
      'a few words closed by a comma and an attribution are speech',
      'Yet Ann Lee changed her story — “I now do recall,” she said.',
      [['I now do recall,', 'Ann Lee', 'speech', null]],
    ],
    [
      'a scare-quoted adjective with no speech verb is a term',
      'The “rapid-response” networks grew.',
      [['rapid-response', null, 'term', null]],
    ],
    [
      'a few words quoted inside a sentence are a fragment of speech',
      'Ann Lee said the plan was “dead on arrival” in the end.',
      [['dead on arrival', 'Ann Lee', 'fragment', null]],
    ],
    [
      'no attribution gives no speaker',
      'The crowd gathered.\n\n“Nobody knows who said this, and nobody says,” read a sign.',
      [['Nobody knows who said this, and nobody says,', null, 'speech', null]],
    ],
    [
      'an unclosed quotation is dropped, not guessed',
      'He said “this never closes.\n\nA new paragraph.',
      [],
    ],
  ])('%s', (_name, text, expected) => {
    expect(brief(text)).toEqual(expected);
  });

  it('attributes an embedded post to its author', () => {
    const embed: Embed = {
      platform: 'twitter',
      author: 'Julio Rosas',
      handle: '@jr',
      date: '2025-09-26',
      text: '  Crowd chants at agents.\n',
      url: null,
    };
    expect(extractQuotes(body('No quotes here.', [embed]))).toEqual([
      {
        text: 'Crowd chants at agents.',
        start: 2,
        end: 25,
        speaker: 'Julio Rosas',
        speakerType: 'person',
        kind: 'embed',
        utterance: null,
        paragraph: null,
        embed: 0,
        segments: [{ start: 2, end: 25 }],
      },
    ]);
  });

  it('records each part of an utterance with its own offsets, in order, nothing joined', () => {
    const text = 'Intro.\n\n“A,” he said. “B.”';
    const mentions = extractQuotes(body(text));
    expect(mentions.map((m) => [m.paragraph, text.slice(m.start, m.end), m.utterance])).toEqual([
      [1, 'A,', { id: 'u1', part: 1 }],
      [1, 'B.', { id: 'u1', part: 2 }],
    ]);
  });

  it('gives a quotation over paragraphs one segment per paragraph and its exact text', () => {
    const text = 'Lee said:\n\n“One.\n\n“Two.”';
    const [mention] = extractQuotes(body(text));
    expect(mention?.segments.map((s) => text.slice(s.start, s.end))).toEqual(['One.', 'Two.']);
    expect(mention?.text).toBe(text.slice(mention?.start, mention?.end));
  });
});

describe('isSplitAttribution', () => {
  it.each([
    [' Johnson said. ', true],
    [', said the mayor, ', true],
    [' Chicago Mayor Brandon Johnson said at the time. ', true],
    [' said Smith. Jones disagreed: ', false],
    [' and then the crowd cheered. ', false],
    [' Mr. Smith said. ', true],
    [' Smith agreed: ', false],
  ])('%j -> %s', (gap, expected) => {
    expect(isSplitAttribution(gap)).toBe(expected);
  });

  it.each([
    [' Aslam berkata, ', true, false],
    [', said Smith, ', false, true],
  ])('%j after a quotation that ended its sentence: %s -> %s', (gap, ended, expected) => {
    expect(isSplitAttribution(gap, ended)).toBe(expected);
  });
});

describe('maskQuotations', () => {
  it('keeps length and hides the quoted words', () => {
    expect(maskQuotations('a “b. c” d', [{ start: 3, end: 7 }])).toBe('a “xxxx” d');
  });

  it('keeps the stop that ends a quotation, as it ends the sentence too', () => {
    expect(maskQuotations('a “b. c.” D', [{ start: 3, end: 8 }])).toBe('a “xxxx.” D');
  });
});

describe('extractQuotes on any input (property)', () => {
  const alphabet = fc.constantFrom(
    ...'ab C D.,:;!?\n “”"‘’\'—-he said Lee told'.split(''),
    ' said ',
    ' he ',
    ' Mayor Ann Lee ',
    '\n\n',
  );
  it('never throws; every quotation is exactly the printed text at its offsets, nothing joined', () => {
    fc.assert(
      fc.property(
        fc.array(alphabet, { maxLength: 200 }).map((a) => a.join('')),
        (text) => {
          for (const m of extractQuotes(body(text))) {
            expect(m.text).toBe(text.slice(m.start, m.end));
            for (const s of m.segments) {
              expect(s.start).toBeGreaterThanOrEqual(m.start);
              expect(s.end).toBeLessThanOrEqual(m.end);
            }
            if (m.kind === 'term') expect(m.speaker).toBeNull();
            expect(m.speakerType === null).toBe(m.speaker === null);
          }
        },
      ),
      { numRuns: 500 },
    );
  });
});
