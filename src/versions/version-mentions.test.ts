import { describe, expect, it } from 'vitest';
import { versionedFixture } from '../../tests/support/article-fixture.ts';
import { extractQuotes } from '../quotes/extract-quotes.ts';
import { versionMentions } from './version-mentions.ts';

describe('versionMentions', () => {
  const earlier = '“We will open the bridge on Monday,” the mayor said.';
  const [version] = versionedFixture('a', 'Shown.', [earlier]).versions?.earlier ?? [];

  it('gives what extractQuotes finds in the version text, extracted once', () => {
    if (version === undefined) throw new Error('needs a version');
    const first = versionMentions(version);
    expect(first).toEqual(extractQuotes({ text: earlier, embeds: [] }));
    expect(first.map((m) => m.text)).toEqual(['We will open the bridge on Monday,']);
    expect(versionMentions(version)).toBe(first);
  });
});
