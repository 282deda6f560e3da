import { describe, expect, it } from 'vitest';
import { articleFixture } from '../../tests/support/article-fixture.ts';
import type { Article } from '../schema/article.ts';
import { Quote, QuoteMention, WithdrawnQuote } from '../schema/quote.ts';
import { ArticleAnalysis, Entity, Story } from '../schema/story.ts';
import { entityKey } from '../entities/merge-entities.ts';
import { entityLookup } from './entity-view.ts';
import { keyOf, type KeyedArchive, type PageKeys, pageKeys } from './page-keys.ts';

describe('keyOf', () => {
  it.each([
    ['lists are told apart from their joined items', [['a', 'b']], [['ab']]],
    ['null is told apart from the word "null"', ['a', null], ['a', 'null']],
    ['a number is told apart from its digits', [1], ['1']],
    ['nesting counts', [['a'], 'b'], [['a', 'b']]],
    ['a record field counts', [{ x: 1 }], [{ x: 2 }]],
  ])('%s', (_name, a, b) => {
    expect(keyOf(a)).not.toBe(keyOf(b));
  });

  it('gives records of the same JSON the same key, whatever the object', () => {
    expect(keyOf([{ x: 1, y: ['z'] }])).toBe(keyOf([{ x: 1, y: ['z'] }]));
  });
});

const analysis = (story: string, quotes: string[] = []): ArticleAnalysis =>
  ArticleAnalysis.parse({
    story,
    quotes,
    mentions: [],
    entities: { people: [], organizations: [], places: [] },
  });

const mention = (text: string): QuoteMention =>
  QuoteMention.parse({
    text,
    start: 0,
    end: text.length,
    speaker: 'Ada Lund',
    speakerType: 'person',
    kind: 'speech',
    utterance: null,
    paragraph: 0,
    embed: null,
    segments: [{ start: 0, end: text.length }],
  });

const story = (id: string, articles: string[], reuse: Story['reuse'] = []): Story =>
  Story.parse({ id, title: id, articles, reuse });

const quote = (id: string, text: string, printers: string[]): Quote =>
  Quote.parse({
    id,
    text,
    speaker: 'Ada Lund',
    speakerType: 'person',
    kind: 'speech',
    appearances: printers.map((article) => ({
      article,
      text,
      start: 0,
      end: text.length,
      embed: null,
      utterance: null,
      variant: 'verbatim',
    })),
    earliest: null,
  });

const ada = (slug: string, articles = ['a1', 'a3']): Entity =>
  Entity.parse({ name: 'Ada Lund', type: 'person', aliases: [], slug, articles, quotes: ['q1'] });

const pair = { a: 'a1', b: 'a2', kind: 'syndicated', shared: { a: 1, b: 1 } } as const;

/** Words a5 printed in an earlier version and cut. */
const cut = (text: string): WithdrawnQuote =>
  WithdrawnQuote.parse({
    text,
    speaker: 'Ada Lund',
    speakerType: 'person',
    kind: 'speech',
    versions: ['a'.repeat(64)],
    quote: 'q1',
  });

/** Two stories of interest: s1 (a1 and a2, a related pair) and s2 (a3 alone); a1, a2 and a3
 * print the quote q1 of Ada Lund; a4 (story s3) shares nothing with them; a5 (story s4) printed
 * q1's words in an earlier version and cut them. */
function archive(): KeyedArchive {
  const articles = [
    articleFixture({ id: 'a1', outlet: 'Courier', tags: ['Bridge'], text: 'One.' }),
    articleFixture({ id: 'a2', outlet: 'Gazette', text: 'Two.' }),
    articleFixture({ id: 'a3', outlet: 'Lantern', text: 'Three.' }),
    articleFixture({ id: 'a4', outlet: 'Post', text: 'Four.' }),
    articleFixture({ id: 'a5', outlet: 'Beacon', text: 'Five.' }),
  ];
  const stories = [
    story('s1', ['a1', 'a2'], [{ ...pair, source: null, sourceReason: null, passages: [] }]),
    story('s2', ['a3']),
    story('s3', ['a4']),
  ];
  return {
    articleById: new Map(articles.map((a) => [a.id, a])),
    bodyHtml: new Map(articles.map((a) => [a.id, `<p>${a.text}</p>`])),
    addresses: new Map(articles.map((a) => [a.id, `${a.outlet ?? ''}/${a.id}`])),
    outletSlugs: new Map(articles.map((a) => [a.outlet ?? '', (a.outlet ?? '').toLowerCase()])),
    tagSlugs: new Map([['Bridge', 'bridge']]),
    analysis: new Map([
      ['a1', analysis('s1', ['q1'])],
      ['a2', analysis('s1')],
      ['a3', analysis('s2', ['q1'])],
      ['a4', analysis('s3')],
      ['a5', analysis('s4')],
    ]),
    cutPrintings: new Map([['q1', [{ article: 'a5', cut: cut('We will rebuild it.') }]]]),
    storyById: new Map(stories.map((s) => [s.id, s])),
    quoteById: new Map([['q1', quote('q1', 'We will rebuild.', ['a1', 'a2', 'a3'])]]),
    entityByName: entityLookup([ada('ada-lund')]),
    settings: [null, '50'],
  };
}

