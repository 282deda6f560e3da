import { describe, expect, it } from 'vitest';
import { removedAfterBuild, removedBeforeBuild, routeOutputs } from './kept-outputs.ts';

describe('removedBeforeBuild', () => {
  it.each<[string, string[], string[] | null, string[]]>([
    [
      'everything when no complete build was recorded',
      ['a/index.html', 'raw/x.txt'],
      null,
      ['a/index.html', 'raw/x.txt'],
    ],
    [
      'all but the recorded route outputs',
      ['a/index.html', '_astro/s.css', 'sitemap-0.xml'],
      ['a/index.html'],
      ['_astro/s.css', 'sitemap-0.xml'],
    ],
    ['nothing from an empty folder', [], ['a/index.html'], []],
    ['nothing of a repository in the folder', ['.git/HEAD', '.gitignore'], null, ['.gitignore']],
    [
      'a recorded page only by its whole path',
      ['a/index.html.bak'],
      ['a/index.html'],
      ['a/index.html.bak'],
    ],
  ])('%s', (_, present, kept, expected) => {
    expect(removedBeforeBuild(present, kept === null ? null : new Set(kept))).toEqual(expected);
  });
});

describe('removedAfterBuild', () => {
  it.each<[string, string[] | null, string[], string[]]>([
    ['nothing after a build that had no record', null, ['a/index.html'], []],
    [
      'what the last build wrote and this one did not',
      ['b/index.html', 'a/index.html', 'c.json'],
      ['a/index.html'],
      ['b/index.html', 'c.json'],
    ],
    ['nothing when this build wrote more', ['a/index.html'], ['a/index.html', 'b/index.html'], []],
  ])('%s', (_, previous, current, expected) => {
    expect(
      removedAfterBuild(previous === null ? null : new Set(previous), new Set(current)),
    ).toEqual(expected);
  });
});

describe('routeOutputs', () => {
  it.each<[string, string[][], string[]]>([
    [
      'paths relative to the folder, sorted, each once',
      [['/s/dist/b/index.html', '/s/dist/a.json'], ['/s/dist/a.json']],
      ['a.json', 'b/index.html'],
    ],
    [
      'no path outside the folder, nor the folder itself',
      [['/s/dist-old/a.json', '/s/other/b.json', '/s/dist/']],
      [],
    ],
    ['none for no routes', [], []],
  ])('%s', (_, assets, expected) => {
    expect(routeOutputs('/s/dist/', assets)).toEqual(expected);
  });
});
