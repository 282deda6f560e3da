import { createMarkdownProcessor } from '@astrojs/markdown-remark';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { articleFixture } from '../../tests/support/article-fixture.ts';
import { blocksToMarkdown, blocksToText, type Block, type Inline } from '../clean/blocks.ts';
import { bodyText } from './body-text.ts';
import { articleFromStore, storedArticle } from './stored-article.ts';

/** Markdown rendered as the site renders it (`astro.config.mjs`: GFM, no smartypants). */
const processor = await createMarkdownProcessor({ gfm: true, smartypants: false });
const render = async (blocks: readonly Block[]): Promise<string> =>
  (await processor.render(blocksToMarkdown(blocks), { frontmatter: {} })).code;

const text = (t: string): Inline => ({ kind: 'text', text: t });
const para = (...inlines: Inline[]): Block => ({ kind: 'paragraph', inlines });

describe('bodyText', () => {
  it.each([
    ['paragraphs', '<p>One.</p>\n<p>Two.</p>', 'One.\n\nTwo.'],
    ['entities and links', '<p>A &#x26; <a href="https://x.org">B</a> &#x3C;c></p>', 'A & B <c>'],
    ['heading', '<h2 id="x">Head <em>x</em></h2>\n<p>Body</p>', 'Head x\n\nBody'],
    ['block quote', '<blockquote>\n<p>One</p>\n<p>Two</p>\n</blockquote>', 'One\n\nTwo'],
    ['lists', '<ul>\n<li>a</li>\n<li>b</li>\n</ul>\n<ol>\n<li>c</li>\n</ol>', 'a\nb\n\nc'],
    [
      'embed left out',
      '<p>Before</p>\n<figure class="embed">\n<blockquote>\n<p>post</p>\n</blockquote>\n<figcaption>Embedded post</figcaption>\n</figure>\n<p>After</p>',
      'Before\n\nAfter',
    ],
    ['empty block left out', '<p> </p>\n<p>Only</p>', 'Only'],
    ['nothing', '', ''],
  ])('%s', (_name, html, expected) => {
    expect(bodyText(html)).toBe(expected);
  });

  it('reads back the text of every kind of block as rendered', async () => {
    const blocks: Block[] = [
      para(text('He said “no” & left <quietly> at 5 * 3 [sic] #1.')),
      {
        kind: 'heading',
        level: 3,
        inlines: [text('A '), { kind: 'link', text: 'link', href: 'https://example.org/a_b' }],
      },
      { kind: 'quote', paragraphs: [[text('First.')], [text('Second.')]] },
      { kind: 'list', ordered: true, items: [[text('1. one')], [text('- two')]] },
      {
        kind: 'embed',
        embed: { platform: null, author: 'A', handle: null, date: null, text: 'post', url: null },
      },
      para(text('See www.example.org for more.')),
    ];
    expect(bodyText(await render(blocks))).toBe(blocksToText(blocks));
  });

  it('reads back any paragraphs of printable words', async () => {
    const word = fc.stringMatching(/^[\p{L}\p{N}“”’&<>*_#[\]!|~`\\.,;:()-]{1,12}$/u);
    const paragraph = fc
      .array(word, { minLength: 1, maxLength: 8 })
      .map((ws) => para(text(ws.join(' '))));
    await fc.assert(
      fc.asyncProperty(fc.array(paragraph, { minLength: 1, maxLength: 5 }), async (blocks) => {
        expect(bodyText(await render(blocks))).toBe(blocksToText(blocks));
      }),
      { numRuns: 60 },
    );
  }, 60_000);
});

describe('storedArticle', () => {
  it('leaves the text out when the body gives it back', () => {
    const article = articleFixture({ id: 'a', text: 'One.\n\nTwo.' });
    const stored = storedArticle(article, '<p>One.</p>\n<p>Two.</p>');
    expect(stored).not.toHaveProperty('text');
    expect(articleFromStore(stored, '<p>One.</p>\n<p>Two.</p>')).toEqual(article);
  });

  it('keeps the text when the body would not give it back exactly', () => {
    const article = articleFixture({ id: 'a', text: 'One\nline break.' });
    const stored = storedArticle(article, '<p>One line break.</p>');
    expect(stored.text).toBe('One\nline break.');
  });

  it('never changes a word: any text comes back from any body', () => {
    fc.assert(
      fc.property(fc.string(), fc.string(), (body, html) => {
        const article = articleFixture({ id: 'a', text: body });
        expect(articleFromStore(storedArticle(article, html), html)).toEqual(article);
      }),
    );
  });
});
