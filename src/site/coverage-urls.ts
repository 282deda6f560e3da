/**
 * Where the cross-outlet pages live: quotes, stories, people and organisations, and the comparison of two
 * articles. Every path is built with {@link sitePath}, so links work under any base path.
 */
import { segment, sitePath } from './urls.ts';

/** The separator in a comparison's slug: article ids never hold a tilde, so the two ids always
 * read back unambiguously. */
const PAIR_SEPARATOR = '~';

/** The slug of the comparison of articles `a` and `b` (in that order). */
export function pairSlug(a: string, b: string): string {
  return `${a}${PAIR_SEPARATOR}${b}`;
}

/** The quote page. */
export function quotePath(base: string, id: string): string {
  return sitePath(base, 'quotes', `${segment(id)}/`);
}

/** The story page. */
export function storyPath(base: string, id: string): string {
  return sitePath(base, 'stories', `${segment(id)}/`);
}

/** An entity's page (what they said and the articles mentioning them): a person's under
 * `people/`, an organisation's under `organisations/`. */
export function entityPath(
  base: string,
  entity: { readonly type: 'person' | 'organisation'; readonly slug: string },
): string {
  const folder = entity.type === 'person' ? 'people' : 'organisations';
  return sitePath(base, folder, `${segment(entity.slug)}/`);
}

/** The comparison page of a story's related articles: `a` and `b` given, the page showing those
 * two side by side (`?pair=a~b`, read in the browser); else the pair it is built with. */
export function comparePath(base: string, story: string, a?: string, b?: string): string {
  const page = sitePath(base, 'compare', `${segment(story)}/`);
  return a === undefined || b === undefined
    ? page
    : `${page}?pair=${encodeURIComponent(pairSlug(a, b))}`;
}

/** An article page, from its address (`<outlet>/<slug>`, see `article-addresses.ts`). */
export function articlePath(base: string, address: string): string {
  return sitePath(base, 'articles', ...address.split('/').map(segment), '');
}
