import { describe, expect, it } from 'vitest';
import type { Entity } from '../schema/story.ts';
import {
  byMentions,
  entityArticles,
  entityCounts,
  entityLookup,
  movedPages,
  speakerEntity,
} from './entity-view.ts';

function entity(name: string, extra: Partial<Entity> = {}): Entity {
  const slug = name.toLowerCase().replace(/[^a-z0-9]+/g, '-');
  return { name, type: 'person', aliases: [], slug, articles: ['a'], quotes: [], ...extra };
}

const renee = entity('Renee Nicole Good', { aliases: ['Renee Good', 'RENEE GOOD'] });
const johnson = entity('Brandon Johnson', { quotes: ['q1'] });
const fbi = entity('FBI', { type: 'organisation', aliases: ['the FBI'], quotes: ['q2'] });
const fordOrg = entity('Ford', { type: 'organisation', slug: 'ford', quotes: ['q3'] });
const fordPerson = entity('Ford', { slug: 'ford-1' });

describe('speakerEntity', () => {
  const lookup = entityLookup([renee, johnson, fbi, fordOrg, fordPerson]);
  it.each([
    ['Renee Good', 'person', renee],
    ['renee nicole good', 'person', renee],
    ['The FBI', 'organisation', fbi],
    ['Ford', 'organisation', fordOrg],
    ['Ford', 'person', fordPerson],
    ['Johnson', 'person', undefined],
    ['FBI', 'person', undefined],
    [null, null, undefined],
  ] as const)('%s (%s)', (speaker, speakerType, found) => {
    expect(speakerEntity(lookup, { speaker, speakerType })).toBe(found);
  });
});

describe('movedPages', () => {
  it.each([
    {
      name: 'a quoted person: their speaker page moves, their people page stays',
      entities: [johnson],
      moved: [['speakers', 'brandon-johnson', 'Brandon Johnson']],
    },
    {
      name: 'the page of a merged form of the name moves to the fullest',
      entities: [renee],
      moved: [['people', 'renee-good', 'Renee Nicole Good']],
    },
    {
      name: 'an organisation was filed under people: that page and its speaker page move',
      entities: [fbi],
      moved: [
        ['speakers', 'fbi', 'FBI'],
        ['people', 'fbi', 'FBI'],
        ['speakers', 'the-fbi', 'FBI'],
        ['people', 'the-fbi', 'FBI'],
      ],
    },
    {
      name: 'never an address a page has now, and never one address twice',
      entities: [fordOrg, fordPerson],
      moved: [
        ['speakers', 'ford', 'Ford'],
        ['people', 'ford', 'Ford'],
      ],
    },
    {
      name: 'nobody quoted and nothing merged: nothing moved',
      entities: [entity('Alex Pretti')],
      moved: [],
    },
  ])('$name', ({ entities, moved }) => {
    const pages = movedPages(entities).map((p) => [p.folder, p.slug, p.to.name]);
    expect(pages).toEqual(moved);
  });
});

describe('byMentions and entityCounts', () => {
  it('ranks by articles, then quotes, then name', () => {
    const a = entity('Zed', { articles: ['a', 'b'] });
    const b = entity('Amy', { quotes: ['q'] });
    const c = entity('Bob');
    expect(byMentions([c, b, a]).map((e) => e.name)).toEqual(['Zed', 'Amy', 'Bob']);
  });

  it.each([
    [{ articles: ['a'], quotes: [] }, '1 article'],
    [{ articles: ['a', 'b'], quotes: ['q'] }, '2 articles, 1 quote'],
    [{ articles: [], quotes: ['q', 'r'] }, '0 articles, 2 quotes'],
  ])('%j -> %s', (counts, text) => {
    expect(entityCounts(counts)).toBe(text);
  });
});

describe('entityArticles', () => {
  const dated = (id: string, published: string | null) => ({
    id,
    published,
    publishedPrecision: published === null ? ('unknown' as const) : ('day' as const),
  });
  const byId = new Map(
    [dated('old', '2020-01-02'), dated('new', '2024-05-06'), dated('undated', null)].map((a) => [
      a.id,
      a,
    ]),
  );

  it('lists the articles newest first, undated last, and leaves out unknown ids', () => {
    const listed = entityArticles({ articles: ['undated', 'old', 'gone', 'new'] }, byId);
    expect(listed.map((a) => a.id)).toEqual(['new', 'old', 'undated']);
  });
});
