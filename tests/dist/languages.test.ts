/**
 * Languages in the built site: every article page declares its article's language (`und` when
 * unknown), so Pagefind indexes it with that language's stemming; the site's own words stay
 * marked English; each language of the archive has the search page that searches its index.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { load } from 'cheerio';
import { describe, expect, it } from 'vitest';
import { languageFacets, linksLanguages, SITE_LANGUAGE } from '../../src/site/languages.ts';
import { DIST_BASE, DIST_DIR, distText, exportedArticles } from '../support/dist-env.ts';

const articles = exportedArticles();
const pageFile = (url: string) => `${url.slice(DIST_BASE.length)}index.html`;

describe('article pages', () => {
  it.each(articles.map((a) => [a.id, a] as const))('%s declares its language', (_, article) => {
    const $ = load(distText(pageFile(article.url)));
    const lang = article.language ?? 'und';
    expect($('html').attr('lang')).toBe(lang);
    expect($('[data-pagefind-body]').attr('lang')).toBe(lang);
    expect($('h1').attr('lang')).toBe(lang);
    // The site's own words are English: marked so when the page is not.
    const chrome = lang === SITE_LANGUAGE ? undefined : SITE_LANGUAGE;
    for (const part of ['header.site-head', 'main', 'footer.site-foot'])
      expect($(part).attr('lang'), part).toBe(chrome);
  });
});

describe('search pages', () => {
  const languages = languageFacets(articles);

  it.each(languages.map((l) => [l.code, l] as const))('%s has its search page', (code, language) => {
    const file = join(language.path, 'index.html');
    expect(existsSync(join(DIST_DIR, file))).toBe(true);
    expect(load(distText(file))('html').attr('lang')).toBe(code);
  });

  it('links every language when there is one other than English, and none otherwise', () => {
    const $ = load(distText('search/index.html'));
    const links = $('nav[aria-label="Language of the articles searched"] a');
    expect(links.length).toBe(linksLanguages(languages) ? languages.length : 0);
  });

  it('pagefind indexed each language the articles are in', () => {
    const entry = JSON.parse(distText('pagefind/pagefind-entry.json')) as {
      languages: Record<string, unknown>;
    };
    for (const { code } of languages) expect(Object.keys(entry.languages)).toContain(code);
  });
});
