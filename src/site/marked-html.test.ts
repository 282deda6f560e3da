import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { escapeHtml, markedHtml } from './marked-html.ts';

describe('markedHtml', () => {
  it.each([
    [[], ''],
    [[{ op: 'same', text: 'a <b> & c' }], 'a &lt;b&gt; &amp; c'],
    [
      [
        { op: 'shared', text: 'We will' },
        { op: 'same', text: ' ' },
        { op: 'dropped', text: 'win' },
        { op: 'added', text: 'wim' },
        { op: 'same', text: '' },
      ],
      '<mark>We will</mark> <del>win</del><ins>wim</ins>',
    ],
  ] as const)('%j -> %s', (segments, html) => {
    expect(markedHtml(segments)).toBe(html);
  });

  it('never lets text open a tag', () => {
    fc.assert(
      fc.property(fc.string(), (text) => {
        expect(escapeHtml(text)).not.toMatch(/[<>]/);
        expect(markedHtml([{ op: 'same', text }]).replace(/&(amp|lt|gt);/g, '')).not.toMatch(
          /[<>&]/,
        );
      }),
    );
  });
});
