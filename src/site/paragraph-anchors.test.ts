import { describe, expect, it } from 'vitest';
import { numberParagraphs } from './paragraph-anchors.ts';

describe('numberParagraphs', () => {
  it.each([
    ['', ''],
    ['<p>a</p><p>b</p>', '<p id="p-1">a</p><p id="p-2">b</p>'],
    ['<blockquote><p>q</p></blockquote>', '<blockquote><p id="p-1">q</p></blockquote>'],
    ['<p class="x">a</p><p>b</p>', '<p class="x">a</p><p id="p-1">b</p>'],
    ['<pre>x</pre><p>b</p>', '<pre>x</pre><p id="p-1">b</p>'],
  ])('%j -> %j', (html, expected) => {
    expect(numberParagraphs(html)).toBe(expected);
  });
});
