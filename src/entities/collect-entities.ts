/**
 * The archive's entities: every person an article names or quotes and every organisation it
 * quotes, each once (merged by `merge-entities.ts`), with the articles that mention them or print
 * their words and the quotes attributed to them.
 */
import GithubSlugger from 'github-slugger';
import type { SpeakerType } from '../schema/quote.ts';
import type { Entity } from '../schema/story.ts';
import { readableSlug } from '../text/slug.ts';
import { entityKey, organisationKey, personForms } from './merge-entities.ts';

/** What `collectEntities` needs of a quote. */
export interface SpokenQuote {
  readonly id: string;
  readonly speaker: string | null;
  readonly speakerType: SpeakerType | null;
  readonly appearances: readonly { readonly article: string }[];
}

/** What `collectEntities` needs of an article's entities. */
export interface NamedInArticle {
  readonly people: readonly string[];
  readonly organizations: readonly string[];
}

/** One entity while it is gathered: how often each form of its name was printed. */
interface Gathered {
  readonly type: SpeakerType;
  readonly printed: Map<string, number>;
  readonly articles: Set<string>;
  readonly quotes: Set<string>;
}

function cmp(x: string, y: string): number {
  return x < y ? -1 : x > y ? 1 : 0;
}

/** The name an entity goes by: a person's fullest form (what `personForms` maps every form to);
 * an organisation's most printed form, the first in sort order on a tie. */
function displayName(entity: Gathered, forms: ReadonlyMap<string, string>): string {
  const printed = [...entity.printed].sort((a, b) => b[1] - a[1] || cmp(a[0], b[0]));
  const first = printed[0]?.[0] ?? '';
  return entity.type === 'person' ? (forms.get(first) ?? first) : first;
}

/** A slug for `name`, readable in any script, in the entity slug alphabet. */
export function entitySlugBase(name: string): string {
  return (
    readableSlug(name)
      .replace(/_+/g, '-')
      .replace(/^-+|-+$/g, '') || 'entity'
  );
}

/** Every entity, sorted by slug. Slugs are unique across both types (a clash gets a numeric
 * suffix, in name order), so one folder of addresses can hold either. Organisations named in an
 * article's text count as mentioning it only when some article quotes them: a name a tagger read
 * as an organisation is not enough evidence for a page of its own. */
export function collectEntities(
  named: ReadonlyMap<string, NamedInArticle>,
  quotes: readonly SpokenQuote[],
): Entity[] {
  const speakers = quotes.flatMap((q) =>
    q.speaker === null || q.speakerType === null
      ? []
      : [{ q, name: q.speaker, type: q.speakerType }],
  );
  const people = [...named.values()].flatMap((n) => n.people);
  const forms = personForms([
    ...people,
    ...speakers.filter((s) => s.type === 'person').map((s) => s.name),
  ]);
  const gathered = new Map<string, Gathered>();
  const add = (type: SpeakerType, name: string, article: string | null, quote: string | null) => {
    const key = entityKey(type, type === 'person' ? (forms.get(name) ?? name) : name);
    const entity = gathered.get(key) ?? {
      type,
      printed: new Map<string, number>(),
      articles: new Set(),
      quotes: new Set(),
    };
    gathered.set(key, entity);
    entity.printed.set(name, (entity.printed.get(name) ?? 0) + 1);
    if (article !== null) entity.articles.add(article);
    if (quote !== null) entity.quotes.add(quote);
  };
  for (const { q, name, type } of speakers) {
    add(type, name, null, q.id);
    for (const a of q.appearances) add(type, name, a.article, null);
  }
  const quotedOrganisations = new Set(
    speakers.filter((s) => s.type === 'organisation').map((s) => organisationKey(s.name)),
  );
  for (const [article, n] of named) {
    for (const name of n.people) add('person', name, article, null);
    for (const name of n.organizations) {
      if (quotedOrganisations.has(organisationKey(name))) add('organisation', name, article, null);
    }
  }
  return withSlugs([...gathered.values()].map((e) => ({ e, name: displayName(e, forms) })));
}

function withSlugs(entities: readonly { e: Gathered; name: string }[]): Entity[] {
  const slugger = new GithubSlugger();
  return [...entities]
    .sort((a, b) => cmp(a.name, b.name) || cmp(a.e.type, b.e.type))
    .map(({ e, name }) => ({
      name,
      type: e.type,
      aliases: [...e.printed.keys()].filter((n) => n !== name).sort(cmp),
      slug: slugger.slug(entitySlugBase(name)),
      articles: [...e.articles].sort(cmp),
      quotes: [...e.quotes].sort(cmp),
    }))
    .sort((a, b) => cmp(a.slug, b.slug));
}
