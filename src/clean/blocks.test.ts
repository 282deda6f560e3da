import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  type Block,
  blocksToMarkdown,
  blocksToReadingText,
  blocksToText,
  countWords,
  escapeMarkdownText,
  isSafeHref,
} from './blocks.ts';

const para = (text: string): Block => ({ kind: 'paragraph', inlines: [{ kind: 'text', text }] });

describe('escapeMarkdownText', () => {
  it.each([
    ['plain words', 'plain words'],
    ['a *b* _c_', 'a \\*b\\* \\_c\\_'],
    ['<script>alert(1)</script>', '\\<script\\>alert(1)\\</script\\>'],
    ['[link](x)', '\\[link\\](x)'],
    ['# not a heading', '\\# not a heading'],
    ['- not a list', '\\- not a list'],
    ['1. not a list', '1\\. not a list'],
    ['2026) not a list', '2026\\) not a list'],
    ['AT&T &amp; co', 'AT\\&T \\&amp; co'],
    ['curly “quotes” — dash', 'curly “quotes” — dash'],
    ['back\\slash', 'back\\\\slash'],
  ])('%j -> %j', (input, expected) => {
    expect(escapeMarkdownText(input)).toBe(expected);
  });
});

describe('isSafeHref', () => {
  it.each([
    ['https://example.com/a', true],
    ['http://example.com', true],
    ['mailto:a@b.c', true],
    ['/relative/path', true],
    ['#anchor', true],
    ['javascript:alert(1)', false],
    ['JavaScript:alert(1)', false],
    [' java\tscript:alert(1)', false],
    ['data:text/html,<script>', false],
    ['vbscript:x', false],
    ['', false],
  ])('%j -> %s', (href, expected) => {
    expect(isSafeHref(href)).toBe(expected);
  });
});

describe('blocksToText', () => {
  it('joins blocks with one blank line and leaves embeds out', () => {
    const blocks: Block[] = [
      para('One.'),
      {
        kind: 'embed',
        embed: {
          platform: 'twitter',
          author: 'A',
          handle: '@a',
          date: null,
          text: 'post',
          url: null,
        },
      },
      { kind: 'paragraph', inlines: [{ kind: 'link', text: 'Two', href: 'https://x.test' }] },
    ];
    expect(blocksToText(blocks)).toBe('One.\n\nTwo');
  });
});

describe('blocksToReadingText', () => {
  it('keeps embedded posts in place', () => {
    const blocks: Block[] = [
      para('One.'),
      {
        kind: 'embed',
        embed: { platform: null, author: null, handle: null, date: null, text: 'post', url: null },
      },
      para('Two.'),
    ];
    expect(blocksToReadingText(blocks)).toBe('One.\n\npost\n\nTwo.');
  });
});

describe('blocksToMarkdown', () => {
  it('keeps links with their targets and drops unsafe targets', () => {
    const md = blocksToMarkdown([
      {
        kind: 'paragraph',
        inlines: [
          { kind: 'text', text: 'See ' },
          { kind: 'link', text: 'this', href: 'https://example.com/a b' },
          { kind: 'text', text: ' and ' },
          { kind: 'link', text: 'that', href: 'javascript:alert(1)' },
        ],
      },
    ]);
    expect(md).toBe('See [this](https://example.com/a%20b) and that\n');
  });
  it('renders embeds as figures with escaped text', () => {
    const md = blocksToMarkdown([
      {
        kind: 'embed',
        embed: {
          platform: 'twitter',
          author: 'Name <b>',
          handle: '@h',
          date: '2025-09-26',
          text: 'line <script>\nline two',
          url: null,
        },
      },
    ]);
    expect(md).toContain('<p>line &lt;script&gt;</p>');
    expect(md).toContain(
      '<figcaption>Embedded post by Name &lt;b&gt; (@h), 2025-09-26</figcaption>',
    );
  });
  it('never emits raw markup from text (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.string(), { minLength: 1, maxLength: 5 }), (texts) => {
        const md = blocksToMarkdown(texts.map(para));
        expect(md).not.toMatch(/<script/i);
        expect(md).not.toMatch(/(^|[^\\])<[a-z]/i);
      }),
    );
  });
});

describe('countWords', () => {
  it.each([
    ['', 0],
    ['one two three', 3],
    ['Johnson’s city — don’t', 3],
    ['2026 U.S. ICE-Free', 5],
    ['résumé', 1],
    ['re\u0301sume\u0301', 1],
  ])('%j -> %d', (text, n) => {
    expect(countWords(text)).toBe(n);
  });
});
