import { describe, expect, it } from 'vitest';
import { paragraphsWithLinks } from './paragraph-links.ts';

const TEXT = 'Trump wrote a post on Monday.\n\nThe mayor & the council replied.';

describe('paragraphsWithLinks', () => {
  it.each([
    ['no HTML: paragraphs without links', undefined, [[], []]],
    [
      'a link in the first paragraph',
      '<p>Trump wrote a <a href="https://t.example/p">post</a> on Monday.</p>\n<p>The mayor &amp; the council replied.</p>',
      [[{ start: 14, end: 18, href: 'https://t.example/p' }], []],
    ],
    [
      'an entity and a line break folded into HTML whitespace',
      '<p>Trump wrote a post\non Monday.</p><p>The <a href="https://m.example/">mayor &amp; the</a> council replied.</p>',
      [[], [{ start: 4, end: 15, href: 'https://m.example/' }]],
    ],
    [
      'links to anything but the web are left out',
      '<p>Trump wrote a <a href="javascript:alert(1)">post</a> on Monday.</p><p>The mayor &amp; the council replied.</p>',
      [[], []],
    ],
    [
      'an embedded post is not the outlet text',
      '<p>Trump wrote a post on Monday.</p><figure><a href="https://x.example/">Embedded</a></figure><p>The mayor &amp; the <a href="https://c.example/">council</a> replied.</p>',
      [[], [{ start: 16, end: 23, href: 'https://c.example/' }]],
    ],
    [
      'HTML that holds other words: no links rather than misplaced ones',
      '<p>Trump wrote a <a href="https://t.example/p">long post</a> on Monday.</p><p>The mayor &amp; the council replied.</p>',
      [[], []],
    ],
  ])('%s', (_name, html, links) => {
    const paragraphs = paragraphsWithLinks(TEXT, html);
    expect(paragraphs.map((p) => p.text)).toEqual([
      'Trump wrote a post on Monday.',
      'The mayor & the council replied.',
    ]);
    expect(paragraphs.map((p) => p.links)).toEqual(links);
  });

  it('places a link on the words it covers', () => {
    const html = '<p>Trump wrote a post on <a href="https://d.example/">Monday</a>.</p>';
    const [first] = paragraphsWithLinks('Trump wrote a post on Monday.', html);
    const link = first?.links[0];
    expect(first?.text.slice(link?.start, link?.end)).toBe('Monday');
  });
});
