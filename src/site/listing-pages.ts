/**
 * Listing pages of a fixed size: every list that grows with the archive (stories, quotes, people,
 * organisations, an outlet's, a tag's or a year's articles) is cut into pages of at most
 * {@link LIST_PAGE_SIZE} items, so no HTML file grows without bound. Page 1 keeps the list's own
 * address (`stories/`), page n is `stories/<n>/` (Astro's `paginate`).
 */

/** Items per listing page unless the build says otherwise: about 30 kB of HTML for the longest
 * items (quotes with their speakers), small enough that a page loads at once and far under the
 * 1 MB any file of the site stays below. */
export const DEFAULT_LIST_PAGE_SIZE = 100;

/** The page size a `LIST_PAGE_SIZE` setting asks for: the default when unset or empty; anything
 * but a whole number from 1 to 10,000 stops the build, since a wrong size silently re-addresses
 * every listing page. */
export function listPageSize(setting: string | undefined): number {
  if (setting === undefined || setting.trim() === '') return DEFAULT_LIST_PAGE_SIZE;
  const size = Number(setting);
  if (!Number.isInteger(size) || size < 1 || size > 10_000)
    throw new Error(`LIST_PAGE_SIZE must be a whole number from 1 to 10000, not "${setting}"`);
  return size;
}

/** Items per listing page in this build (`LIST_PAGE_SIZE`, see README "Deploying"). */
export const LIST_PAGE_SIZE = listPageSize(process.env.LIST_PAGE_SIZE);

/** How many pages a list of `items` takes: at least one, so an empty list still has its page
 * saying it is empty. */
export function listingPageCount(items: number, pageSize: number = LIST_PAGE_SIZE): number {
  return Math.max(1, Math.ceil(items / pageSize));
}

/** A listing page's title: the list's own on its first page, with the page number after it on
 * the others, so each page of a list has a distinct title. */
export function pagedTitle(title: string, page: number, pages: number): string {
  return page <= 1 ? title : `${title}, page ${page} of ${pages}`;
}
