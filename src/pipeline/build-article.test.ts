import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { InputError } from '../ingest/input-error.ts';
import { buildArticles } from './build-article.ts';

const bytes = (s: string): Uint8Array => new TextEncoder().encode(s);
const PROSE =
  'The council voted on Tuesday to close the old bridge for repairs. Residents said the ' +
  'detour would add twenty minutes to their commute, and the mayor promised a quick job.';
const post = (extra: Record<string, unknown> = {}) => ({
  id: 7,
  date: '2025-03-04T10:00:00',
  date_gmt: '2025-03-04T15:00:00',
  link: 'https://news.example/bridge/',
  title: { rendered: 'Bridge to close' },
  content: { rendered: `<p>${PROSE}</p>` },
  excerpt: { rendered: '' },
  ...extra,
});

describe('bad input: a one-line error naming the file, never a stack trace', () => {
  it.each([
    ['empty file', bytes(''), /empty/],
    ['binary file', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x00, 0x00, 0x00, 0x0d]), /binary/],
    ['a WARC web archive', bytes(`WARC/1.0\r\nWARC-Type: response\r\n\r\n${PROSE}`), /WARC/],
    ['truncated JSON', bytes(JSON.stringify(post()).slice(0, 60)), /JSON/],
    ['JSON that is not a post', bytes('{"name": "x", "items": [1, 2]}'), /not a WordPress/],
    [
      'a post with no content',
      bytes(JSON.stringify(post({ content: { rendered: '' } }))),
      /content/,
    ],
    ['an RSS feed', bytes('<?xml version="1.0"?><rss><channel/></rss>'), /an RSS feed/],
    ['XML that is not HTML', bytes('<?xml version="1.0"?><list><item/></list>'), /unknown format/],
    ['no prose', bytes('1,2,3\n4,5,6\n7,8,9\n'), /unknown format/],
    ['a 50 MB file', new Uint8Array(50 * 1024 * 1024).fill(0x61), /over the .* limit/],
  ])('%s', (_name, input, reason) => {
    let caught: unknown;
    try {
      buildArticles({ file: 'in/bad.file', bytes: input });
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(InputError);
    const message = (caught as InputError).message;
    expect(message.startsWith('in/bad.file: ')).toBe(true);
    expect(message).toMatch(reason);
    expect(message).not.toMatch(/\n\s+at /);
  });
});

describe('formats are detected from content, not the file name', () => {
  it.each([
    ['a post named .txt', 'post.txt', JSON.stringify(post()), 'wordpress-json'],
    [
      'an array of posts',
      'posts.html',
      JSON.stringify([post(), post({ id: 8 })]),
      'wordpress-json',
    ],
    ['plain text named .json', 'copy.json', `${PROSE}\n\n${PROSE}`, 'plain-text'],
    ['an HTML fragment named .txt', 'frag.txt', `<p>${PROSE}</p>\n<p>${PROSE}</p>`, 'html'],
    [
      'a whole page named .md',
      'page.md',
      `<!doctype html><html><head><title>T</title></head><body><article><p>${PROSE}</p><p>${PROSE}</p></article></body></html>`,
      'html',
    ],
  ])('%s', (_name, file, text, format) => {
    const entries = buildArticles({ file, bytes: bytes(text) });
    expect(entries.length).toBeGreaterThan(0);
    for (const entry of entries) expect(entry.data.source.format).toBe(format);
  });

  it('gives each post of an array its own entry', () => {
    const entries = buildArticles({
      file: 'posts.json',
      bytes: bytes(JSON.stringify([post(), post({ id: 8 })])),
    });
    expect(entries.map((e) => e.data.id)).toEqual(['posts-1', 'posts-2']);
  });
});

