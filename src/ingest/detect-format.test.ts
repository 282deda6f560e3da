import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { detectFormat, type DetectedInput, unreadFormat } from './detect-format.ts';
import { InputError } from './input-error.ts';

const PROSE =
  'The council voted on Tuesday to close the old bridge for repairs. Residents said the ' +
  'detour would add twenty minutes to their commute.';
const POST = {
  id: 7,
  link: 'https://news.example/bridge/',
  title: { rendered: 'Bridge to close' },
  content: { rendered: `<p>${PROSE}</p>` },
};

/** What detection found, without the text: the format and, for HTML, the shape. */
function found(input: DetectedInput): string {
  if (input.format === 'html') return `html ${input.shape}`;
  if (input.format === 'wordpress-json') return `wordpress-json ${input.posts.length}`;
  return input.format;
}

/** The one-line reason detection gives for `text`, or null when it reads it. */
function refusal(text: string): string | null {
  try {
    detectFormat('in/x.bin', text);
    return null;
  } catch (error) {
    if (!(error instanceof InputError)) throw error;
    return error.message;
  }
}

describe('detectFormat: what an input is, from its content', () => {
  it.each([
    ['a post', JSON.stringify(POST), 'wordpress-json 1'],
    ['an array of posts', JSON.stringify([POST, { ...POST, id: 8 }]), 'wordpress-json 2'],
    ['a whole page', `<!DOCTYPE html><html><body><p>${PROSE}</p></body></html>`, 'html page'],
    ['a page without a doctype', `<html lang="en"><p>${PROSE}</p></html>`, 'html page'],
    ['a fragment', `<p>${PROSE}</p>\n<p>${PROSE}</p>`, 'html fragment'],
    ['a fragment holding a body tag later', `<div>\n<p>${PROSE}</p>\n<body></div>`, 'html page'],
    ['prose', `${PROSE}\n\n${PROSE}`, 'plain-text'],
    ['prose opening with a stray tag', `<b>Note</b>\n${`${PROSE}\n`.repeat(5)}`, 'plain-text'],
  ])('%s', (_name, text, expected) => {
    expect(found(detectFormat('any.name', text))).toBe(expected);
  });

  it('parses JSON once: the posts it holds come with it', () => {
    const detected = detectFormat('post.txt', JSON.stringify(POST));
    expect(detected.format === 'wordpress-json' && detected.posts[0]?.title?.rendered).toBe(
      'Bridge to close',
    );
  });

  it.each([
    ['a WARC', `WARC/1.0\r\nWARC-Type: response\r\n\r\n${PROSE}`, /a WARC web archive/],
    ['an RSS feed', '<?xml version="1.0"?><rss version="2.0"><channel/></rss>', /an RSS feed/],
    ['an Atom feed', '<!-- feed --><feed xmlns="http://www.w3.org/2005/Atom"/>', /an Atom feed/],
    ['an RDF feed', '<?xml version="1.0"?><rdf:RDF xmlns:rdf="x">', /RSS 1\.0/],
    ['XML that is not HTML', '<?xml version="1.0"?><list><item/></list>', /XML that is not HTML/],
    ['numbers', '1,2,3\n4,5,6\n7,8,9\n', /neither a WordPress post, HTML, nor prose/],
    ['truncated JSON', JSON.stringify(POST).slice(0, 40), /truncated or invalid JSON/],
    ['invalid JSON', '{"title": nope}', /truncated or invalid JSON/],
    ['JSON that is not a post', '{"name": "x", "items": [1, 2]}', /not a WordPress REST API post/],
    ['an empty array', '[]', /holds no posts/],
  ])('refuses %s, naming the file', (_name, text, reason) => {
    const message = refusal(text);
    expect(message).toMatch(/^in\/x\.bin: /);
    expect(message).toMatch(reason);
    expect(message).not.toContain('\n');
  });

  it.each([
    ['HTML drops them', `<p>${PROSE}\0</p>\n<p>a\0b</p>`, 'ab', '\ufffd'],
    ['prose replaces them', `${PROSE}\0\n\na\0b`, 'a\ufffdb', '\0'],
  ])('NUL characters are counted; %s', (_name, text, kept, absent) => {
    const detected = detectFormat('f', text);
    expect(detected.nul).toBe(2);
    expect(detected.text).toContain(kept);
    expect(detected.text).not.toContain(absent);
  });
});

describe('unreadFormat', () => {
  it.each([
    ['WARC/1.1\nWARC-Type: warcinfo\n', /WARC/],
    ['<rss><channel/></rss>', /RSS feed/],
    [`<p>${PROSE}</p>`, null],
    [PROSE, null],
  ])('%j -> %s', (head, expected) => {
    const why = unreadFormat(head);
    if (expected === null) expect(why).toBeNull();
    else expect(why).toMatch(expected);
  });
});

describe('detectFormat on any text', () => {
  const texts = fc.oneof(
    fc.string(),
    fc.string().map((s) => `<p>${s}</p>`),
    fc.string().map((s) => `<html>${s}`),
    fc.jsonValue().map((v) => JSON.stringify(v)),
    fc.jsonValue().map((v) => JSON.stringify({ ...POST, content: v })),
  );

  it('reads it or refuses it with an InputError, nothing else', () => {
    fc.assert(
      fc.property(texts, (text) => {
        const why = refusal(text);
        expect(why === null || why.startsWith('in/x.bin: ')).toBe(true);
      }),
    );
  });

  it('calls HTML a page exactly when it holds whole-page markup, and keeps no NUL', () => {
    fc.assert(
      fc.property(texts, (text) => {
        const detected = refusal(text) === null ? detectFormat('f', text) : null;
        if (detected?.format !== 'html') return;
        expect(detected.shape === 'page').toBe(
          /<(?:html|head|body)[\s>]|<!doctype\s+html/i.test(text),
        );
        expect(detected.text).not.toContain('\0');
      }),
    );
  });
});
