import { load } from 'cheerio';
import { describe, expect, it } from 'vitest';
import type { Element } from 'domhandler';
import { descendants, nameTokens, textOf } from './html-dom.ts';

const root = (html: string) => load(html, null, false).root()[0]!;

describe('textOf', () => {
  it.each([
    ['<div>22</div><span>SHARES</span>', '22 SHARES'],
    ['<a href="/f">Facebook</a><a href="/t">Twitter</a>', 'Facebook Twitter'],
    ['contact&nbsp;<a href="mailto:a@b.c">a@b.c</a>.', 'contact\u00a0a@b.c.'],
    ['Wash<b>ing</b>ton<script>var x;</script><style>p{}</style>', 'Washington'],
    ['<p>a\n\t b</p><p>c</p>', 'a b c'],
  ])('%s -> %j', (html, text) => {
    expect(textOf(root(html))).toBe(text);
  });

  it('reads markup nested 20,000 deep', () => {
    const html = '<div>'.repeat(20_000) + 'x' + '</div>'.repeat(20_000);
    expect(textOf(root(html))).toBe('x');
    expect(descendants(root(html))).toHaveLength(20_000);
  }, 60_000);
});

describe('nameTokens', () => {
  it.each([
    ['<div class="news-caption">x</div>', ['news-caption']],
    ['<div class="newsCaption big">x</div>', ['news-Caption', 'big']],
    ['<div class="NewsletterBox" id="signUpForm">x</div>', ['Newsletter-Box', 'sign-Up-Form']],
    ['<div class="ABC_text">x</div>', ['ABC_text']],
    ['<div class="légendePhoto">x</div>', ['légende-Photo']],
  ])('%s -> %j', (html, tokens) => {
    expect(nameTokens(root(html).children[0] as Element)).toEqual(tokens);
  });
});
