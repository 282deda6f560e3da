import { describe, expect, it } from 'vitest';
import { countPageLine, type PageCount } from './astro-page-lines.ts';

describe('countPageLine', () => {
  it.each([
    ['a rendered page', '  ├─ /articles/x/index.html (+3ms)', true, 0],
    ['the last page of a route', '  └─ /quotes/q/index.html (+12ms)', true, 0],
    ['a page copied from the cache', '  ├─ /stories/s/index.html (cached)', true, 1],
    ['a page restored from the cache', '  ├─ /api/articles/id/a.json (restored)', true, 1],
    [
      'a rendered page whose address says "restored"',
      '  ├─ /articles/bridge-restored/ (+3ms)',
      true,
      0,
    ],
    [
      'a coloured line, as Astro prints with FORCE_COLOR',
      '\x1b[2m12:56:19\x1b[22m   \x1b[34m├─\x1b[39m \x1b[2m/404.html\x1b[22m \x1b[2m(+19ms)\x1b[22m ',
      true,
      0,
    ],
    [
      'a coloured line for a reused page',
      '\x1b[2m12:56:19\x1b[22m   \x1b[34m└─\x1b[39m \x1b[2m/index.html\x1b[22m \x1b[2m(cached)\x1b[22m',
      true,
      1,
    ],
    ['any other line', '11:03:59 [build] directory: /work/dist/', false, 0],
  ])('%s', (_, line, page, reused) => {
    const count: PageCount = { written: 0, reused: 0 };
    expect(countPageLine(line, count)).toBe(page);
    expect(count).toEqual({ written: page ? 1 : 0, reused });
  });
});
