import { describe, expect, it } from 'vitest';
import type { CopyDocument } from './copy-text.ts';
import { createPrng } from './prng.ts';
import { writeHtmlPage } from './write-html-page.ts';
import { writePlainText } from './write-plain-text.ts';
import { writeWordPress } from './write-wordpress.ts';

const DOC: CopyDocument = {
  plan: {
    file: '000001-1-the-metro-post.txt',
    story: 1,
    copy: 1,
    outlet: 0,
    kind: 'syndicated',
    firstOutlet: 1,
    published: '2021-03-04T09:30:00-05:00',
  },
  story: {
    index: 1,
    seed: 5,
    day: '2021-03-04',
    tags: ['courts', 'local government'],
    quotes: [0],
  },
  outlet: {
    name: 'The Metro Post',
    domain: 'metropost.example',
    format: 'plain-text',
    singleNewlines: false,
  },
  title: 'Council delays the budget vote',
  paragraphs: [
    'The council met on Tuesday to discuss the budget & the roads.',
    '“We have to fix the roads before the winter comes,” the mayor said to the press — again.',
    'The budget vote was delayed for a week by the council. Residents of the city were angry about <this>.',
  ],
  byline: 'Grace Novak',
  credit: 'The Valley Wire',
  url: 'https://www.metropost.example/2021/000001-1-the-metro-post/',
};

const ENTITIES: Readonly<Record<string, string>> = {
  rsquo: '’',
  ldquo: '“',
  rdquo: '”',
  amp: '&',
  mdash: '—',
  lt: '<',
  gt: '>',
  quot: '"',
};
const visible = (html: string): string =>
  html.replace(/<[^>]*>/g, '').replace(/&([a-z]+);/g, (m, name: string) => ENTITIES[name] ?? m);

describe.each([1, 2, 3, 4, 5, 6])('writers with junk seed %i', (seed) => {
  it('plain text holds every paragraph verbatim, the syndication notice, and is deterministic', () => {
    const text = writePlainText(DOC, createPrng(seed));
    for (const p of DOC.paragraphs) expect(text).toContain(p);
    expect(text).toContain('This article originally appeared on The Valley Wire.');
    expect(writePlainText(DOC, createPrng(seed))).toBe(text);
  });

  it('WordPress is a REST API post whose content shows every paragraph', () => {
    const post = JSON.parse(writeWordPress(DOC, createPrng(seed))) as {
      content: { rendered: string };
      title: { rendered: string };
      date: string;
      class_list: string[];
    };
    const shown = visible(post.content.rendered).replace(/\s+/g, ' ');
    for (const p of DOC.paragraphs) expect(shown).toContain(p);
    expect(visible(post.title.rendered)).toBe(DOC.title);
    expect(post.date).toBe('2021-03-04T09:30:00');
    expect(post.class_list).toContain('tag-local-government');
    expect(post.content.rendered).toContain('class="disclaimer"');
  });

  it('the HTML page holds every paragraph inside its article, with page furniture around it', () => {
    const html = writeHtmlPage(DOC, createPrng(seed));
    const article = /<article[\s\S]*<\/article>/.exec(html)?.[0] ?? '';
    for (const p of DOC.paragraphs) expect(visible(article).replace(/\s+/g, ' ')).toContain(p);
    expect(html).toMatch(/^<!DOCTYPE html>/);
    expect(html).toContain(
      '<meta property="article:published_time" content="2021-03-04T09:30:00-05:00">',
    );
    expect(html).toContain('<nav');
    expect(html).toContain('<footer');
  });
});
