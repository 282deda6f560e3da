import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { blocksToMarkdown, blocksToText } from './blocks.ts';
import { cleanHtmlFragment } from './html-fragment.ts';

/** Markup from a small grammar that mixes prose with everything the cleaner must neutralise. */
const html = fc.letrec((tie) => ({
  text: fc.constantFrom(
    'word',
    'Share',
    'Read more…',
    '&amp;',
    '&nbsp;',
    ' ',
    '\n',
    'a<b',
    'alert(1);',
    '{ x: 1 }',
  ),
  attr: fc.constantFrom(
    '',
    ' class="share"',
    ' class="ad-slot"',
    ' onclick="alert(1)"',
    ' onmouseover=alert(1)',
    ' style="display:none"',
    ' hidden',
    ' href="javascript:alert(1)"',
    ' href="https://example.com/x"',
    ' href="data:text/html,<script>alert(1)</script>"',
    ' class="twitter-tweet"',
    ' role="button"',
  ),
  element: fc
    .tuple(
      fc.constantFrom(
        'p',
        'div',
        'a',
        'span',
        'blockquote',
        'ul',
        'li',
        'h2',
        'figure',
        'figcaption',
        'button',
        'form',
        'section',
      ),
      tie('attr') as fc.Arbitrary<string>,
      fc.array(tie('node') as fc.Arbitrary<string>, { maxLength: 4 }),
    )
    .map(([tag, attr, kids]) => `<${tag}${attr}>${kids.join('')}</${tag}>`),
  raw: fc.constantFrom(
    '<script>document.write("<p>x</p>")</script>',
    '<style>p{}</style>',
    '<iframe src="https://evil.example"></iframe>',
    '<img src=x onerror="alert(1)">',
    '<?xml encoding="utf-8" ?>',
    '<!-- note -->',
    '<br>',
    '</p>',
    '<svg onload=alert(1)>',
    '<a href="vbscript:msgbox(1)">v</a>',
  ),
  node: fc.oneof(
    { depthSize: 'small' },
    tie('text'),
    tie('raw'),
    tie('element'),
  ) as fc.Arbitrary<string>,
})).node;

const SCRIPT_TAG = /(?<!\\)<script/i;
const HANDLER_ATTR = /(?<!\\)<[a-z][^>]*\son[a-z]+\s*=/i;

describe('cleanHtmlFragment properties', () => {
  it('never throws on arbitrary strings', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 300 }), (input) => {
        const result = cleanHtmlFragment(input);
        expect(typeof blocksToText(result.blocks)).toBe('string');
      }),
    );
  });

  it('never throws on grammar HTML, and its Markdown carries no script or handler', () => {
    fc.assert(
      fc.property(fc.array(html, { maxLength: 6 }), (nodes) => {
        const result = cleanHtmlFragment(nodes.join(''));
        const markdown = blocksToMarkdown(result.blocks);
        expect(markdown).not.toMatch(SCRIPT_TAG);
        expect(markdown).not.toMatch(HANDLER_ATTR);
        expect(markdown).not.toMatch(/\]\((?:javascript|data|vbscript):/i);
        for (const { text } of result.removed) {
          expect(text).not.toMatch(/[\t\n\r\f]| {2}/);
          expect(text).toBe(text.trim());
        }
      }),
      { numRuns: 300 },
    );
  });
});
