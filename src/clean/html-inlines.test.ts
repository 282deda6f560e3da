import { describe, expect, it } from 'vitest';
import { type Piece, piecesToParagraphs } from './html-inlines.ts';

const t = (text: string, href: string | null = null): Piece => ({ kind: 'text', text, href });
const br: Piece = { kind: 'br' };

describe('piecesToParagraphs', () => {
  it.each<[string, Piece[], unknown]>([
    [
      'joins words split across elements',
      [t('Wash'), t('ing'), t('ton')],
      [[{ kind: 'text', text: 'Washington' }]],
    ],
    [
      'collapses spaces across boundaries',
      [t('a '), t(' b'), t('\n\t c ')],
      [[{ kind: 'text', text: 'a b c' }]],
    ],
    ['keeps U+00A0', [t('\u00a0a\u00a0 b')], [[{ kind: 'text', text: '\u00a0a\u00a0 b' }]]],
    [
      'moves a link’s edge spaces outside it',
      [t('see'), t(' the report ', 'https://x'), t('now')],
      [
        [
          { kind: 'text', text: 'see ' },
          { kind: 'link', text: 'the report', href: 'https://x' },
          { kind: 'text', text: ' now' },
        ],
      ],
    ],
    [
      'merges pieces of one link',
      [t('a', 'h'), t('b', 'h')],
      [[{ kind: 'link', text: 'ab', href: 'h' }]],
    ],
    ['one br is a space', [t('a'), br, t('b')], [[{ kind: 'text', text: 'a b' }]]],
    [
      'two br split paragraphs',
      [t('a'), br, t(' '), br, t('b')],
      [[{ kind: 'text', text: 'a' }], [{ kind: 'text', text: 'b' }]],
    ],
    ['blank and NBSP-only paragraphs vanish', [t(' \u00a0 '), br, br, t('\u200b')], []],
  ])('%s', (_name, pieces, expected) => {
    expect(piecesToParagraphs(pieces)).toEqual(expected);
  });
});
