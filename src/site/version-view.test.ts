import { describe, expect, it } from 'vitest';
import { articleFixture } from '../../tests/support/article-fixture.ts';
import {
  captureDate,
  quoteVersionNotes,
  UNKNOWN_CAPTURE,
  versionList,
  versionPath,
} from './version-view.ts';

describe('captureDate', () => {
  it.each([
    ['2026-01-02T14:05:09Z', '2026-01-02 14:05 UTC'],
    ['2026-01-02', '2026-01-02'],
    [null, UNKNOWN_CAPTURE],
    ['sometime', 'sometime'],
  ])('%s -> %s', (captured, shown) => {
    expect(captureDate(captured)).toBe(shown);
  });
});

describe('versionList', () => {
  const source = articleFixture({ id: 's' }).source;
  const hash = (c: string) => c.repeat(64);
  const version = (c: string, captured: string | null) => ({
    sha256: hash(c),
    captures: [{ captured, source }],
    title: `T${c}`,
    wordCount: 1,
    text: c,
    markdown: c,
  });

  it('is empty for an article captured once', () => {
    expect(versionList(articleFixture({ id: 'a' }))).toEqual([]);
  });

  it('lists the shown text first, then the earlier ones newest first', () => {
    const article = articleFixture({
      id: 'a',
      title: 'Now',
      versions: {
        latest: { sha256: hash('c'), captures: [{ captured: '2026-01-03T00:00:00Z', source }] },
        earlier: [version('a', null), version('b', '2026-01-02T00:00:00Z')],
      },
    });
    const list = versionList(article);
    expect(list.map((v) => [v.short, v.latest, v.title])).toEqual([
      ['c'.repeat(12), true, 'Now'],
      ['b'.repeat(12), false, 'Tb'],
      ['a'.repeat(12), false, 'Ta'],
    ]);
    expect(list[2]?.captures[0]?.date).toBe(UNKNOWN_CAPTURE);
  });

  it('gives each earlier version the withdrawn quotations it printed', () => {
    const article = articleFixture({
      id: 'a',
      versions: {
        latest: { sha256: hash('c'), captures: [{ captured: null, source }] },
        earlier: [version('a', null), version('b', null)],
      },
    });
    const said = (text: string, versions: string[]) => ({
      text,
      speaker: null,
      speakerType: null,
      kind: 'speech' as const,
      versions,
    });
    const withdrawn = [said('Both', [hash('a'), hash('b')]), said('Only a', [hash('a')])];
    const list = versionList(article, withdrawn);
    expect(list.map((v) => v.withdrawn.map((w) => w.text))).toEqual([
      [],
      ['Both'],
      ['Both', 'Only a'],
    ]);
  });
});

describe('versionPath', () => {
  it('names the version by its hash under the article id, under the base path', () => {
    expect(versionPath('/archive/', 'example-com-a', 'f'.repeat(64))).toBe(
      `/archive/versions/example-com-a/${'f'.repeat(12)}/`,
    );
  });
});

describe('quoteVersionNotes', () => {
  const source = articleFixture({ id: 's' }).source;
  const article = articleFixture({
    id: 'a',
    versions: {
      latest: { sha256: 'c'.repeat(64), captures: [{ captured: null, source }] },
      earlier: [
        {
          sha256: 'a'.repeat(64),
          captures: [{ captured: '2026-01-01T08:00:00Z', source }],
          title: 't',
          wordCount: 1,
          text: 'x',
          markdown: 'x',
        },
        {
          sha256: 'b'.repeat(64),
          captures: [{ captured: null, source }],
          title: 't',
          wordCount: 1,
          text: 'y',
          markdown: 'y',
        },
      ],
    },
  });

  it.each([
    [{}, []],
    [
      { versions: [{ version: 'a'.repeat(64), change: 'changed' as const, was: 'Old words' }] },
      ['An earlier version (captured 2026-01-01 08:00 UTC) printed them otherwise: “Old words”'],
    ],
    [
      { versions: [{ version: 'b'.repeat(64), change: 'absent' as const, was: null }] },
      [`An earlier version (${'b'.repeat(12)}, capture date unknown) did not print these words.`],
    ],
  ])('%o', (appearance, notes) => {
    expect(quoteVersionNotes(appearance, article)).toEqual(notes);
  });
});
