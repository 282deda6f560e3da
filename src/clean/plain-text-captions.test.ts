import { describe, expect, it } from 'vitest';
import type { Image } from '../schema/article.ts';
import { markCaptions, parseCaptionLine } from './plain-text-captions.ts';
import { splitLines } from './plain-text-lines.ts';

describe('parseCaptionLine', () => {
  it.each<[string, string | null, string]>([
    [
      'Governor Jane Roe Photo by Sam Poe/Getty Images',
      'Governor Jane Roe',
      'Photo by Sam Poe/Getty Images',
    ],
    [
      'Crowds at the pier on Sunday. (Photo by Sam Poe/AFP via Getty Images)',
      'Crowds at the pier on Sunday.',
      'Photo by Sam Poe/AFP via Getty Images',
    ],
    [
      'The old mill (photo courtesy of the Roe family)',
      'The old mill',
      'photo courtesy of the Roe family',
    ],
    ['Firefighters at the scene. Photo: Reuters', 'Firefighters at the scene.', 'Photo: Reuters'],
    ['Image: Getty Images', null, 'Image: Getty Images'],
    ['Credit: Jane Roe/AP', null, 'Credit: Jane Roe/AP'],
    [
      'The senator speaks in the Capitol. (AP Photo/Sam Poe)',
      'The senator speaks in the Capitol.',
      'AP Photo/Sam Poe',
    ],
    [
      'Protesters march downtown. REUTERS/Jane Roe',
      'Protesters march downtown.',
      'REUTERS/Jane Roe',
    ],
    ['Harbor at dawn | Getty Images', 'Harbor at dawn', 'Getty Images'],
    ['Harbor at dawn | Sam Poe/Shutterstock', 'Harbor at dawn', 'Sam Poe/Shutterstock'],
    [
      'Voters line up. Jane Roe/Bloomberg via Getty Images',
      'Voters line up.',
      'Jane Roe/Bloomberg via Getty Images',
    ],
  ])('%j', (line, caption, credit) => {
    expect(parseCaptionLine(line)).toEqual({ caption, credit });
  });

  it.each([
    'He posted a photo by Reuters.',
    'The photo by Sam Poe went viral within hours.',
    'She told the AP that the vote was close.',
    'Officials spoke to Reuters on Tuesday about the plan.',
    'Governor Jane Roe Sam Poe/Getty Images',
    'Images of the flood spread quickly online.',
  ])('%j carries no credit', (line) => {
    expect(parseCaptionLine(line)).toBeNull();
  });
});

function captionsIn(text: string): { images: readonly Image[]; kept: string[] } {
  const lines = splitLines(text);
  const { marks, images } = markCaptions(
    lines,
    lines.map(() => null),
  );
  return { images, kept: lines.filter((_l, i) => marks[i] === null).map((l) => l.text) };
}

describe('markCaptions', () => {
  it('takes an alt-text line that the caption below repeats', () => {
    expect(
      captionsIn(
        'Harbor Master Jane Roe\nHarbor Master Jane Roe Photo by Sam Poe/Getty Images\n\nThe harbor reopened.',
      ),
    ).toEqual({
      images: [
        { url: null, caption: 'Harbor Master Jane Roe', credit: 'Photo by Sam Poe/Getty Images' },
      ],
      kept: ['The harbor reopened.'],
    });
  });

  it('takes a short non-sentence line above a bare credit as its caption', () => {
    expect(captionsIn('The flooded square\n(Photo: Jane Roe)\nWater rose overnight.')).toEqual({
      images: [{ url: null, caption: 'The flooded square', credit: 'Photo: Jane Roe' }],
      kept: ['Water rose overnight.'],
    });
  });

  it('leaves a sentence above a bare credit, and lines across a blank line, in the body', () => {
    expect(
      captionsIn(
        'Water rose overnight.\nImage: Getty Images\n\nA different alt\nA different alt Photo by Sam Poe',
      ),
    ).toEqual({
      images: [
        { url: null, caption: null, credit: 'Image: Getty Images' },
        { url: null, caption: 'A different alt', credit: 'Photo by Sam Poe' },
      ],
      kept: ['Water rose overnight.'],
    });
  });

  it('takes a repeated alt text across a blank line, but not a word that only starts the caption', () => {
    expect(
      captionsIn('Harbor Master Jane Roe\n\nHarbor Master Jane Roe, left, Photo by Sam Poe'),
    ).toEqual({
      images: [{ url: null, caption: 'Harbor Master Jane Roe, left,', credit: 'Photo by Sam Poe' }],
      kept: [],
    });
    expect(captionsIn('Harbor\nHarbors at dawn Photo by Sam Poe').kept).toEqual(['Harbor']);
  });

  it('keeps a line above the caption that the caption does not repeat', () => {
    expect(captionsIn('Storm Watch Update\nBoats in the bay Photo by Sam Poe/AFP').kept).toEqual([
      'Storm Watch Update',
    ]);
  });
});
