import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { blockText } from './blocks.ts';
import type { CleanResult } from './clean-result.ts';
import { bylineName, cleanPlainText } from './plain-text.ts';

/** Each block as a short string: paragraph text, or "embed:@handle" for an embedded post. */
function body(result: CleanResult): string[] {
  return result.blocks.map((b) => (b.kind === 'embed' ? `embed:${b.embed.handle}` : blockText(b)));
}

const P1 = 'The council voted 5-4 on Tuesday to close the branch library, ending months of debate.';
const P2 =
  '“We did what we had to do,” said Council President Jane Roe — who cast the deciding vote.';
const LONG =
  'Supporters of the branch filled the chamber for the third week in a row, holding signs and reading letters from children who learned to read there, while the finance director warned that repairs to the roof, the boiler and the elevator would cost far more than the city could borrow this year.';
const P3 = 'The libary will close in June; its books will go to the main branch.';

describe('cleanPlainText: paragraphs', () => {
  it.each<[string, string, string[]]>([
    ['blank-line separated', `\n\n${P1}\n\n${P2}\n\n\n${P3}\n\n`, [P1, P2, P3]],
    ['single-newline separated', `${P1}\n${P2}\n${P3}\n`, [P1, P2, P3]],
    ['CRLF line ends, line ends trimmed', `  ${P1}  \r\n\r\n${P2}\t\r\n`, [P1, P2]],
    [
      'a hard-wrapped paragraph is joined with spaces',
      'The council voted on Tuesday to close the branch\nlibrary, ending months of debate over the\nbudget.\n\nNext paragraph.',
      [
        'The council voted on Tuesday to close the branch library, ending months of debate over the budget.',
        'Next paragraph.',
      ],
    ],
    [
      'short lines that end sentences stay separate paragraphs',
      'He said no.\nShe said yes.\n\nThen they left.',
      ['He said no.', 'She said yes.', 'Then they left.'],
    ],
    [
      'typos, curly quotes, odd spacing kept verbatim',
      'Teh  mayor’s “plan” — it’s  dead…',
      ['Teh  mayor’s “plan” — it’s  dead…'],
    ],
  ])('%s', (_name, text, expected) => {
    const result = cleanPlainText(text);
    expect(body(result)).toEqual(expected);
    expect(result.removed).toEqual([]);
  });
});

