import { load } from 'cheerio';
import { describe, expect, it } from 'vitest';
import { cleanedFragment as clean } from '../../tests/support/cleaned-fragment.ts';
import { blocksToMarkdown, blocksToText } from './blocks.ts';
import { cleanHtmlFragment, cleanHtmlSelection } from './html-fragment.ts';

const words = (n: number): string => Array.from({ length: n }, (_, i) => `word${i}`).join(' ');
const BODY = `<p>The council met on Tuesday and voted on the budget. ${words(40)}</p>`;
const BODY_TEXT = `The council met on Tuesday and voted on the budget. ${words(40)}`;

describe('cleanHtmlFragment: each rule removes its boilerplate and records it', () => {
  it.each([
    [
      'share widget (generic class)',
      `<div class="share-buttons"><a href="https://facebook.com/sharer?u=x">Facebook</a><a href="https://twitter.com/intent/tweet">Tweet</a></div>${BODY}`,
      [['share-widget', 'Facebook Tweet']],
    ],
    [
      'share widget (plugin id, list markup)',
      `${BODY}<ul id="jp-sharing-1"><li><a href="https://x.com/share">Post</a></li></ul>`,
      [['share-widget', 'Post']],
    ],
    [
      'script',
      `<script>var x = 1;</script>${BODY}<script src="https://ads.example/a.js"></script>`,
      [
        ['script', ''],
        ['script', ''],
      ],
    ],
    [
      'inline handler (element kept)',
      `<p onclick="steal()">The council met on Tuesday and voted on the budget. ${words(40)}</p>`,
      [['script', '']],
    ],
    ['style', `<style>p { color: red }</style>${BODY}`, [['style', '']]],
    [
      'iframe',
      `${BODY}<iframe src="https://video.example/embed/1">Your browser lacks frames</iframe>`,
      [['embedded-frame', '']],
    ],
    [
      'object and embed',
      `${BODY}<object data="x.swf"><embed src="x.swf"></object>`,
      [['embedded-frame', '']],
    ],
    [
      'form with labels',
      `${BODY}<form><label>Your name</label><input name="n"><textarea name="m"></textarea><input type="submit" value="Send"></form>`,
      [['form', 'Your name']],
    ],
    [
      'button',
      `${BODY}<button type="button">Load comments</button>`,
      [['button', 'Load comments']],
    ],
    [
      'processing instruction',
      `<p><?xml encoding="utf-8" ?></p>${BODY}`,
      [['processing-instruction', '']],
    ],
    ['markup comment', `<!-- Share buttons by example.net -->${BODY}`, [['markup-comment', '']]],
    [
      'ad slots (GPT id, generic class)',
      `<div id="div-gpt-ad-1234-0"></div>${BODY}<div class="inline-advertisement">ADVERTISEMENT</div>`,
      [
        ['ad-slot', ''],
        ['ad-slot', 'ADVERTISEMENT'],
      ],
    ],
    [
      'advertise box linking to the advertising page',
      `${BODY}<p>Advertise with Example Daily and reach our loyal readers. <a href="https://example.com/advertising/">Learn more</a>.</p>`,
      [['ad-slot', 'Advertise with Example Daily and reach our loyal readers. Learn more.']],
    ],
    [
      'sign-up box linking to the newsletter page',
      `${BODY}<p>Get the morning briefing in your inbox every day. <a href="/newsletters?src=article">Sign up</a></p>`,
      [['signup-prompt', 'Get the morning briefing in your inbox every day. Sign up']],
    ],
    [
      'nested hidden elements',
      `<div>${BODY}<div style="display: none"><p>Secret <b>offer</b></p></div><span hidden>x</span><div aria-hidden="true">icon</div></div>`,
      [
        ['hidden-element', 'Secret offer'],
        ['hidden-element', 'x'],
        ['hidden-element', 'icon'],
      ],
    ],
    [
      'screen-reader-only text',
      `${BODY}<span class="screen-reader-text">(opens in a new tab)</span>`,
      [['hidden-element', '(opens in a new tab)']],
    ],
    [
      'related posts and comments',
      `${BODY}<div class="jp-relatedposts"><h3>Related</h3><a href="/a">Other story</a></div><section id="comments"><p>First!</p></section>`,
      [
        ['related-links', 'Related Other story'],
        ['comments', 'First!'],
      ],
    ],
    [
      'newsletter box',
      `${BODY}<div class="newsletter-signup"><p>Join 10,000 readers.</p></div>`,
      [['signup-prompt', 'Join 10,000 readers.']],
    ],
    [
      'JavaScript left in paragraphs by a split script',
      `${BODY}<p>function loadScript(src) { const s = document.createElement("script"); s.src = src; document.body.appendChild(s); }</p><p>// Find the index of the last element; let i = list.findIndex(p => p.visible);</p><p> }); } </p>`,
      [['script', '']],
    ],
    [
      'boilerplate line from the shared text table',
      `${BODY}<p>Read More: Another headline here</p>`,
      [['read-more-promo', 'Read More: Another headline here']],
    ],
  ])('%s', (_name, html, expected) => {
    const result = clean(html);
    expect(result.text).toBe(BODY_TEXT);
    expect(result.rules).toEqual(expected);
  });
});