describe('how the bytes were read is recorded in the provenance', () => {
  const page = (head: string, ...body: (string | number[])[]): Uint8Array => {
    const [before, after] =
      `<!doctype html><html><head>${head}<title>T</title></head><body><article><p>|</p><p>${PROSE}</p></article></body></html>`.split(
        '|',
      );
    const parts = body.map((b) => (typeof b === 'string' ? bytes(b) : new Uint8Array(b)));
    return new Uint8Array([...bytes(before!), ...parts.flatMap((b) => [...b]), ...bytes(after!)]);
  };
  it.each([
    [
      'undeclared UTF-8 plain text',
      'copy.txt',
      bytes(`${PROSE}\n\n${PROSE}`),
      { encoding: 'UTF-8', method: 'sniffed', replaced: 0, nul: 0 },
      'council voted',
    ],
    [
      'declared UTF-8 with two invalid bytes: replaced, not refused',
      'page.html',
      page('<meta charset="utf-8">', 'The caf', [0xe9], 'e', [0x92], 's owner spoke.'),
      { encoding: 'UTF-8', method: 'declared', replaced: 2, nul: 0 },
      'The caf\ufffde\ufffds owner spoke.',
    ],
    [
      'NUL in HTML: dropped, as the HTML parser drops it',
      'page.html',
      page('', 'The har\0bour reopened.'),
      { encoding: 'UTF-8', method: 'sniffed', replaced: 0, nul: 1 },
      'The harbour reopened.',
    ],
    [
      'NUL in plain text: replaced',
      'copy.txt',
      bytes(`${PROSE} The har\0bour reopened.\n\n${PROSE}`),
      { encoding: 'UTF-8', method: 'sniffed', replaced: 0, nul: 1 },
      'The har\ufffdbour reopened.',
    ],
    [
      'declared windows-1252: curly quotes and dashes as printed',
      'page.html',
      page('<meta charset="windows-1252">', [0x93, 0x41, 0x94, 0x20, 0x96, 0x20, 0x97]),
      { encoding: 'windows-1252', method: 'declared', replaced: 0, nul: 0 },
      '“A” – —',
    ],
  ])('%s', (_name, file, input, decoding, text) => {
    const [entry] = buildArticles({ file, bytes: input });
    expect(entry!.data.source.decoding).toEqual(decoding);
    expect(entry!.data.text).toContain(text);
  });
});

describe('hostile markup gives a clean entry with nothing executable', () => {
  const hostile = [
    '<p onclick="alert(1)">Click <a href="javascript:alert(2)">here</a> now.</p>',
    '<script>alert(3)</script><style>p{color:red}</style>',
    '<iframe src="https://evil.example/"></iframe>',
    `<p><img src=x onerror="alert(4)">${PROSE}</p>`,
    '<p>&lt;script&gt;alert(5)&lt;/script&gt; is text</p>',
  ].join('\n');
  it.each([
    ['an HTML fragment', hostile],
    ['a WordPress post', JSON.stringify(post({ content: { rendered: hostile } }))],
  ])('%s', (_name, text) => {
    const [entry] = buildArticles({ file: 'hostile', bytes: bytes(text) });
    expect(entry).toBeDefined();
    expect(entry!.markdown).not.toMatch(/(?<!\\)<(?:script|iframe|style)|javascript:/i);
    expect(entry!.markdown).not.toMatch(/\son\w+\s*=/i);
    expect(entry!.data.text).toContain('<script>alert(5)</script> is text');
    expect(entry!.data.removed.map((r) => r.rule)).toEqual(expect.arrayContaining(['script']));
  });

  it('survives HTML nested 10,000 deep', () => {
    const deep = `${'<div>'.repeat(10_000)}<p>${PROSE}</p>${'</div>'.repeat(10_000)}`;
    const run = () => buildArticles({ file: 'deep.html', bytes: bytes(deep) });
    try {
      const [entry] = run();
      expect(entry!.data.text).toContain('council voted');
    } catch (error) {
      expect(error).toBeInstanceOf(InputError);
    }
  });

  it('only ever throws InputError, and never emits script or handlers (property)', () => {
    const piece = fc.constantFrom(
      '<p>',
      '</p>',
      '<div class="share">',
      '</div>',
      '<script>x()</script>',
      '<a href="javascript:x()">',
      '</a>',
      '<img onerror="x()">',
      '<iframe src=x>',
      '<style>a{}</style>',
      '{"content":',
      PROSE,
      ' ',
      '\n\n',
    );
    fc.assert(
      fc.property(fc.array(fc.oneof(piece, fc.string()), { maxLength: 30 }), (parts) => {
        try {
          for (const entry of buildArticles({ file: 'p', bytes: bytes(parts.join('')) })) {
            expect(entry.markdown).not.toMatch(/(?<!\\)<script/i);
            expect(entry.markdown).not.toMatch(/(?<!\\)<[a-z][^>]*\son\w+\s*=/i);
          }
        } catch (error) {
          expect(error).toBeInstanceOf(InputError);
        }
      }),
      { numRuns: 300 },
    );
  });
});
