import { describe, expect, it } from 'vitest';
import { collectEntities, entitySlugBase, type SpokenQuote } from './collect-entities.ts';

const quote = (
  id: string,
  speaker: string | null,
  speakerType: SpokenQuote['speakerType'],
  articles: string[],
): SpokenQuote => ({
  id,
  speaker,
  speakerType,
  appearances: articles.map((article) => ({ article })),
});

const named = (people: string[], organizations: string[] = []) => ({ people, organizations });

describe('collectEntities', () => {
  it.each([
    {
      name: 'a person named in one article and quoted in another is one entity',
      named: [['a', named(['Ann Lee'])]],
      quotes: [quote('q1', 'Ann Lee', 'person', ['b'])],
      entities: [['person', 'Ann Lee', 'ann-lee', [], ['a', 'b'], ['q1']]],
    },
    {
      name: 'forms with and without a middle name merge under the fullest, the others kept as aliases',
      named: [
        ['a', named(['Renee Good'])],
        ['b', named(['Renee Nicole Good'])],
      ],
      quotes: [],
      entities: [
        ['person', 'Renee Nicole Good', 'renee-nicole-good', ['Renee Good'], ['a', 'b'], []],
      ],
    },
    {
      name: 'people sharing a surname stay apart',
      named: [['a', named(['Brandon Johnson', 'Mike Johnson'])]],
      quotes: [],
      entities: [
        ['person', 'Brandon Johnson', 'brandon-johnson', [], ['a'], []],
        ['person', 'Mike Johnson', 'mike-johnson', [], ['a'], []],
      ],
    },
    {
      name: 'a quoted organisation gets an entity, with the articles naming it',
      named: [
        ['a', named([], ['the FBI'])],
        ['c', named([], ['Acme Corp'])],
      ],
      quotes: [quote('q1', 'FBI', 'organisation', ['b'])],
      entities: [['organisation', 'FBI', 'fbi', ['the FBI'], ['a', 'b'], ['q1']]],
    },
    {
      name: 'a person and an organisation printed alike: two entities, two slugs',
      named: [['a', named(['Ford'])]],
      quotes: [quote('q1', 'Ford', 'organisation', ['a'])],
      entities: [
        ['organisation', 'Ford', 'ford', [], ['a'], ['q1']],
        ['person', 'Ford', 'ford-1', [], ['a'], []],
      ],
    },
    {
      name: 'a quote with no speaker names nobody; names in any script get readable slugs',
      named: [['a', named(['习近平'])]],
      quotes: [quote('q1', null, null, ['a'])],
      entities: [['person', '习近平', 'xi-jin-ping', [], ['a'], []]],
    },
  ] as const)('$name', ({ named: byArticle, quotes, entities }) => {
    const got = collectEntities(new Map(byArticle), quotes);
    expect(got.map((e) => [e.type, e.name, e.slug, e.aliases, e.articles, e.quotes])).toEqual(
      entities,
    );
  });
});

describe('entitySlugBase', () => {
  it.each([
    ['Renee Nicole Good', 'renee-nicole-good'],
    ['U.S. Attorney’s Office', 'u-s-attorney-s-office'],
    ['!!!', 'entity'],
    ['a_b', 'a-b'],
  ])('%s -> %s', (name, slug) => {
    expect(entitySlugBase(name)).toBe(slug);
  });
});