/** `base` with article `id` replaced by the result of `change`. */
function withArticle(base: KeyedArchive, id: string, change: Partial<Article>): KeyedArchive {
  const articleById = new Map(base.articleById);
  articleById.set(id, { ...(articleById.get(id) as Article), ...change });
  return { ...base, articleById };
}

function withEntry<K extends keyof KeyedArchive>(
  base: KeyedArchive,
  field: K,
  id: string,
  value: KeyedArchive[K] extends ReadonlyMap<string, infer V> ? V : never,
): KeyedArchive {
  const map = new Map(base[field] as ReadonlyMap<string, unknown>);
  map.set(id, value);
  return { ...base, [field]: map };
}

type Change = [string, (base: KeyedArchive) => KeyedArchive];

const changes: Record<string, Change[1]> = {
  "a1's text": (b) => withArticle(b, 'a1', { text: 'One, changed.' }),
  "a1's rendered body": (b) => withEntry(b, 'bodyHtml', 'a1', '<p>One, changed.</p>'),
  "a1's address": (b) => withEntry(b, 'addresses', 'a1', 'Courier/a1-2'),
  "a1's outlet slug": (b) => withEntry(b, 'outletSlugs', 'Courier', 'courier-2'),
  "a1's tag slug": (b) => withEntry(b, 'tagSlugs', 'Bridge', 'bridge-2'),
  "a1's analysis": (b) => withEntry(b, 'analysis', 'a1', analysis('s1', ['q1', 'q2'])),
  "a2's headline (a1's story)": (b) => withArticle(b, 'a2', { title: 'Changed' }),
  "a2's rendered body": (b) => withEntry(b, 'bodyHtml', 'a2', '<p>Two, changed.</p>'),
  "a3's outlet (prints a1's quote)": (b) => withArticle(b, 'a3', { outlet: 'Herald' }),
  "a3's analysis": (b) => withEntry(b, 'analysis', 'a3', analysis('s2', ['q1', 'q3'])),
  "a3's quotations": (b) =>
    withEntry(b, 'analysis', 'a3', {
      ...analysis('s2', ['q1']),
      mentions: [mention('We will rebuild.')],
    }),
  "a1's story (moved to s2)": (b) => withEntry(b, 'analysis', 'a1', analysis('s2', ['q1'])),
  "q1's earliest printing": (b) =>
    withEntry(b, 'quoteById', 'q1', {
      ...(b.quoteById.get('q1') as Quote),
      earliest: 'a3',
    }),
  'a new printing of q1 (by a4)': (b) =>
    withEntry(b, 'quoteById', 'q1', quote('q1', 'We will rebuild.', ['a1', 'a2', 'a3', 'a4'])),
  "quote q1's text": (b) =>
    withEntry(b, 'quoteById', 'q1', quote('q1', 'We shall rebuild.', ['a1', 'a2', 'a3'])),
  "story s1's pairs": (b) => withEntry(b, 'storyById', 's1', story('s1', ['a1', 'a2'])),
  "story s1's articles (a4 joins, printing none of q1)": (b) =>
    withEntry(b, 'storyById', 's1', {
      ...(b.storyById.get('s1') as Story),
      articles: ['a1', 'a2', 'a4'],
    }),
  "Ada Lund's page slug": (b) => ({ ...b, entityByName: entityLookup([ada('ada-lund-2')]) }),
  'an article more naming Ada Lund (a4)': (b) => ({
    ...b,
    entityByName: entityLookup([ada('ada-lund', ['a1', 'a3', 'a4'])]),
  }),
  "a4's text (unrelated)": (b) => withArticle(b, 'a4', { text: 'Four, changed.' }),
  'an unrelated outlet slug': (b) => withEntry(b, 'outletSlugs', 'Post', 'post-2'),
  'the settings': (b) => ({ ...b, settings: ['https://raw.example.org/', '50'] }),
  "a5's headline (cut q1's words)": (b) => withArticle(b, 'a5', { title: 'Changed' }),
  "the words a5 cut (q1's)": (b) =>
    withEntry(b, 'cutPrintings', 'q1', [{ article: 'a5', cut: cut('We will rebuild all.') }]),
};

