import { type CheerioAPI, load } from 'cheerio/slim';
import type { Element } from 'domhandler';
import { describe, expect, it } from 'vitest';
import { classWeight, linkDensity, scoreNodes } from './score-nodes.ts';

/** The first element `selector` matches (the fixture is written to have one). */
function element($: CheerioAPI, selector: string): Element {
  const el = $(selector).get(0);
  if (el?.type !== 'tag') throw new Error(`fixture has no ${selector}`);
  return el;
}

const stats = (html: string, selector: string) => {
  const $ = load(html);
  return scoreNodes($.root().toArray()).get(element($, selector));
};

describe('scoreNodes', () => {
  it.each([
    ['<div id="t"><p>abc def</p><a href="/">gh ij</a></div>', { chars: 10, linkChars: 4 }],
    ['<div id="t"><a href="/"><b>xy</b></a></div>', { chars: 2, linkChars: 2 }],
    ['<div id="t"></div>', { chars: 0, linkChars: 0 }],
    ['<div id="t"><a name="part-2">Part two</a></div>', { chars: 7, linkChars: 0 }],
    ['<div id="t"><a id="x">ab</a><a href="#x">cd</a></div>', { chars: 4, linkChars: 2 }],
  ])('%s counts non-space characters and link text', (html, expected) => {
    expect(stats(html, '#t')).toMatchObject(expected);
  });

  it('counts prose paragraphs (25+ characters outside links) and loose text in boxes', () => {
    const p = 'A sentence, long enough, to count as prose here.';
    const n = p.replace(/\s/g, '').length;
    expect(stats(`<div id="t"><p>${p}</p><p>short</p></div>`, '#t')?.paragraphChars).toBe(n);
    expect(stats(`<div id="t">${p}<br>${p}</div>`, '#t')?.paragraphChars).toBe(2 * n);
  });

  it.each([
    ['an empty element with a content class word', '<span id="t" class="text-muted"></span>'],
    ['a short line with a content class word', '<div id="t" class="article-text">Foto: dpa</div>'],
  ])('gives %s no score', (_name, html) => {
    expect(stats(`<div>${html}</div>`, '#t')?.score).toBe(0);
  });

  it('scores two long comma-less paragraphs above an empty element with a content class word', () => {
    const p = 'A long sentence of prose without a pause '.repeat(8);
    const html = `<div><div id="a"><p>${p}</p><p>${p}</p></div><i id="b" class="text"></i></div>`;
    expect(stats(html, '#a')?.score ?? 0).toBeGreaterThan(stats(html, '#b')?.score ?? 0);
  });

  it('scores a parent of prose above a parent of links', () => {
    const p = '<p>A sentence, long enough, with commas, to count as prose here.</p>';
    const html = `<div id="prose">${p.repeat(3)}</div><div id="links">${'<p><a href="/">A link that is long enough to count here</a></p>'.repeat(3)}</div>`;
    expect(stats(html, '#prose')?.score).toBeGreaterThan(stats(html, '#links')?.score ?? Infinity);
  });
});

describe('classWeight and linkDensity', () => {
  it.each([
    ['<div class="article-body">', 25],
    ['<div id="sidebar">', -25],
    ['<div class="post comment">', 0],
    ['<div>', 0],
  ])('%s -> %d', (html, weight) => expect(classWeight(element(load(html), 'div'))).toBe(weight));

  it.each([
    [undefined, 0],
    [{ chars: 0, linkChars: 0, paragraphChars: 0, score: 0 }, 0],
    [{ chars: 10, linkChars: 4, paragraphChars: 0, score: 0 }, 0.4],
  ])('%j -> %d', (s, density) => expect(linkDensity(s)).toBe(density));
});
