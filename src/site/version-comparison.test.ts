import { describe, expect, it } from 'vitest';
import { paragraphsWithLinks } from './paragraph-links.ts';
import { noDifferences } from './pair-rows.ts';
import { changeSentence, versionComparisonHtml } from './version-comparison.ts';
import type { VersionView } from './version-view.ts';

const view = (short: string, captured: string | null, words: number): VersionView => ({
  sha256: short.padEnd(64, '0'),
  short,
  latest: false,
  title: `Title ${short}`,
  words,
  withdrawn: [],
  captures: [
    {
      date: captured ?? 'Capture date unknown',
      datetime: captured,
      input: 'a.warc',
      source: {
        file: 'a.warc',
        format: 'html',
        sha256: '0'.repeat(64),
        bytes: 0,
        decoding: { encoding: 'UTF-8', method: 'sniffed', replaced: 0, nul: 0 },
      },
    },
  ],
});

describe('changeSentence', () => {
  it.each([
    [{}, 'No paragraph was added, removed or changed since the earlier version.'],
    [
      { onlyRight: 1, onlyLeft: 2, changed: 1 },
      'Since the earlier version, 1 paragraph was added, 2 paragraphs removed and 1 paragraph changed.',
    ],
    [
      { onlyRight: 2, relinked: 1, changed: 2 },
      'Since the earlier version, 2 paragraphs were added, 0 paragraphs removed and 3 paragraphs changed.',
    ],
  ])('%o', (counts, sentence) => {
    expect(changeSentence({ ...noDifferences(), ...counts })).toBe(sentence);
  });
});

describe('versionComparisonHtml', () => {
  const earlier = 'First paragraph.\n\nThe toll was 3.\n\nA paragraph later cut.';
  const latest = 'First paragraph.\n\nThe toll was 5.\n\nA new paragraph <b>added</b>.';
  const html = versionComparisonHtml(
    {
      version: view('aaa', '2026-01-01T00:00:00Z', 10),
      paragraphs: paragraphsWithLinks(earlier, undefined),
    },
    { version: view('bbb', null, 11), paragraphs: paragraphsWithLinks(latest, undefined) },
  );

  it('sums up what was added, removed and changed', () => {
    expect(html).toContain(
      'Since the earlier version, 1 paragraph was added, 1 paragraph removed and 1 paragraph changed.',
    );
  });

  it('marks the changed words and the paragraphs only one prints', () => {
    expect(html).toMatch(/<del[^>]*>3\.<\/del>/);
    expect(html).toMatch(/<ins[^>]*>5\.<\/ins>/);
    expect(html).toContain('Not in the latest version');
    expect(html).toContain('Not in the earlier version');
  });

  it('dates each side, the unknown as unknown, and escapes the texts', () => {
    expect(html).toContain('<time datetime="2026-01-01T00:00:00Z">');
    expect(html).toContain('Captured <span>Capture date unknown</span>');
    expect(html).toContain('&lt;b&gt;added&lt;/b&gt;');
    expect(html).not.toContain('<b>');
  });
});
