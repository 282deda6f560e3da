import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { safeHref } from './safe-href.ts';

describe('safeHref', () => {
  it.each([
    ['https://example.org/a?b=1', 'https://example.org/a?b=1'],
    [' http://example.org ', 'http://example.org/'],
    ['javascript:alert(1)', null],
    ['JaVaScRiPt:alert(1)', null],
    ['data:text/html,x', null],
    ['/relative/path', null],
    ['not a url', null],
    [null, null],
  ])('%s -> %s', (url, expected) => {
    expect(safeHref(url)).toBe(expected);
  });

  it('only ever returns http(s) addresses (property)', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.webUrl()), (url) => {
        const href = safeHref(url);
        expect(href === null || /^https?:\/\//.test(href)).toBe(true);
      }),
    );
  });
});
