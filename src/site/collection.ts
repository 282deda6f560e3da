/**
 * The articles as pages read them: every entry of the content collection, newest first, with the
 * slugs of the outlet and tag pages and each article's address, from the article entries
 * (`article-entries.ts`).
 */
import type { Article } from '../schema/article.ts';
import { articleAddresses } from './article-addresses.ts';
import { loadArticleEntries } from './article-entries.ts';
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
  /** Each article's address (`<outlet>/<slug>`, see `article-addresses.ts`) by id. */
  readonly addresses: ReadonlyMap<string, string>;
}

let loaded: Promise<Archive> | undefined;

/** The archive from the content collection, loaded once per build: every page asks for it, and
 * reloading and re-sorting it per page would make the build quadratic in the article count. */
export function loadArchive(): Promise<Archive> {
  loaded ??= readArchive();
  return loaded;
}

async function readArchive(): Promise<Archive> {
  const articles = newestFirst((await loadArticleEntries()).articles);
  const outlets = byOutlet(articles);
  const tags = byTag(articles);
  const outletSlugs = new Map(outlets.facets.map((f) => [f.name, f.slug]));
  return {
    articles,
    outlets,
    tags,
    outletSlugs,
    tagSlugs: new Map(tags.facets.map((f) => [f.name, f.slug])),
    addresses: articleAddresses(articles, outletSlugs),
  };
}

/** The address of the article `id` (see {@link Archive.addresses}); a build that links an article
 * the archive does not hold fails here, naming it, rather than publishing a dead link. */
export function addressOf(archive: Pick<Archive, 'addresses'>, id: string): string {
  const address = archive.addresses.get(id);
  if (address === undefined) throw new Error(`no article "${id}" in the archive to link to`);
  return address;
}
