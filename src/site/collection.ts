/**
 * The articles as pages read them: every entry of the content collection, newest first, with the
 * slugs of the outlet and tag pages. The one place pages touch `astro:content` for lists.
 */
import { getCollection } from 'astro:content';
import type { Article } from '../schema/article.ts';
import { newestFirst } from './dates.ts';
import { byOutlet, byTag, type Facets } from './facets.ts';

/** Everything a listing page needs. */
export interface Archive {
  /** All articles, newest first, undated last. */
  readonly articles: readonly Article[];
  readonly outlets: Facets<Article>;
  readonly tags: Facets<Article>;
  /** Outlet page slug by outlet name. */
  readonly outletSlugs: ReadonlyMap<string, string>;
  /** Tag page slug by tag name. */
  readonly tagSlugs: ReadonlyMap<string, string>;
}

let loaded: Promise<Archive> | undefined;

/** The archive from the content collection, loaded once per build: every page asks for it, and
 * reloading and re-sorting it per page would make the build quadratic in the article count. */
export function loadArchive(): Promise<Archive> {
  loaded ??= readArchive();
  return loaded;
}

async function readArchive(): Promise<Archive> {
  const articles = newestFirst((await getCollection('articles')).map((entry) => entry.data));
  const outlets = byOutlet(articles);
  const tags = byTag(articles);
  return {
    articles,
    outlets,
    tags,
    outletSlugs: new Map(outlets.facets.map((f) => [f.name, f.slug])),
    tagSlugs: new Map(tags.facets.map((f) => [f.name, f.slug])),
  };
}
