import { describe, expect, it } from 'vitest';
import { readableSlug } from './slug.ts';

describe('readableSlug', () => {
  it.each([
    ['Some Story', 'some-story'],
    ['page.html.gz', 'page-html-gz'],
    ['Café Olé!', 'cafe-ole'],
    ['北京新闻', 'bei-jing-xin-wen'],
    ['Новости дня', 'novosti-dnya'],
    ['★★★', ''],
    ['--a__', 'a'],
    ['x'.repeat(100), 'x'.repeat(80)],
  ])('%j -> %j', (text, expected) => {
    expect(readableSlug(text)).toBe(expected);
  });
});
