import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { blocksToMarkdown, blocksToText } from '../../clean/blocks.ts';
import { InputError } from '../../ingest/input-error.ts';
import { cleanHtmlPage } from './extract-page.ts';

const PROSE = [
  'The council voted on Tuesday, after a long debate, to rebuild the old bridge over the river.',
  'Residents, who had waited years, said the decision came late but was welcome all the same.',
  'Work starts in spring, the mayor said, and should be finished, weather allowing, by autumn.',
];
const paragraphs = PROSE.map((p) => `<p>${p}</p>`).join('');

const PAGE = `<!doctype html><html><head>
<title>Bridge to be rebuilt | Town Crier</title>
<meta property="og:site_name" content="Town Crier">
<meta property="article:published_time" content="2024-03-05T08:00:00Z">
<link rel="canonical" href="https://crier.example/bridge">
<script type="application/ld+json">{"@type":"NewsArticle","author":{"name":"Ann Lee"}}</script>
</head><body>
<header><nav><a href="/">Home</a> <a href="/news">News</a></nav></header>
<main><article>
<h1>Bridge to be rebuilt</h1><p class="byline">By Ann Lee</p>
<figure><img src="https://crier.example/b.jpg" alt="The bridge"><figcaption>The old bridge. Photo: Bo Chan</figcaption></figure>
<div class="article-body">${paragraphs}
<div class="share-buttons"><a href="https://x.example/share">Share on X</a></div>
<div class="related"><h3>Related</h3><ul><li><a href="/a">Other story one</a></li><li><a href="/b">Other story two</a></li></ul></div>
</div></article>
<aside><p>Most read: a list of other, unrelated stories, with commas, that is long enough.</p></aside>
<div id="comments"><p>Great article, I agree with every word of it, truly well done.</p></div>
</main><footer><p>© 2024 Town Crier. All rights reserved.</p></footer>
<script>alert(1)</script></body></html>`;

describe('cleanHtmlPage', () => {
  const result = cleanHtmlPage(PAGE, 'bridge.html');

  it('keeps exactly the article text', () => {
    expect(blocksToText(result.blocks)).toBe(PROSE.join('\n\n'));
  });

  it('fills metadata from the page', () => {
    expect(result.meta).toMatchObject({
      title: 'Bridge to be rebuilt',
      byline: 'Ann Lee',
      published: { value: '2024-03-05T08:00:00Z', precision: 'datetime', origin: 'source' },
      outlet: { name: 'Town Crier', origin: 'source' },
      canonicalUrl: 'https://crier.example/bridge',
    });
  });

  it.each([
    ['navigation', 'Home News'],
    ['page-chrome', 'Bridge to be rebuilt'],
    ['share-widget', 'Share on X'],
  ])('records the removal of %s: %j', (rule, text) => {
    expect(result.removed).toContainEqual({ rule, text });
  });

  it('keeps the image with its caption apart from the body', () => {
    expect(result.images.map((i) => i.url)).toContain('https://crier.example/b.jpg');
  });
});

describe('fallbacks', () => {
  it.each([
    [
      'an <article> holding only a teaser falls back to the density winner',
      `<html><body><article><p>Short teaser.</p></article><div>${paragraphs}${paragraphs}</div></body></html>`,
    ],
    [
      'a page with no body element still yields its text',
      `<!doctype html><title>t</title>${paragraphs}${paragraphs}`,
    ],
  ])('%s', (_name, html) => {
    expect(blocksToText(cleanHtmlPage(html).blocks)).toContain(PROSE[2]);
  });
});

describe('hostile pages', () => {
  it('refuses a 10,000-deep nesting with a clear InputError, without crashing', () => {
    const html = `<html><body>${'<div>'.repeat(10_000)}deep${'</div>'.repeat(10_000)}</body></html>`;
    expect(() => cleanHtmlPage(html, 'deep.html')).toThrow(InputError);
    expect(() => cleanHtmlPage(html, 'deep.html')).toThrow(
      /^deep\.html: elements nested over 1000 deep, the limit$/,
    );
  });

  it('never throws anything but InputError, and never emits script or handlers', () => {
    const tag = fc.constantFrom(
      'div',
      'p',
      'article',
      'script',
      'a',
      'span',
      'ul',
      'li',
      'h1',
      'h2',
      'iframe',
      'blockquote',
      'main',
    );
    const attr = fc.constantFrom(
      '',
      ' class="article-body"',
      ' onclick="x()"',
      ' href="javascript:alert(1)"',
      ' itemprop="articleBody"',
      ' hidden',
      ' class="twitter-tweet"',
    );
    const piece = fc.oneof(
      fc.tuple(tag, attr).map(([t, a]) => `<${t}${a}>`),
      tag.map((t) => `</${t}>`),
      fc.string(),
      fc.constantFrom(
        '<script>alert(1)</script>',
        '&lt;script&gt;',
        '<img src=x onerror=alert(1)>',
        'Prose, with commas, long enough to count as a paragraph.',
      ),
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 60 }), (pieces) => {
        const html = `<html><body>${pieces.join('')}</body></html>`;
        try {
          const markdown = blocksToMarkdown(cleanHtmlPage(html).blocks);
          // Escaped text (`\<script\>`) renders as characters; only live markup would be a hazard.
          expect(markdown).not.toMatch(/(?<!\\)<script/i);
          expect(markdown).not.toMatch(/(?<!\\)<[a-z][^>]*\son\w+\s*=/i);
        } catch (error) {
          if (!(error instanceof InputError)) throw error;
        }
      }),
      { numRuns: 300 },
    );
  });
});

describe('cleanHtmlPage: the lead before the body', () => {
  const LEAD = 'A new bridge, the council said, will open by autumn after years of delay.';
  const page = `<html><body><main><div class="top"><h1>Bridge</h1><p class="standfirst">${LEAD}</p></div>
<div class="article-body">${paragraphs}</div></main></body></html>`;
  const result = cleanHtmlPage(page, 'lead.html');

  it('opens the text with the lead', () => {
    expect(blocksToText(result.blocks)).toBe([LEAD, ...PROSE].join('\n\n'));
  });

  it('records what stood around it, without the lead', () => {
    const chrome = result.removed.filter((r) => r.rule === 'page-chrome').map((r) => r.text);
    expect(chrome).toEqual(['Bridge']);
  });
});
