/**
 * Entity pages as the site shows them: which entity a quote's speaker is, and which older
 * addresses now lead to an entity's page. Before entities, a person had a page of articles under
 * `people/<slug>/` and a page of quotes under `speakers/<slug>/`, organisations were filed as
 * people, and each printed form of a name had pages of its own; those addresses stay working as
 * small pages that say where the entity's page is now.
 */
import { entityKey } from '../entities/merge-entities.ts';
import { entitySlugBase } from '../entities/collect-entities.ts';
import type { SpeakerType } from '../schema/quote.ts';
import type { Article } from '../schema/article.ts';
import { newestFirst } from './dates.ts';
import type { Entity } from '../schema/story.ts';

/** Entities by type and every printed form of their names (see `entityKey`). */
export type EntityLookup = ReadonlyMap<string, Entity>;

/** The lookup of `entities`: each by its name and each alias. */
export function entityLookup(entities: readonly Entity[]): EntityLookup {
  const lookup = new Map<string, Entity>();
  for (const entity of entities) {
    for (const name of [entity.name, ...entity.aliases]) {
      const key = entityKey(entity.type, name);
      if (!lookup.has(key)) lookup.set(key, entity);
    }
  }
  return lookup;
}

/** The entity a quote's speaker is, or undefined when the quote names none (or none is known). */
export function speakerEntity(
  lookup: EntityLookup,
  speaker: { readonly speaker: string | null; readonly speakerType: SpeakerType | null },
): Entity | undefined {
  if (speaker.speaker === null || speaker.speakerType === null) return undefined;
  return lookup.get(entityKey(speaker.speakerType, speaker.speaker));
}

/** The articles mentioning `entity` as its page lists them, newest first; an id with no article
 * in `articleById` is left out. */
export function entityArticles<T extends Pick<Article, 'id' | 'published' | 'publishedPrecision'>>(
  entity: Pick<Entity, 'articles'>,
  articleById: ReadonlyMap<string, T>,
): T[] {
  return newestFirst(entity.articles.flatMap((id) => articleById.get(id) ?? []));
}

/** An address that moved: `<folder>/<slug>/` now leads to `to`'s page. */
export interface MovedPage {
  readonly folder: 'people' | 'speakers';
  readonly slug: string;
  readonly to: Entity;
}

/** The older addresses of the entities, none of them an address a page has now: a speaker page
 * for every entity quoted, and a people page for each other printed form of a person's name and
 * for every organisation (they were filed as people). The first entity in slug order keeps an
 * address two would claim. */
export function movedPages(entities: readonly Entity[]): MovedPage[] {
  const live = new Set(entities.filter((e) => e.type === 'person').map((e) => `people/${e.slug}`));
  const moved = new Map<string, MovedPage>();
  const claim = (folder: MovedPage['folder'], slug: string, to: Entity): void => {
    const path = `${folder}/${slug}`;
    if (!live.has(path) && !moved.has(path)) moved.set(path, { folder, slug, to });
  };
  const byName = [...entities].sort((a, b) => (a.slug < b.slug ? -1 : 1));
  for (const entity of byName) {
    const slugs = [entity.slug, ...[entity.name, ...entity.aliases].map(entitySlugBase)];
    for (const slug of new Set(slugs)) {
      if (entity.quotes.length > 0) claim('speakers', slug, entity);
      if (entity.type === 'organisation' || slug !== entity.slug) claim('people', slug, entity);
    }
  }
  return [...moved.values()];
}

/** `entities` most mentioned first (by articles, then quotes), then by name. */
export function byMentions<T extends Pick<Entity, 'name' | 'articles' | 'quotes'>>(
  entities: readonly T[],
): T[] {
  return [...entities].sort(
    (a, b) =>
      b.articles.length - a.articles.length ||
      b.quotes.length - a.quotes.length ||
      (a.name < b.name ? -1 : a.name > b.name ? 1 : 0),
  );
}

/** "3 articles, 2 quotes": how much an entity is in the archive (no quotes, no mention of them). */
export function entityCounts(entity: Pick<Entity, 'articles' | 'quotes'>): string {
  const plural = (n: number, word: string): string => `${n} ${word}${n === 1 ? '' : 's'}`;
  const articles = plural(entity.articles.length, 'article');
  return entity.quotes.length === 0
    ? articles
    : `${articles}, ${plural(entity.quotes.length, 'quote')}`;
}
