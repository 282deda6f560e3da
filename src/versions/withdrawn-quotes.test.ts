import { describe, expect, it } from 'vitest';
import { articleFixture, versionedFixture } from '../../tests/support/article-fixture.ts';
import { extractQuotes } from '../quotes/extract-quotes.ts';
import { groupQuotes } from '../quotes/group-quotes.ts';
import type { Article } from '../schema/article.ts';
import type { Corpus } from '../schema/story.ts';
import { textHash } from './collapse-versions.ts';
import { markWithdrawnQuotes, withdrawnQuotes } from './withdrawn-quotes.ts';

const LATEST = 'The mayor said: “We will open the bridge on Monday morning.”';
const HURT = '“Nobody was hurt in the storm,” said Ann Lee, the harbour master.';

const article = (earlier: string[], latest = LATEST): Article =>
  versionedFixture('a', latest, earlier);

/** The withdrawn quotations of an article whose earlier texts are `earlier`, as (text, speaker,
 * how many versions printed it). */
function withdrawn(earlier: string[], latest = LATEST): [string, string | null, number][] {
  const shown = article(earlier, latest);
  return withdrawnQuotes(shown, extractQuotes(shown)).map((w) => [
    w.text,
    w.speaker,
    w.versions.length,
  ]);
}

describe('withdrawnQuotes', () => {
  it.each([
    { name: 'no earlier version', earlier: [], out: [] },
    { name: 'printed alike earlier', earlier: [`Updated. ${LATEST}`], out: [] },
    {
      name: 'reworded since (a changed quotation, marked on its page instead)',
      earlier: ['The mayor said: “We will open the bridge on Tuesday morning.”'],
      out: [],
    },
    {
      name: 'a quotation taken out',
      earlier: [`${LATEST}\n\n${HURT}`],
      out: [['Nobody was hurt in the storm,', 'Ann Lee', 1]],
    },
    {
      name: 'taken out, printed by two earlier versions: listed once, with both',
      earlier: [`${LATEST}\n\n${HURT}`, `${LATEST} Roads stay shut.\n\n${HURT}`],
      out: [['Nobody was hurt in the storm,', 'Ann Lee', 2]],
    },
    {
      name: 'the words still printed, without quotation marks',
      earlier: [`${LATEST}\n\n${HURT}`],
      latest: `${LATEST} Ann Lee said Nobody was hurt in the storm, and left.`,
      out: [],
    },
    {
      name: 'a term taken out is nobody’s words',
      earlier: [`${LATEST}\n\nThe so-called “bridge of sighs” is shut.`],
      out: [],
    },
  ])('$name', ({ earlier, latest, out }) => {
    expect(withdrawn(earlier, latest)).toEqual(out);
  });

  it('names each version by the hash of its text, oldest first', () => {
    const texts = [`${LATEST}\n\n${HURT}`, `${LATEST} Roads stay shut.\n\n${HURT}`];
    const shown = article(texts);
    const [first] = withdrawnQuotes(shown, extractQuotes(shown));
    expect(first?.versions).toEqual(texts.map(textHash));
  });
});

describe('markWithdrawnQuotes', () => {
  const analysis = (text: string) => ({
    story: 'story-a',
    quotes: [],
    mentions: extractQuotes({ text, embeds: [] }),
    entities: { people: [], organizations: [], places: [] },
  });
  const corpus: Corpus = {
    quotes: [],
    stories: [],
    entities: [],
    byArticle: { a: analysis(LATEST), b: analysis(LATEST) },
  };

  it('adds the withdrawn quotations to the analysis of an article with earlier versions', () => {
    const marked = markWithdrawnQuotes(corpus, [
      article([`${LATEST}\n\n${HURT}`]),
      articleFixture({ id: 'b', text: LATEST }),
    ]);
    expect(marked.byArticle['a']?.withdrawn?.map((w) => w.text)).toEqual([
      'Nobody was hurt in the storm,',
    ]);
    expect(marked.byArticle['b']).toBe(corpus.byArticle['b']);
  });

  it('returns an archive without earlier versions as it is', () => {
    expect(markWithdrawnQuotes(corpus, [articleFixture({ id: 'a', text: LATEST })])).toBe(corpus);
  });

  it('adds nothing when every earlier quotation is still printed', () => {
    const marked = markWithdrawnQuotes(corpus, [article([`Updated. ${LATEST}`])]);
    expect(marked.byArticle['a']).not.toHaveProperty('withdrawn');
  });
});

describe('markWithdrawnQuotes names the quote other articles print the cut words in', () => {
  const analysis = (text: string) => ({
    story: 'story-a',
    quotes: [],
    mentions: extractQuotes({ text, embeds: [] }),
    entities: { people: [], organizations: [], places: [] },
  });
  /** The quote (by its text) `a`'s cut of `cut` is linked to, when `b` prints `other` and `a`'s
   * latest text is `latest`: undefined when nothing was cut, null when no quote is named. */
  function linked(other: string, latest = LATEST, cut = HURT): string | null | undefined {
    const byArticle = { a: analysis(latest), b: analysis(other) };
    const { quotes } = groupQuotes(
      Object.entries(byArticle).map(([id, own]) => ({
        article: { id, published: null },
        mentions: own.mentions,
      })),
    );
    const corpus: Corpus = { quotes, stories: [], entities: [], byArticle };
    const marked = markWithdrawnQuotes(corpus, [article([`${LATEST}\n\n${cut}`], latest)]);
    const [withdrawn] = marked.byArticle['a']?.withdrawn ?? [];
    if (withdrawn === undefined) return undefined;
    const id = withdrawn.quote;
    return id === undefined ? null : quotes.find((q) => q.id === id)?.text;
  }

  it.each([
    {
      name: 'printed alike by another article',
      other: HURT,
      quote: 'Nobody was hurt in the storm,',
    },
    {
      name: 'a run of the cut words printed by another article',
      other: '“Nobody was hurt,” said Ann Lee.',
      quote: 'Nobody was hurt,',
    },
    {
      name: 'the cut words with a few more printed by another article',
      other: '“Nobody at all was hurt in the storm, thank God,” said Ann Lee.',
      quote: 'Nobody at all was hurt in the storm, thank God,',
    },
    {
      name: 'the same words attributed to someone else',
      other: '“Nobody was hurt in the storm,” said Bo Park.',
      quote: null,
    },
    { name: 'printed by no other article', other: 'The ferry runs again.', quote: null },
  ])('$name', ({ other, quote }) => {
    expect(linked(other)).toBe(quote);
  });

  it('never names a quote the article still prints (its appearance marks the change)', () => {
    const cut =
      '“Nobody was hurt in the storm last night, and the roads are clear again,” said Ann Lee.';
    const other = '“The roads are clear,” said Ann Lee.';
    expect(linked(other, LATEST, cut)).toBe('The roads are clear,');
    const latest = `${LATEST} “Roads are clear,” said Ann Lee.`;
    expect(linked(other, latest, cut)).toBeNull();
  });

  it('names a quote only others print, even when one the article prints matches more words', () => {
    const cut =
      '“Nobody was hurt in the storm last night, and the roads are clear again,” said Ann Lee.';
    const latest = `${LATEST} “The roads are clear,” said Ann Lee.`;
    expect(linked('“Nobody was hurt,” said Ann Lee.', latest, cut)).toBe('Nobody was hurt,');
  });
});