describe('cleanPlainText: removals and stated facts', () => {
  it('removes trailing form, poll and footer residue in order, and reads the outlet off the footer', () => {
    const text = `${P1}\n\n${P3}\n\n"*" indicates required fields\n\nThis field is for validation purposes and should be left unchanged.\nIs the closure fair?*\nYes\nNo\nThis poll subscribes you to our list.\n\nCLICK HERE\nAND GO TO THE HOMEPAGE FOR MORE NEWS\n\nSave the ExampleDaily.org homepage for local news`;
    const result = cleanPlainText(text);
    expect(body(result)).toEqual([P1, P3]);
    expect(result.removed.map((r) => r.rule)).toEqual([
      'form',
      'form',
      'form',
      'form',
      'form',
      'signup-prompt',
      'button',
      'homepage-footer',
      'homepage-footer',
    ]);
    expect(result.removed[2]).toEqual({ rule: 'form', text: 'Is the closure fair?*' });
    expect(result.meta.outlet).toEqual({ name: 'ExampleDaily.org', origin: 'footer' });
    expect(result.meta.published).toBeNull();
  });

  it('takes a caption and its alt text out of the lede, and the copyright line off the end', () => {
    const text = `Council President Jane Roe\nCouncil President Jane Roe Photo by Sam Poe/Getty Images\n\n${P1}\n\n${P2}\n\n© 2024 Example Gazette. All rights reserved.\n\nSave the Other Site homepage`;
    const result = cleanPlainText(text);
    expect(body(result)).toEqual([P1, P2]);
    expect(result.images).toEqual([
      { url: null, caption: 'Council President Jane Roe', credit: 'Photo by Sam Poe/Getty Images' },
    ]);
    expect(result.removed.map((r) => r.rule)).toEqual([
      'photo-caption',
      'photo-caption',
      'copyright-line',
      'homepage-footer',
    ]);
    expect(result.meta.outlet).toEqual({ name: 'Example Gazette', origin: 'copyright' });
    expect(result.meta.published).toEqual({
      value: '2024',
      precision: 'year',
      origin: 'copyright',
    });
    expect(result.meta.title).toBeNull();
  });

  it('keeps an embedded post in place, out of the prose, with a removal naming it', () => {
    const text = `${P1}\n${LONG}\nThe library is staying open if we have anything to say about it! pic.twitter.com/Lib123\n— Friends of the Library (@savethelib) June 2, 2025\n${P3}\n[Read More: Budget Talks Stall]`;
    const result = cleanPlainText(text);
    expect(body(result)).toEqual([P1, LONG, 'embed:@savethelib', P3]);
    const embed = result.blocks[2];
    expect(embed?.kind === 'embed' ? embed.embed : null).toEqual({
      platform: 'twitter',
      author: 'Friends of the Library',
      handle: '@savethelib',
      date: '2025-06-02',
      text: 'The library is staying open if we have anything to say about it! pic.twitter.com/Lib123',
      url: 'https://pic.twitter.com/Lib123',
    });
    expect(result.removed).toEqual([
      {
        rule: 'embedded-post',
        text: 'The library is staying open if we have anything to say about it! pic.twitter.com/Lib123',
      },
      { rule: 'read-more-promo', text: '[Read More: Budget Talks Stall]' },
    ]);
  });

  it('reads a syndication notice as the credit', () => {
    const result = cleanPlainText(
      `${P1}\n\nThis article originally appeared on The Example Review.`,
    );
    expect(body(result)).toEqual([P1]);
    expect(result.credit).toBe('The Example Review');
    expect(result.removed).toEqual([
      {
        rule: 'syndication-notice',
        text: 'This article originally appeared on The Example Review.',
      },
    ]);
  });

  it('takes a leading byline into the metadata without recording a removal', () => {
    const result = cleanPlainText(`By Jane Roe and Sam Poe\n\n${P1}`);
    expect(body(result)).toEqual([P1]);
    expect(result.meta.byline).toBe('Jane Roe and Sam Poe');
    expect(result.removed).toEqual([]);
  });

  it('leaves prose that mentions copyright, reading more or the homepage alone', () => {
    const prose = [
      'Copyright law has not kept pace, the professor said.',
      'Readers can read more about the plan on the city website.',
      'He said the homepage redesign cost $2 million.',
      'By Monday, the crowd had gone home.',
    ];
    const result = cleanPlainText(prose.join('\n\n'));
    expect(body(result)).toEqual(prose);
    expect(result.removed).toEqual([]);
    expect(result.meta.byline).toBeNull();
  });
});

describe('bylineName', () => {
  it.each<[string, string | null]>([
    ['By Jane Roe', 'Jane Roe'],
    ['By JANE ROE, Example Wire', 'JANE ROE, Example Wire'],
    ['By Monday Evening', null],
    ['By the time police arrived, it was over.', null],
    ['Byron Jones', null],
  ])('%j -> %j', (line, expected) => {
    expect(bylineName(line)).toBe(expected);
  });
});

/** Input text as one line-break-free string, for "nothing invented" checks. */
function flattened(text: string): string {
  return text
    .split(/\r\n|[\r\n\u2028\u2029]/u)
    .map((l) => l.trim())
    .join(' ');
}

const pieces = fc.constantFrom(
  '\n',
  '\n\n',
  '\r\n',
  ' ',
  '© 2025 X. All rights reserved.',
  'Read More: Y',
  '— A B (@ab) May 1, 2025',
  'A post shared by C (@c)',
  'View this post on Instagram',
  'Photo by D/Getty Images',
  'Yes',
  'Q?*',
  'By E F',
  'He said.',
  'short line',
  '\u200b',
);
const texts = fc.oneof(
  fc.string({ unit: 'binary' }),
  fc
    .array(fc.oneof(pieces, fc.string({ unit: 'grapheme' })), { maxLength: 40 })
    .map((a) => a.join('')),
);

describe('cleanPlainText: properties', () => {
  it('never throws, invents no text and outputs no empty paragraph', () => {
    fc.assert(
      fc.property(texts, (text) => {
        const result = cleanPlainText(text);
        const source = flattened(text);
        for (const block of result.blocks) {
          const words = block.kind === 'embed' ? block.embed.text : blockText(block);
          if (block.kind !== 'embed') expect(words.trim()).not.toBe('');
          for (const line of words.split('\n')) expect(source).toContain(line);
        }
        for (const image of result.images) {
          expect(source).toContain(image.credit ?? '');
          expect(source).toContain(image.caption ?? '');
        }
      }),
      { numRuns: 500 },
    );
  });
});
