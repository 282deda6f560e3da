import { type CheerioAPI, load } from 'cheerio/slim';
import type { Element } from 'domhandler';
import { describe, expect, it } from 'vitest';
import { pruneContainer, stripPage } from './prune-page.ts';
import { scoreNodes } from './score-nodes.ts';

/** The first element `selector` matches (the fixture is written to have one). */
function element($: CheerioAPI, selector: string): Element {
  const el = $(selector).get(0);
  if (el?.type !== 'tag') throw new Error(`fixture has no ${selector}`);
  return el;
}

const LONG = 'A sentence of prose, with commas, long enough to be counted as a paragraph.';

describe('stripPage', () => {
  it.each([
    ['<script>x()</script>', { rule: 'script', text: '' }],
    ['<div style="display: none">gone</div>', { rule: 'hidden-element', text: 'gone' }],
    ['<div aria-hidden="true">icon</div>', { rule: 'hidden-element', text: 'icon' }],
    ['<nav>Home</nav>', { rule: 'navigation', text: 'Home' }],
    ['<div role="banner">Logo</div>', { rule: 'navigation', text: 'Logo' }],
  ])('%s -> %j', (html, removal) => {
    const $ = load(`<html><body>${html}<p>kept</p></body></html>`);
    expect(stripPage($)).toEqual([removal]);
    expect($('body').text()).toBe('kept');
  });

  it('keeps a form that wraps the whole page (its article is inside)', () => {
    const $ = load(`<html><body><form><p>${LONG}</p></form></body></html>`);
    expect(stripPage($)).toEqual([]);
  });
});

describe('pruneContainer', () => {
  const prune = (inner: string) => {
    const $ = load(`<html><body><div id="c"><p>${LONG}</p>${inner}</div></body></html>`);
    const c = element($, '#c');
    return pruneContainer(c, scoreNodes($.root().toArray()));
  };
  it.each([
    ['<header>Section name</header>', { rule: 'navigation', text: 'Section name' }],
    ['<h1>Headline</h1>', { rule: 'page-chrome', text: 'Headline' }],
    ['<div class="article-byline">By Ann</div>', { rule: 'navigation', text: 'By Ann' }],
    ['<div class="image-caption">A photo</div>', { rule: 'photo-caption', text: 'A photo' }],
    ['<div class="post-tags">Climate</div>', { rule: 'related-links', text: 'Climate' }],
    [
      '<div class="author-box"><p>Ann writes about the sea.</p></div>',
      { rule: 'author-box', text: 'Ann writes about the sea.' },
    ],
    [
      '<section class="theme-author"><p>Ann writes about the sea.</p></section>',
      { rule: 'author-box', text: 'Ann writes about the sea.' },
    ],
    [
      '<div class="saboxplugin-wrap"><p>Ann writes about the sea.</p></div>',
      { rule: 'author-box', text: 'Ann writes about the sea.' },
    ],
    ['<p><span class="byline">By Ann</span></p>', { rule: 'navigation', text: 'By Ann' }],
    [
      '<ul><li><a href="/a">One</a></li><li><a href="/b">Two</a></li></ul>',
      { rule: 'related-links', text: 'One Two' },
    ],
  ])('%s -> %j', (inner, removal) => {
    const pruned = prune(inner);
    expect(pruned.removed).toEqual([removal]);
    expect(pruned.dropped.size).toBe(1);
  });

  it.each([
    [
      'a link inside prose',
      `<p>See <a href="/x">the report</a> for details, which are long enough here.</p>`,
    ],
    [
      'a furniture-classed word inside a sentence',
      `<p>The report, said <span class="author">Ann Lee</span>, is long enough to be prose.</p>`,
    ],
    [
      'a post wearing a WordPress taxonomy class',
      `<div class="entry tag-climate category-news"><p>${LONG}</p></div>`,
    ],
    [
      'a share bar (left to the shared cleaner, which names it)',
      '<div class="share"><a href="/s">Share</a></div>',
    ],
  ])('leaves %s alone', (_name, inner) => expect(prune(inner).removed).toEqual([]));

  it.each([
    [
      'the lead of a header stays, the rest of it goes',
      `<header><h1>Headline</h1><div class="row"><p class="article-lead">${LONG}</p><span class="date">3 May</span></div><div class="byline">By Ann</div></header>`,
      ['Headline', '3 May', 'By Ann'],
    ],
    [
      'a header without a lead goes whole',
      '<header><h1>Headline</h1><p>Section name</p></header>',
      ['Headline Section name'],
    ],
    [
      'a lead-classed list of links is no lead',
      '<header><ul class="teaser-text"><li><a href="/a">One story, with a long title here</a></li></ul></header>',
      ['One story, with a long title here'],
    ],
  ])('%s', (_name, inner, texts) => {
    expect(prune(inner).removed.map((r) => r.text)).toEqual(texts);
  });

  it('spares a furniture-classed wrapper that holds most of the prose', () => {
    const $ = load(
      `<html><body><div id="c"><div class="post-meta-wrap"><p>${LONG}</p><p>${LONG}</p></div></div></body></html>`,
    );
    expect(pruneContainer(element($, '#c'), scoreNodes($.root().toArray())).removed).toEqual([]);
  });
});
