/**
 * The hostile battery: inputs built to attack the archive, one case per rule it exercises, each
 * through the whole pipeline. Every case ends as either a clean entry (its body rendered by the
 * same Markdown processor Astro uses holds no active content, and its export record carries only
 * web addresses) or a one-line error naming the file, never anything else.
 */
import { createMarkdownProcessor } from '@astrojs/markdown-remark';
import { load } from 'cheerio';
import { gzipSync } from 'node:zlib';
import { beforeAll, describe, expect, it } from 'vitest';
import { articleRecord } from '../export/articles-json.ts';
import { isInputError } from '../ingest/input-error.ts';
import { buildArticles } from './build-article.ts';
import { serializeEntry } from './entry-file.ts';

const PROSE =
  'The council voted on Tuesday to close the old bridge for repairs, and residents said the ' +
  'detour would add twenty minutes to their commute.';

type Outcome = 'entry' | 'error';

interface HostileCase {
  readonly rule: string;
  readonly file: string;
  readonly input: string | Uint8Array;
  readonly outcome: Outcome;
  /** Characters the entry's text must keep exactly as printed. */
  readonly keeps?: readonly string[];
}

const page = (head: string, body: string): string =>
  `<!doctype html><html><head><title>Bridge closes</title>${head}</head><body><article><h1>Bridge closes</h1><p>${PROSE}</p>${body}<p>${PROSE}</p></article></body></html>`;
const fragment = (html: string): string => `<p>${PROSE}</p>${html}<p>${PROSE}</p>`;
const post = (fields: Record<string, unknown>): string =>
  JSON.stringify({
    id: 7,
    title: { rendered: 'Bridge closes' },
    content: { rendered: `<p>${PROSE}</p>` },
    ...fields,
  });

/** Markup that is active in a browser, in the forms the battery throws at each cleaner. */
const ACTIVE_MARKUP: readonly [string, string][] = [
  ['script element', '<script>alert(1)</script>'],
  ['script in odd case', '<ScRiPt>alert(2)</sCrIpT>'],
  ['event handler in any case', '<p OnClIcK="alert(3)">Click the bridge</p>'],
  ['event handler on an image', '<img src="https://example.org/a.png" onerror="alert(4)">'],
  ['javascript: link', '<a href="javascript:alert(5)">the plan</a>'],
  ['javascript: link with entities', '<a href="jav&#x09;ascript:alert(6)">the plan</a>'],
  ['javascript: link with control characters', '<a href="java\u0001script:alert(7)">x</a>'],
  ['javascript: link with spaces and case', '<a href="  JaVaScRiPt:alert(8)">the plan</a>'],
  ['data: link', '<a href="data:text/html,<script>alert(9)</script>">the plan</a>'],
  ['vbscript: link', '<a href="vbscript:msgbox(10)">the plan</a>'],
  ['iframe srcdoc', '<iframe srcdoc="<script>alert(11)</script>"></iframe>'],
  ['SVG script', '<svg><script>alert(12)</script><a href="javascript:alert(12)">x</a></svg>'],
  ['MathML link', '<math><mi xlink:href="javascript:alert(13)">x</mi></math>'],
  ['object and embed', '<object data="x.swf"></object><embed src="x.swf">'],
  [
    'form with a javascript: action',
    '<form action="javascript:alert(14)"><button>Go</button></form>',
  ],
  ['CSS expression', '<p style="width: expression(alert(15))">Styled words here</p>'],
  ['style element', '<style>body { background: url("javascript:alert(16)") }</style>'],
  ['template holding a script', '<template><script>alert(17)</script></template>'],
  ['noscript holding markup', '<noscript><img src=x onerror=alert(18)></noscript>'],
  ['base element', '<base href="https://evil.example/">'],
  ['meta refresh', '<meta http-equiv="refresh" content="0;url=https://evil.example/">'],
  ['link element', '<link rel="stylesheet" href="https://evil.example/x.css">'],
  [
    'embedded tweet with a javascript: link',
    '<blockquote class="twitter-tweet"><p>Words of the post</p>&mdash; Someone (@someone) <a href="javascript:alert(19)">June 1, 2025</a></blockquote>',
  ],
];

