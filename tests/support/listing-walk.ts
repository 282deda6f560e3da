/**
 * Walks a paged listing of the built site (`stories/`, `outlets/<slug>/`…) as a reader does: from
 * its first page, following each page's `rel="next"` link until there is none.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { load, type CheerioAPI } from 'cheerio';
import { distText, DIST_BASE, DIST_DIR } from './dist-env.ts';

/** One page of a listing: its file and its parsed HTML. */
export interface ListingPage {
  readonly file: string;
  readonly $: CheerioAPI;
}

/** The pages of the listing at `folder` (a site path without the base, `tags/courts`), in order.
 * Stops with an error at a link that leaves the listing or loops, so a broken pager fails the
 * test that walks it rather than hanging it. */
export function walkListing(folder: string): ListingPage[] {
  const pages: ListingPage[] = [];
  let file = `${folder}/index.html`;
  for (;;) {
    if (!existsSync(join(DIST_DIR, file))) throw new Error(`${file} is missing`);
    const $ = load(distText(file));
    pages.push({ file, $ });
    const next = $('a[rel="next"]').first().attr('href');
    if (next === undefined) return pages;
    const expected = `${DIST_BASE}${folder}/${pages.length + 1}/`;
    if (next !== expected) throw new Error(`${file}: next page is ${next}, not ${expected}`);
    file = `${folder}/${pages.length + 1}/index.html`;
  }
}

/** The items of the paged list on a page: the last list of its main content (an entity's page
 * lists what they said above the articles mentioning them, which are what is paged). */
export function listedItems($: CheerioAPI): ReturnType<CheerioAPI> {
  return $('main ol, main ul').last().children('li');
}

/** The links of every item listed across a listing's pages, in order. */
export function listedLinks(folder: string): string[] {
  return walkListing(folder).flatMap(({ $ }) =>
    listedItems($)
      .map((_, li) => $(li).find('a[href]').first().attr('href') ?? '')
      .get(),
  );
}
