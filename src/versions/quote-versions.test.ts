import { describe, expect, it } from 'vitest';
import { versionedFixture } from '../../tests/support/article-fixture.ts';
import type { Article } from '../schema/article.ts';
import type { Quote } from '../schema/quote.ts';
import { textHash } from './collapse-versions.ts';
import { markQuoteVersions } from './quote-versions.ts';

const LATEST = 'The mayor said: “We will open the bridge on Monday morning.”';

const article = (earlier: string[]): Article => versionedFixture('a', LATEST, earlier);

const words = 'We will open the bridge on Monday morning.';
const quote: Quote = {
  id: 'we-will-open-abc123',
  text: words,
  speaker: 'The mayor',
  speakerType: 'person',
  kind: 'speech',
  earliest: null,
  appearances: [
    {
      article: 'a',
      text: words,
      start: LATEST.indexOf('We'),
      end: LATEST.indexOf('We') + words.length,
      embed: null,
      utterance: null,
      variant: 'verbatim',
    },
  ],
};

describe('markQuoteVersions', () => {
  it.each([
    { name: 'no earlier version: unmarked', earlier: [], marks: undefined },
    {
      name: 'printed alike earlier: unmarked',
      earlier: [`Updated. ${LATEST}`],
      marks: undefined,
    },
    {
      name: 'worded otherwise earlier: changed, with the earlier words',
      earlier: ['The mayor said: “We will open the bridge on Tuesday.”'],
      marks: [{ change: 'changed', was: 'We will open the bridge on Tuesday.' }],
    },
    {
      name: 'not printed earlier: absent',
      earlier: ['The mayor declined to comment on the bridge.'],
      marks: [{ change: 'absent', was: null }],
    },
    {
      name: 'a quotation of other words earlier: absent',
      earlier: ['A resident said: “Nobody asked us about anything.”'],
      marks: [{ change: 'absent', was: null }],
    },
    {
      name: 'one mark per earlier version that differs, oldest first',
      earlier: ['No quote yet.', 'The mayor said: “We will open the bridge on Tuesday.”', LATEST],
      marks: [
        { change: 'absent', was: null },
        { change: 'changed', was: 'We will open the bridge on Tuesday.' },
      ],
    },
  ])('$name', ({ earlier, marks }) => {
    const [marked] = markQuoteVersions([quote], [article(earlier)]);
    expect(marked?.appearances[0]?.versions?.map(({ change, was }) => ({ change, was }))).toEqual(
      marks,
    );
  });

  it('names the version by its text hash', () => {
    const earlier = 'The mayor declined to comment.';
    const [marked] = markQuoteVersions([quote], [article([earlier])]);
    expect(marked?.appearances[0]?.versions?.[0]?.version).toBe(textHash(earlier));
  });
});
