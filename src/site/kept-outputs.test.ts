import { describe, expect, it } from 'vitest';
import {
  isOutputPath,
  outDirProblem,
  removedAfterBuild,
  removedBeforeBuild,
  routeOutputs,
} from './kept-outputs.ts';

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
    ['nothing of a worktree’s link to its repository', ['.git', 'a.html'], null, ['a.html']],
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

describe('isOutputPath', () => {
  it.each<[string, boolean]>([
    ['articles/a/index.html', true],
    ['index.html', true],
    ['../src/a.ts', false],
    ['articles/../../a', false],
    ['/etc/hosts', false],
    ['articles//a', false],
    ['./a', false],
    ['', false],
  ])('%s: %s', (path, expected) => {
    expect(isOutputPath(path)).toBe(expected);
  });
});

describe('outDirProblem', () => {
  const precious = ['/p/', '/p/src/', '/p/public/', '/p/node_modules/.astro/', '/p/seeds'];
  it.each<[string, string, string | null]>([
    ['a folder of its own in the project', '/p/dist/', null],
    ['a sibling of the project', '/p-dist/', null],
    ['the project itself', '/p/', '/p/'],
    ['a folder holding the project', '/', '/p/'],
    ['the inputs folder', '/p/seeds/', '/p/seeds'],
    ['the folder of the caches', '/p/node_modules', '/p/node_modules/.astro/'],
  ])('%s', (_, outDir, held) => {
    const problem = outDirProblem(outDir, precious);
    if (held === null) expect(problem).toBeNull();
    else expect(problem).toContain(`holds ${held},`);
  });
});
