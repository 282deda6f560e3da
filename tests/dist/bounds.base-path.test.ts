/**
 * No file of the site grows without bound: none is over 1 MB except Pagefind's own index files,
 * and every listing that grows with the archive (indexes, an outlet's, tag's or year's articles,
 * the articles mentioning a person or organisation) is cut into pages of one fixed size, linked in
 * order, listing each item once. The tests read the page size as the build does, from
 * `LIST_PAGE_SIZE` (give them the one the site was built with); `npm test` builds the sub-path
 * site with a small one, so its listings span several pages.
 */
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEFAULT_LIST_PAGE_SIZE, LIST_PAGE_SIZE as PAGE_SIZE } from '../../src/site/listing-pages.ts';
import { distFiles, distText, DIST_DIR } from '../support/dist-env.ts';
import { listedItems, listedLinks, walkListing } from '../support/listing-walk.ts';

const MAX_FILE_BYTES = 1024 * 1024;
const subfolders = (folder: string): string[] =>
  existsSync(join(DIST_DIR, folder))
    ? readdirSync(join(DIST_DIR, folder), { withFileTypes: true })
        .filter((e) => e.isDirectory() && !/^\d+$/.test(e.name))
        .map((e) => `${folder}/${e.name}`)
    : [];
const total = (kind: string): number =>
  (JSON.parse(distText(`api/${kind}/1.json`)) as { total: number }).total;

const LISTINGS = [
  'stories',
  'quotes',
  'people',
  'organisations',
  ...subfolders('outlets'),
  ...subfolders('tags'),
  ...subfolders('archive'),
  // Entity pages, whose articles are paged; a moved address is a page of one link.
  ...[...subfolders('people'), ...subfolders('organisations')].filter(
    (folder) => !distText(`${folder}/index.html`).includes('name="robots"'),
  ),
];

describe('bounded outputs', () => {
  it("no file over 1 MB except Pagefind's own", () => {
    const large = distFiles().filter(
      (f) => !f.startsWith('pagefind/') && statSync(join(DIST_DIR, f)).size > MAX_FILE_BYTES,
    );
    expect(large).toEqual([]);
  });

  it.each(LISTINGS)('%s: pages of the fixed size, in order, each item once', (folder) => {
    const pages = walkListing(folder);
    const counts = pages.map(({ $ }) => listedItems($).length);
    for (const [n, count] of counts.entries()) {
      if (n < counts.length - 1) expect(count, pages[n]?.file).toBe(PAGE_SIZE);
      else expect(count, pages[n]?.file).toBeLessThanOrEqual(PAGE_SIZE);
    }
    const links = listedLinks(folder);
    expect(new Set(links).size).toBe(links.length);
    // No page is left over beyond the last one linked.
    expect(existsSync(join(DIST_DIR, folder, String(pages.length + 1)))).toBe(false);
  });

  it.each([
    ['stories', 'stories'],
    ['quotes', 'quotes'],
  ])('%s: the pages list every one of the API’s %s', (folder, kind) => {
    const listed = walkListing(folder).reduce((sum, { $ }) => sum + listedItems($).length, 0);
    expect(listed).toBe(total(kind));
  });

  it.runIf(PAGE_SIZE < DEFAULT_LIST_PAGE_SIZE)('a list longer than a page spans pages', () => {
    expect(total('quotes')).toBeGreaterThan(PAGE_SIZE);
    expect(walkListing('quotes').length).toBe(Math.ceil(total('quotes') / PAGE_SIZE));
  });
});
