/**
 * Entity pages in the built site: each quote's speaker links to one page of that person or
 * organisation, which lists what they said (most widely printed first) and the articles
 * mentioning them; older speaker and people addresses are small pages leading there, never
 * redirecting by themselves and never indexed.
 */
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { load, type CheerioAPI } from 'cheerio';
import { describe, expect, it } from 'vitest';
import { articleUrl, distText, DIST_BASE, DIST_DIR, exportedFile } from '../support/dist-env.ts';
import { listedLinks } from '../support/listing-walk.ts';
import { QuoteRecord } from '../../src/schema/export-records.ts';

const quotes = exportedFile('quotes', QuoteRecord);
const page = (path: string): CheerioAPI => load(distText(join(path, 'index.html')));
const ENTITY_HREF = new RegExp(`^${DIST_BASE}(people|organisations)/[a-z0-9-]+/$`);
const folder = (name: string): string[] =>
  existsSync(join(DIST_DIR, name))
    ? // Numbered folders are the index's later pages.
      readdirSync(join(DIST_DIR, name)).filter((f) => f !== 'index.html' && !/^\d+$/.test(f))
    : [];
const quoted = quotes.filter((q) => q.speaker !== null);

describe('quote pages link the speaker’s entity page, which lists the quote', () => {
  it.each(quoted.map((q) => [q.id, q] as const))('%s', (id, q) => {
    const href = page(`quotes/${id}`)('[data-pagefind-filter="speaker"]').attr('href') ?? '';
    expect(href).toMatch(ENTITY_HREF);
    const $ = page(href.slice(DIST_BASE.length));
    const names = [$('h1').text(), ...$('p').map((_, el) => $(el).text()).get()];
    expect(names.some((text) => text.includes(q.speaker ?? ''))).toBe(true);
    expect($(`a[href="${DIST_BASE}quotes/${id}/"]`).length).toBe(1);
    // The articles mentioning the entity are paged: any page of them may list a printing.
    const listed = listedLinks(href.slice(DIST_BASE.length, -1));
    for (const a of q.appearances) expect(listed).toContain(articleUrl(a.article));
  });
});

describe('entity pages', () => {
  it('list what they said most widely printed first', () => {
    const reach = new Map(quotes.map((q) => [q.id, q.appearances.length]));
    for (const slug of [...folder('people'), ...folder('organisations')]) {
      const $ = existsSync(join(DIST_DIR, 'people', slug))
        ? page(`people/${slug}`)
        : page(`organisations/${slug}`);
      const listed = $(`main a[href^="${DIST_BASE}quotes/"]`)
        .map((_, el) => reach.get(($(el).attr('href') ?? '').split('/').at(-2) ?? ''))
        .get()
        .filter((n): n is number => n !== undefined);
      expect(listed, slug).toEqual([...listed].sort((a, b) => b - a));
    }
  });

  it('one page for a person printed with and without a middle name', () => {
    expect(folder('people')).toContain('maria-elena-okafor');
    const $ = page('people/maria-elena-okafor');
    expect($('h1').text()).toBe('Maria Elena Okafor');
    expect($('body').text()).toContain('Also printed as: Maria Okafor');
  });

  it('the people and organisations indexes list every entity with a page, across their pages', () => {
    const organisations = listedLinks('organisations');
    for (const slug of folder('organisations')) {
      expect(organisations).toContain(`${DIST_BASE}organisations/${slug}/`);
    }
    const people = listedLinks('people');
    const live = folder('people').filter((slug) => page(`people/${slug}`)('meta[name=robots]').length === 0);
    for (const slug of live) expect(people).toContain(`${DIST_BASE}people/${slug}/`);
    expect(page('people')(`a[href="${DIST_BASE}organisations/"]`).length).toBe(1);
  });
});

describe('moved addresses', () => {
  const moved = [
    ...folder('speakers').map((slug) => `speakers/${slug}`),
    ...folder('people')
      .map((slug) => `people/${slug}`)
      .filter((path) => page(path)('meta[name=robots]').length > 0),
  ];

  it('every quoted speaker’s old page, and a merged name’s, is there', () => {
    expect(moved).toContain('speakers/maria-elena-okafor');
    expect(moved).toContain('people/maria-okafor');
  });

  it.each(moved)('%s leads to the entity page by a link and its canonical link', (path) => {
    const $ = page(path);
    const link = $('main a[href]')
      .map((_, el) => $(el).attr('href'))
      .get()
      .find((href) => ENTITY_HREF.test(href));
    expect(link).toBeDefined();
    expect(existsSync(join(DIST_DIR, (link ?? '').slice(DIST_BASE.length), 'index.html'))).toBe(true);
    expect($('link[rel=canonical]').attr('href')).toMatch(new RegExp(`${link ?? ''}$`));
    expect($('meta[name=robots]').attr('content')).toBe('noindex');
    expect($('meta[http-equiv="refresh" i]').length).toBe(0);
  });
});
