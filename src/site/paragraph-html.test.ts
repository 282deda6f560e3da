import { describe, expect, it } from 'vitest';
import { linksOnlyHere, paragraphHtml } from './paragraph-html.ts';
import type { Change } from './word-changes.ts';

const same = (text: string): Change => ({ op: 'same', text });
const link = (start: number, end: number, href = 'https://a.example/') => ({ start, end, href });

describe('paragraphHtml', () => {
  it.each([
    ['plain text, escaped', [same('a < b & c')], [], [], 'a &lt; b &amp; c'],
    [
      'marks',
      [same('in a '), { op: 'dropped', text: 'Truth Social' }, same(' post')],
      [],
      [],
      'in a <del>Truth Social</del> post',
    ],
    ['added', [same('a '), { op: 'added', text: 'new' }], [], [], 'a <ins>new</ins>'],
    [
      'a link',
      [same('see the post here')],
      [link(8, 12)],
      [],
      'see the <a href="https://a.example/">post</a> here',
    ],
    [
      'a mark cut by a link edge is split, so tags nest',
      [same('a '), { op: 'added', text: 'big post' }, same(' here')],
      [link(6, 10)],
      [],
      'a <ins>big </ins><a href="https://a.example/"><ins>post</ins></a> here',
    ],
    [
      'a flagged link',
      [same('the post')],
      [link(4, 8)],
      [0],
      'the <a href="https://a.example/" class="link-only">post</a>',
    ],
    [
      'an address is escaped',
      [same('x')],
      [link(0, 1, 'https://a.example/?a="b"&c')],
      [],
      '<a href="https://a.example/?a=&quot;b&quot;&amp;c">x</a>',
    ],
    ['a link past the text is left out', [same('x')], [link(0, 5)], [], 'x'],
  ] as const)('%s', (_name, changes, links, flagged, html) => {
    expect(paragraphHtml(changes, links, new Set(flagged))).toBe(html);
  });
});

describe('linksOnlyHere', () => {
  const a = link(0, 1, 'https://a.example/');
  const b = link(2, 3, 'https://b.example/');
  it.each([
    [[], [], []],
    [[a, b], [b, a], []],
    [[a, b], [a], [1]],
    [[a, a], [a], [1]],
    [[a], [], [0]],
  ])('%#', (mine, theirs, expected) => {
    expect([...linksOnlyHere(mine, theirs)]).toEqual(expected);
  });
});
