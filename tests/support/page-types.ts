/**
 * One built page of each type the site has (home, article, story, quote, person, outlet, tag,
 * archive year, comparison, search, about, not found and the indexes), found in the built site
 * rather than named, so the browser tests follow whatever the seeds hold; and the layout checks
 * each of them must pass in a real browser.
 */
import type { Page } from 'playwright-core';
import { distFiles, distText, exportedArticles, DIST_BASE, exportedFile } from './dist-env.ts';
import { StoryRecord } from '../../src/schema/export-records.ts';

const files = distFiles();
/** The largest built page matching `pattern` (the one with most to show), as a path. */
function largest(pattern: RegExp): string {
  const file = files
    .filter((f) => pattern.test(f))
    .sort((a, b) => distText(b).length - distText(a).length)[0];
  return (file ?? '').replace(/index\.html$/, '');
}

/** The stories of the built site. */
export const stories = exportedFile('stories', StoryRecord);
/** The story with the most articles. */
export const bigStory = [...stories].sort((a, b) => b.articles.length - a.articles.length)[0];

/** Each page type's name and path relative to the base. */
export function pageTypes(): [string, string][] {
  const article = exportedArticles()[0];
  const organisation = largest(/^organisations\/[^/]+\/index\.html$/);
  return [
    ['home', ''],
    ['article', article?.url.slice(DIST_BASE.length) ?? ''],
    ['story', `stories/${bigStory?.id ?? ''}/`],
    ['stories', 'stories/'],
    ['quote', largest(/^quotes\/[^/]+\/index\.html$/)],
    ['quotes', 'quotes/'],
    ['person', largest(/^people\/[^/]+\/index\.html$/)],
    ['organisation', organisation === '' ? 'organisations/' : organisation],
    ['outlet', largest(/^outlets\/[^/]+\/index\.html$/)],
    ['outlets', 'outlets/'],
    ['tag', largest(/^tags\/[^/]+\/index\.html$/)],
    ['year', largest(/^archive\/\d{4}\/index\.html$/)],
    ['compare', `compare/${stories.find((s) => s.reuse.length > 0)?.id ?? ''}/`],
    ['search', 'search/'],
    ['about', 'about/'],
    ['not-found', 'no-such-page/'],
  ];
}

/** Elements whose right edge passes the viewport's with no scroll box of their own around them
 * (a box whose overflow-x is auto or scroll), as short selectors; and the document's own
 * sideways overflow in px. */
export function overflowing(page: Page): Promise<{ document: number; elements: string[] }> {
  return page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    const scrolls = (el: Element | null): boolean => {
      for (let e = el; e !== null; e = e.parentElement) {
        if (/auto|scroll/.test(getComputedStyle(e).overflowX)) return true;
      }
      return false;
    };
    const elements = [...document.body.querySelectorAll('*')]
      .filter((el) => el.getBoundingClientRect().right > width + 1 && !scrolls(el.parentElement))
      .filter((el) => el.getBoundingClientRect().width > 1)
      .map((el) => `${el.tagName.toLowerCase()}.${[...el.classList].join('.')}`);
    return { document: document.documentElement.scrollWidth - width, elements };
  });
}

/** The underline of each headline link in lists of articles (none until hover or focus). */
export function headlineDecorations(page: Page): Promise<string[]> {
  return page.$$eval('main li :is(h2, h3) a, main .list :is(h2, h3) a', (links) =>
    links.map((a) => getComputedStyle(a).textDecorationLine),
  );
}
