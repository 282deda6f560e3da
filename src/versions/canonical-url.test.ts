import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { versionKey } from './canonical-url.ts';

describe('versionKey', () => {
  it.each([
    ['https://www.Example.COM/News/a/', 'example.com/News/a'],
    ['http://example.com/News/a', 'example.com/News/a'],
    ['https://example.com/news/a/index.html', 'example.com/news/a'],
    ['https://example.com/news/a#comments', 'example.com/news/a'],
    ['https://example.com/news/a?utm_source=x&UTM_Medium=y&fbclid=z', 'example.com/news/a'],
    ['https://example.com/news?b=2&id=7&gclid=q', 'example.com/news?b=2&id=7'],
    ['https://example.com/news?id=7&b=2', 'example.com/news?b=2&id=7'],
    ['https://example.com:443/a', 'example.com/a'],
    ['https://example.com:8443/a', 'example.com:8443/a'],
    ['https://example.com./a/../b', 'example.com/b'],
    ['  https://example.com/a  ', 'example.com/a'],
    ['https://example.com/', 'example.com'],
  ])('%s -> %s', (address, key) => {
    expect(versionKey(address)).toBe(key);
  });

  it.each([
    null,
    '',
    'not a url',
    '/news/a/',
    'javascript:alert(1)',
    'ftp://example.com/a',
    'file:///etc/passwd',
  ])('%s has no key', (address) => {
    expect(versionKey(address)).toBeNull();
  });

  it('keeps apart addresses that name different pages', () => {
    expect(versionKey('https://example.com/a')).not.toBe(versionKey('https://example.com/b'));
    expect(versionKey('https://example.com/a?id=1')).not.toBe(
      versionKey('https://example.com/a?id=2'),
    );
    expect(versionKey('https://example.com/a')).not.toBe(versionKey('https://example.org/a'));
  });

  const rereads = (s: string) => {
    const key = versionKey(s);
    if (key !== null) expect(versionKey(`https://${key}`)).toBe(key);
  };

  it('never throws on any string, and a key read again gives itself', () => {
    fc.assert(fc.property(fc.string(), rereads), { numRuns: 500 });
  });

  it('gives any web address a key that, read again, gives itself', () => {
    const address = fc.webUrl({ withQueryParameters: true, withFragments: true });
    fc.assert(fc.property(address, rereads), { numRuns: 100 });
  }, 60_000);
});