/** The changes of a1 that every page showing or linking a1 must follow. */
const A1_SHOWN = ["a1's text", "a1's rendered body", "a1's address", "a1's outlet slug"];

/** The changes that every page showing story s1 with its articles must follow. */
const S1_SHOWN = [
  ...A1_SHOWN,
  "a2's headline (a1's story)",
  "a2's rendered body",
  "story s1's pairs",
  "story s1's articles (a4 joins, printing none of q1)",
];

/** For each keyed page, the changes that must change its key; every other change must not. */
const table: [string, (keys: PageKeys, archive: KeyedArchive) => string, string[]][] = [
  [
    'article page a1',
    (k) => k.article('a1'),
    [
      ...S1_SHOWN,
      "a1's tag slug",
      "a1's analysis",
      "a1's story (moved to s2)",
      "quote q1's text",
      'the settings',
    ],
  ],
  [
    'article record a1',
    (k) => k.articleRecord('a1'),
    [...A1_SHOWN, "a1's analysis", "a1's story (moved to s2)", 'the settings'],
  ],
  ['version page of a1', (k) => k.version('a1', 'abc'), [...A1_SHOWN, 'the settings']],
  [
    'story page s1',
    (k) => k.story('s1'),
    [...S1_SHOWN, "a1's analysis", "a1's story (moved to s2)", "quote q1's text", 'the settings'],
  ],
  [
    'story record s1',
    (k) => k.storyRecord('s1'),
    ["story s1's pairs", "story s1's articles (a4 joins, printing none of q1)", 'the settings'],
  ],
  ['comparison page s1', (k) => k.comparison('s1'), [...S1_SHOWN, 'the settings']],
  [
    'quote page q1',
    (k) => k.quote('q1'),
    [
      ...A1_SHOWN,
      "a1's story (moved to s2)",
      "a2's headline (a1's story)",
      "a2's rendered body",
      "a3's outlet (prints a1's quote)",
      "a3's quotations",
      "q1's earliest printing",
      'a new printing of q1 (by a4)',
      "quote q1's text",
      "story s1's pairs",
      "Ada Lund's page slug",
      'the settings',
      "a5's headline (cut q1's words)",
      "the words a5 cut (q1's)",
    ],
  ],
  [
    'quote record q1',
    (k) => k.quoteRecord('q1'),
    ["q1's earliest printing", 'a new printing of q1 (by a4)', "quote q1's text", 'the settings'],
  ],
  [
    "Ada Lund's pages",
    (k, a) => k.entity(adaOf(a)),
    [
      ...A1_SHOWN,
      "a2's headline (a1's story)",
      "a2's rendered body",
      "a3's outlet (prints a1's quote)",
      "q1's earliest printing",
      'a new printing of q1 (by a4)',
      "quote q1's text",
      "Ada Lund's page slug",
      'an article more naming Ada Lund (a4)',
      'the settings',
    ],
  ],
  [
    "a page moved to Ada Lund's",
    (k, a) => k.moved(adaOf(a)),
    ["Ada Lund's page slug", 'the settings'],
  ],
];

/** Ada Lund's entity in `archive`. */
function adaOf(archive: KeyedArchive): Entity {
  const entity = archive.entityByName.get(entityKey('person', 'Ada Lund'));
  if (entity === undefined) throw new Error('no Ada Lund in the fixture');
  return entity;
}

describe('pageKeys', () => {
  const base = archive();
  const before = pageKeys(base);
  for (const [page, keyOfPage, changing] of table) {
    it.each(Object.entries(changes))(`${page}: a change of %s`, (change, apply) => {
      const changed = apply(archive());
      const after = keyOfPage(pageKeys(changed), changed);
      expect(after !== keyOfPage(before, base)).toBe(changing.includes(change));
    });
  }

  it('gives the same keys to a second reading of the same archive', () => {
    const again = archive();
    for (const [, keyOfPage] of table) {
      expect(keyOfPage(pageKeys(again), again)).toBe(keyOfPage(before, base));
    }
  });
});