describe('cleanHtmlFragment: prose that mentions boilerplate words stays', () => {
  it.each([
    [
      '<p>Share prices fell as advertisers fled; the company will advertise less and sponsor fewer events.</p>',
      'Share prices fell as advertisers fled; the company will advertise less and sponsor fewer events.',
    ],
    [
      '<p>She said the <span class="social">social</span> side of the job mattered most.</p>',
      'She said the social side of the job mattered most.',
    ],
    [
      '<p>Read more about the budget in the <a href="https://example.com/minutes">council minutes</a>, the mayor said.</p>',
      'Read more about the budget in the council minutes, the mayor said.',
    ],
    [
      '<p>The memo, originally published by the ministry in 2019, was republished last week.</p><p>It was widely shared.</p>',
      'The memo, originally published by the ministry in 2019, was republished last week.\n\nIt was widely shared.',
    ],
    [
      '<p>The report, originally published by Reuters in 2019, was cited again.</p>',
      'The report, originally published by Reuters in 2019, was cited again.',
    ],
    ['<p>He wrote: if (x) { y(); } and then left.</p>', 'He wrote: if (x) { y(); } and then left.'],
    [
      '<p>Advertise with care, the regulator warned, citing <a href="https://example.com/advertising/rules">its rules</a> for every firm that buys ads on television.</p>',
      'Advertise with care, the regulator warned, citing its rules for every firm that buys ads on television.',
    ],
  ])('%s', (html, text) => {
    const result = clean(html);
    expect(result.removed).toEqual([]);
    expect(result.text).toBe(text);
  });

  it('keeps an article container whose class merely mentions sharing', () => {
    const article = Array.from({ length: 5 }, (_, i) => `<p>Paragraph ${i} ${words(30)}</p>`).join(
      '',
    );
    const result = clean(
      `<div class="entry-content has-share-buttons">${article}</div><div class="share-bar">Share</div>`,
    );
    expect(result.blocks).toHaveLength(5);
    expect(result.rules).toEqual([['share-widget', 'Share']]);
  });
});

describe('cleanHtmlFragment: read-more break', () => {
  it.each([
    [
      'a button',
      '<p class="readmore"><button onclick="more()">Read more&#8230;</button></p>',
      'Read more…',
    ],
    [
      'a go-nowhere link',
      '<p><a href="#" class="expand">Continue reading</a></p>',
      'Continue reading',
    ],
    [
      'a role=button span',
      '<div><span role="button" tabindex="0">Show the full story »</span></div>',
      'Show the full story »',
    ],
  ])('the summary above %s is kept apart', (_name, button, buttonText) => {
    const result = clean(
      `<p>An editor's <a href="https://example.com/x">summary</a>.</p>${button}<hr>${BODY}`,
    );
    expect(result.summary).toBe("An editor's summary.");
    expect(result.text).toBe(BODY_TEXT);
    expect(result.rules).toEqual([
      ['summary-break', "An editor's summary."],
      ['button', buttonText],
    ]);
  });

  it.each([
    ['at the end of the article', `${BODY}<p><button>Read more</button></p>`],
    ['above less text than it', `${BODY}<p><button>Read more</button></p><p>${words(35)}</p>`],
    [
      'linking to another page',
      `<p>Summary.</p><p><a href="https://example.com/other">Read more</a></p>${BODY}`,
    ],
  ])('is not a break %s', (_name, html) => {
    const result = clean(html);
    expect(result.summary).toBeNull();
    expect(result.text).toContain(BODY_TEXT);
  });
});

describe('cleanHtmlFragment: syndication notices', () => {
  it.each([
    [
      'a disclaimer box',
      `${BODY}<div class="disclaimer"><p><em>All content created by the Example News Service, a nonprofit wire, is free to any publisher. All republished articles must credit us.</em></p></div>`,
      'Example News Service',
    ],
    [
      'a syndication container',
      `<div class="syndicated-from">This story originally appeared on The Example Times and is republished here with permission.</div>${BODY}`,
      'The Example Times',
    ],
    [
      'a closing paragraph',
      `${BODY}<p><em>This article was originally published by ProPublica.</em></p>`,
      'ProPublica',
    ],
    [
      'a long closing paragraph',
      `${BODY}<p>This report was originally published by the Center for Public Integrity, a nonprofit newsroom, and is republished under its terms, which require a credit line, a link and the author's name on every copy.</p>`,
      'Center for Public Integrity',
    ],
  ])('%s is removed and names the credit', (_name, html, credit) => {
    const result = clean(html);
    expect(result.text).toBe(BODY_TEXT);
    expect(result.credit).toBe(credit);
    expect(result.rules.map((r) => r[0])).toEqual(['syndication-notice']);
  });
});

