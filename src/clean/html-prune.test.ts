import { load } from 'cheerio';
import { describe, expect, it } from 'vitest';
import type { Element } from 'domhandler';
import { judgeElement } from './html-prune.ts';

function judge(html: string, totalWords = 1000) {
  const el = load(html, null, false).root().children()[0] as Element;
  return judgeElement(el, { totalWords, isRoot: false });
}

describe('judgeElement', () => {
  it.each([
    ['<div class="mashsb-container mashsb-main"></div>', { kind: 'remove', rule: 'share-widget' }],
    ['<div class="addtoany_share_save_container"></div>', { kind: 'remove', rule: 'share-widget' }],
    ['<div id="div-gpt-ad-123"></div>', { kind: 'remove', rule: 'ad-slot' }],
    ['<aside class="sponsored-box"></aside>', { kind: 'remove', rule: 'ad-slot' }],
    ['<div class="yarpp-related"></div>', { kind: 'remove', rule: 'related-links' }],
    ['<div id="disqus_thread"></div>', { kind: 'remove', rule: 'comments' }],
    ['<div class="mc4wp-form"></div>', { kind: 'remove', rule: 'signup-prompt' }],
    [
      '<div style="color: red; display:none !important"></div>',
      { kind: 'remove', rule: 'hidden-element' },
    ],
    ['<div class="sr-only">x</div>', { kind: 'remove', rule: 'hidden-element' }],
    ['<span role="button">Close</span>', { kind: 'remove', rule: 'button' }],
    ['<noscript><img src="x"></noscript>', { kind: 'remove', rule: 'script' }],
    ['<template><p>x</p></template>', { kind: 'remove', rule: 'script' }],
    ['<button>Read more…</button>', { kind: 'read-more' }],
    ['<a href="javascript:void(0)">Continue reading »</a>', { kind: 'read-more' }],
    ['<blockquote class="twitter-tweet"></blockquote>', { kind: 'embed', platform: 'twitter' }],
    ['<div class="disclaimer">Originally published by X.</div>', { kind: 'syndication' }],
    // Class parts, not substrings: none of these name furniture.
    ['<div class="entry-header shadow download badge thread"></div>', { kind: 'keep' }],
    ['<div class="hidden-xs">Shown on wide screens</div>', { kind: 'keep' }],
    ['<div class="disclaimer">Opinions are the author\'s own.</div>', { kind: 'keep' }],
    ['<a href="https://example.com/more">Read more</a>', { kind: 'keep' }],
    ['<div style="display: flex">x</div>', { kind: 'keep' }],
  ])('%s -> %j', (html, verdict) => {
    expect(judge(html)).toEqual(verdict);
  });

  it('keeps a class-matched container that holds most of the text', () => {
    const article = `<div class="post social-enabled"><p>${'word '.repeat(150)}</p></div>`;
    expect(judge(article, 160)).toEqual({ kind: 'keep' });
    expect(judge(article, 1000)).toEqual({ kind: 'remove', rule: 'share-widget' });
  });

  it('keeps a class-matched inline element inside a sentence', () => {
    const p = load(
      '<p>Follow <a class="social-link" href="https://x.com/a">@a</a> for more.</p>',
      null,
      false,
    );
    const a = p('a')[0] as Element;
    expect(judgeElement(a, { totalWords: 10, isRoot: false })).toEqual({ kind: 'keep' });
  });
});