const CASES: readonly HostileCase[] = [
  ...ACTIVE_MARKUP.map(([rule, html]) => ({
    rule: `fragment: ${rule}`,
    file: 'fragment.html',
    input: fragment(html),
    outcome: 'entry' as const,
  })),
  ...ACTIVE_MARKUP.map(([rule, html]) => ({
    rule: `page: ${rule}`,
    file: 'page.html',
    input: page(html, html),
    outcome: 'entry' as const,
  })),
  ...ACTIVE_MARKUP.map(([rule, html]) => ({
    rule: `WordPress post: ${rule}`,
    file: 'post.json',
    input: post({ content: { rendered: fragment(html) } }),
    outcome: 'entry' as const,
  })),
  {
    rule: 'plain text: raw HTML stays text',
    file: 'copy.txt',
    input: `${PROSE}\n\n<img src=x onerror=alert(20)> <script>alert(21)</script>\n`,
    outcome: 'entry',
  },
  {
    rule: 'plain text: a Markdown link to javascript: stays text',
    file: 'copy.txt',
    input: `${PROSE}\n\n[click me](javascript:alert(22)) and <javascript:alert(23)>\n`,
    outcome: 'entry',
  },
  {
    rule: 'plain text: front matter and HTML comment injection',
    file: 'copy.txt',
    input: `---\ntitle: forged\n---\n\n${PROSE}\n\n<!-- x --> </p><script>alert(24)</script>\n`,
    outcome: 'entry',
  },
  {
    rule: 'WordPress: title with markup and a script-closing tag',
    file: 'post.json',
    input: post({ title: { rendered: 'Bridge <script>alert(25)</script></script><b>closes</b>' } }),
    outcome: 'entry',
  },
  {
    rule: 'WordPress: javascript: link and protocol-relative image',
    file: 'post.json',
    input: post({
      link: 'javascript:alert(26)',
      jetpack_featured_media_url: '//evil.example/p.png',
    }),
    outcome: 'entry',
  },
  {
    rule: 'page: javascript: and host-relative image addresses',
    file: 'page.html',
    input: page(
      '<meta property="og:image" content="javascript:alert(27)"><link rel="canonical" href="javascript:alert(28)">',
      '<figure><img src="//evil.example/p.png" alt="A bridge"><figcaption>The bridge</figcaption></figure>',
    ),
    outcome: 'entry',
  },
  {
    rule: 'Unicode tricks: bidi overrides and zero-width characters are kept as printed',
    file: 'copy.txt',
    input: `Bridge \u202eesolc\u202c closes\n\n${PROSE}\u200b\u2066x\u2069\n`,
    outcome: 'entry',
    keeps: ['\u202eesolc\u202c', '\u200b\u2066x\u2069'],
  },
  { rule: 'empty file', file: 'empty.txt', input: '', outcome: 'error' },
  { rule: 'only whitespace', file: 'blank.txt', input: ' \n\t\n', outcome: 'error' },
  {
    rule: 'binary data (NUL bytes)',
    file: 'image.png',
    input: new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d]),
    outcome: 'error',
  },
  {
    rule: 'gzip bomb',
    file: 'bomb.html.gz',
    input: new Uint8Array(gzipSync(Buffer.alloc(64 * 1024 * 1024, 0x20))),
    outcome: 'error',
  },
  {
    rule: 'truncated gzip',
    file: 'cut.gz',
    input: new Uint8Array([0x1f, 0x8b, 8, 0]),
    outcome: 'error',
  },
  {
    rule: 'oversized file',
    file: 'huge.txt',
    input: new Uint8Array(21 * 1024 * 1024).fill(0x61),
    outcome: 'error',
  },
  {
    rule: 'markup nested 100,000 deep',
    file: 'deep.html',
    input: `<p>${PROSE}</p>${'<div>'.repeat(100_000)}x${'</div>'.repeat(100_000)}`,
    outcome: 'error',
  },
  {
    rule: 'truncated JSON',
    file: 'cut.json',
    input: '{"id": 1, "content": {"rend',
    outcome: 'error',
  },
  {
    rule: 'JSON that is not a post',
    file: 'other.json',
    input: '{"hello": "world"}',
    outcome: 'error',
  },
  {
    rule: 'markup with no text',
    file: 'empty.html',
    input: '<div><script>x</script></div>',
    outcome: 'error',
  },
];