describe('cleanHtmlFragment: blocks', () => {
  it.each([
    [
      'entities decoded, NBSP kept',
      '<p>Fish &amp; chips &mdash; &ldquo;good&rdquo;&nbsp;food&#8230;</p>',
      'Fish & chips — “good”\u00a0food…',
    ],
    [
      'inline elements joined as shown',
      '<p>Wash<b>ing</b>ton and <em>New</em> <strong>York</strong> are<span> two </span>cities.</p>',
      'Washington and New York are two cities.',
    ],
    [
      'whitespace runs collapse, damaged words stay',
      '<p>\n  Karen Bass d her  experience,a  typo\t stays. </p>',
      'Karen Bass d her experience,a typo stays.',
    ],
    [
      'one br is a space, two split paragraphs',
      '<p>line one<br>line two<br><br>next paragraph</p>',
      'line one line two\n\nnext paragraph',
    ],
    [
      'text loose in a section',
      '<section>Loose <i>text</i><p>Para</p>tail</section>',
      'Loose text\n\nPara\n\ntail',
    ],
    ['empty paragraphs dropped', '<p></p><p> &nbsp; </p><p>Kept</p><p><br></p>', 'Kept'],
    [
      'table cells apart',
      '<table><tr><td>Name</td><td>Votes</td></tr><tr><td>Ann</td><td>12</td></tr></table>',
      'Name Votes\n\nAnn 12',
    ],
  ])('%s', (_name, html, text) => {
    expect(clean(html).text).toBe(text);
  });

  it('keeps links as link inlines and drops unsafe targets', () => {
    const result = clean(
      '<p>See <a href="https://example.com/a"> the report</a>, <a href="javascript:alert(1)">this</a>, <a href="data:text/html,x">that</a>, <a href="#top">top</a>.</p>',
    );
    expect(result.blocks).toEqual([
      {
        kind: 'paragraph',
        inlines: [
          { kind: 'text', text: 'See ' },
          { kind: 'link', text: 'the report', href: 'https://example.com/a' },
          { kind: 'text', text: ', this, that, top.' },
        ],
      },
    ]);
    expect(result.rules).toEqual([
      ['unsafe-link', 'this'],
      ['unsafe-link', 'that'],
    ]);
  });

  it('converts headings, quotes and lists', () => {
    const result = clean(
      '<h1>Top</h1><h3>Sub</h3><h6>Small</h6><blockquote><p>Quoted one.</p><p>Quoted two.</p></blockquote><ol><li>First</li><li>Second<ul><li>Inner</li></ul></li></ol>',
    );
    expect(result.blocks).toEqual([
      { kind: 'heading', level: 2, inlines: [{ kind: 'text', text: 'Top' }] },
      { kind: 'heading', level: 3, inlines: [{ kind: 'text', text: 'Sub' }] },
      { kind: 'heading', level: 4, inlines: [{ kind: 'text', text: 'Small' }] },
      {
        kind: 'quote',
        paragraphs: [
          [{ kind: 'text', text: 'Quoted one.' }],
          [{ kind: 'text', text: 'Quoted two.' }],
        ],
      },
      {
        kind: 'list',
        ordered: true,
        items: [
          [{ kind: 'text', text: 'First' }],
          [{ kind: 'text', text: 'Second' }],
          [{ kind: 'text', text: 'Inner' }],
        ],
      },
    ]);
  });
});

describe('cleanHtmlFragment: metadata stated in the text', () => {
  it('reads outlet and year off a removed copyright line', () => {
    const result = clean(`${BODY}<p>© 2024 Example Gazette. All rights reserved.</p>`);
    expect(result.rules.map((r) => r[0])).toEqual(['copyright-line']);
    expect(result.meta.outlet).toEqual({ name: 'Example Gazette', origin: 'copyright' });
    expect(result.meta.published).toEqual({
      value: '2024',
      precision: 'year',
      origin: 'copyright',
    });
  });

  it('states nothing when the text says nothing', () => {
    expect(clean(BODY).meta).toEqual({
      title: null,
      byline: null,
      published: null,
      modified: null,
      outlet: null,
      canonicalUrl: null,
      tags: [],
      language: null,
    });
  });
});

describe('cleanHtmlSelection', () => {
  it('cleans a chosen container without removing the container itself', () => {
    const $ = load(
      `<body><div class="post social-share-enabled">${BODY}<div class="sharedaddy">Share</div></div></body>`,
    );
    const result = cleanHtmlSelection($('div.post'));
    expect(blocksToText(result.blocks)).toBe(BODY_TEXT);
    expect(result.removed).toEqual([{ rule: 'share-widget', text: 'Share' }]);
    expect($('div.sharedaddy')).toHaveLength(1);
  });
});

describe('cleanHtmlFragment: limits', () => {
  it('handles markup nested 10,000 deep without exhausting the stack', () => {
    for (const tag of ['div', 'blockquote', 'span', 'ul']) {
      const html = `<${tag}>`.repeat(10_000) + 'deep text' + `</${tag}>`.repeat(10_000);
      const result = cleanHtmlFragment(html);
      expect(blocksToText(result.blocks)).toBe('deep text');
      expect(blocksToMarkdown(result.blocks)).toContain('deep text');
    }
  }, 60_000);
});
