import { describe, expect, it } from 'vitest';
import { versionedFixture } from '../../tests/support/article-fixture.ts';
import type { Article } from '../schema/article.ts';
import type { WithdrawnQuote } from '../schema/quote.ts';
import { textHash } from '../versions/collapse-versions.ts';
import { cutPrintingsByQuote, cutVersions } from './cut-printings.ts';

const cut = (text: string, quote?: string, versions = ['a'.repeat(64)]): WithdrawnQuote => ({
  text,
  speaker: 'Ann Lee',
  speakerType: 'person',
  kind: 'speech',
  versions,
  ...(quote === undefined ? {} : { quote }),
});

describe('cutPrintingsByQuote', () => {
  it.each([
    { name: 'no withdrawn quotations', analysis: { a: {} }, out: {} },
    { name: 'a cut naming no quote', analysis: { a: { withdrawn: [cut('x')] } }, out: {} },
    {
      name: 'cuts naming one quote, sorted by article',
      analysis: { b: { withdrawn: [cut('x', 'q1')] }, a: { withdrawn: [cut('y', 'q1')] } },
      out: {
        q1: [
          ['a', 'y'],
          ['b', 'x'],
        ],
      },
    },
    {
      name: 'two wordings of one quote cut by one article, each listed',
      analysis: { a: { withdrawn: [cut('x', 'q1'), cut('x again', 'q1'), cut('z', 'q2')] } },
      out: {
        q1: [
          ['a', 'x'],
          ['a', 'x again'],
        ],
        q2: [['a', 'z']],
      },
    },
  ])('$name', ({ analysis, out }) => {
    const byQuote = cutPrintingsByQuote(new Map(Object.entries(analysis)));
    const shown = Object.fromEntries(
      [...byQuote].map(([quote, list]) => [quote, list.map((c) => [c.article, c.cut.text])]),
    );
    expect(shown).toEqual(out);
  });
});

describe('cutVersions', () => {
  const earlier = 'An earlier text.';
  const dated = (captured: string | null): Article => {
    const article = versionedFixture('a', 'The latest text.', [earlier]);
    const versions = article.versions;
    if (versions === undefined) throw new Error('fixture without versions');
    const [first] = versions.earlier;
    if (first === undefined) throw new Error('fixture without an earlier version');
    const captures = first.captures.map((c) => ({ ...c, captured }));
    return { ...article, versions: { ...versions, earlier: [{ ...first, captures }] } };
  };
  const sha = textHash(earlier);

  it.each([
    ['a dated capture', dated('2025-05-01T08:00:00Z'), 'the version captured 2025-05-01 08:00 UTC'],
    ['an undated capture', dated(null), `the version ${sha.slice(0, 12)} (capture date unknown)`],
    ['an article not found', undefined, `the version ${sha.slice(0, 12)} (capture date unknown)`],
  ])('%s', (_name, article, label) => {
    expect(cutVersions(cut('x', 'q1', [sha]), article)).toEqual([{ sha256: sha, label }]);
  });
});