/** Elements that must never reach an article page. */
const ACTIVE_ELEMENTS =
  'script, iframe, frame, object, embed, applet, base, meta, link, style, svg, math, form, template, noscript, input, button';

let markdown: Awaited<ReturnType<typeof createMarkdownProcessor>>;
beforeAll(async () => {
  markdown = await createMarkdownProcessor({ smartypants: false });
});

/** The problems of a rendered body: active elements, handlers, non-web link targets. */
function activeContent(html: string): string[] {
  const $ = load(html);
  const found = $(ACTIVE_ELEMENTS)
    .toArray()
    .map((el) => `<${el.tagName}>`);
  for (const el of $('*').toArray()) {
    if (!('attribs' in el)) continue;
    for (const [name, value] of Object.entries(el.attribs as Record<string, string>)) {
      if (/^on/i.test(name) || name === 'srcdoc' || name === 'style') found.push(`${name}=`);
      if (/^(?:href|src|action|formaction|xlink:href)$/i.test(name)) {
        const scheme = /^\s*([a-z][a-z0-9+.-]*):/i.exec(value.replace(/[\u0000-\u0020]/g, ''));
        if (scheme && !['http', 'https', 'mailto'].includes(scheme[1]?.toLowerCase() ?? ''))
          found.push(`${name}=${value}`);
      }
    }
  }
  return found;
}

/** Addresses in an export record that are not absolute web addresses. */
function unsafeAddresses(record: ReturnType<typeof articleRecord>): string[] {
  const urls = [
    record.canonicalUrl,
    ...record.images.map((i) => i.url),
    ...record.embeds.map((e) => e.url),
  ];
  return urls.filter((u): u is string => u !== null && !/^https?:\/\/[^/]/i.test(u.trim()));
}

describe('hostile inputs: a clean entry or a one-line error', () => {
  it.each(CASES)(
    '$rule ($file)',
    async (c) => {
      const bytes = typeof c.input === 'string' ? new TextEncoder().encode(c.input) : c.input;
      let entries: ReturnType<typeof buildArticles> = [];
      let error: unknown = null;
      try {
        entries = buildArticles({ file: c.file, bytes });
      } catch (caught) {
        error = caught;
      }
      if (c.outcome === 'error') {
        expect(isInputError(error), String(error)).toBe(true);
        const message = (error as Error).message;
        expect(message.startsWith(`${c.file}: `)).toBe(true);
        expect(message).not.toMatch(/[\n\r]/);
        return;
      }
      expect(error).toBeNull();
      expect(entries.length).toBeGreaterThan(0);
      for (const entry of entries) {
        const rendered = await markdown.render(entry.markdown);
        expect(activeContent(rendered.code)).toEqual([]);
        expect(unsafeAddresses(articleRecord(entry.data))).toEqual([]);
        expect(entry.markdown).not.toMatch(/(?<!\\)<\/?script/i);
        expect(serializeEntry(entry).startsWith(`---\nid: "${entry.data.id}"\n`)).toBe(true);
        for (const kept of c.keeps ?? []) expect(entry.data.text).toContain(kept);
      }
    },
    60_000,
  );
});
