/**
 * Quotations marked in the built article pages: every quotation an article prints (each
 * appearance of a quote in its body) is marked and links to that quote's built page, the marks say
 * who spoke, and the body's visible characters are the article's text exactly, marks or not.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { load, type CheerioAPI } from 'cheerio';
import { describe, expect, it } from 'vitest';
import { articleUrl, distText, DIST_BASE, DIST_DIR, exportedArticles, exportedFile } from '../support/dist-env.ts';
import { QuoteRecord } from '../../src/schema/export-records.ts';

const articles = exportedArticles();
const quotes = exportedFile('quotes', QuoteRecord);
const articlePage = (id: string): CheerioAPI =>
  load(distText(`${articleUrl(id).slice(DIST_BASE.length)}index.html`));
/** Characters a reader sees, whitespace aside (paragraph breaks render as the page's layout). */
const visible = (text: string): string => text.replace(/\s+/g, '');

describe.each(articles.map((a) => [a.id, a] as const))('%s', (id, article) => {
  const $ = articlePage(id);
  const body = $('.body');

  it('the body shows exactly the article’s text, marked or not', () => {
    const shown = body.clone();
    shown.find('figure').remove();
    expect(visible(shown.text())).toBe(visible(article.body));
    shown.find('.quoted').each((_, el) => {
      $(el).replaceWith($(el).contents());
    });
    expect(visible(shown.text())).toBe(visible(article.body));
  });

  it('every quotation it prints is marked and links to its quote page', () => {
    const printed = quotes.flatMap((q) =>
      q.appearances.filter((a) => a.article === id && a.embed === null).map((a) => ({ q, a })),
    );
    for (const { q, a } of printed) {
      const href = `${DIST_BASE}quotes/${q.id}/`;
      const marks = body.find(`a.quoted[href="${href}"]`);
      expect(marks.length, `${id}: ${q.id}`).toBeGreaterThan(0);
      expect(visible(marks.text())).toBe(visible(a.text));
      if (q.speaker !== null) expect(marks.attr('title')).toContain(q.speaker);
    }
  });

  it('every mark links to a built quote page, or to nothing', () => {
    body.find('.quoted').each((_, el) => {
      const href = $(el).attr('href');
      expect(el.tagName === 'a').toBe(href !== undefined);
      if (href === undefined) return;
      expect(href).toMatch(new RegExp(`^${DIST_BASE}quotes/[a-z0-9-]+/$`));
      expect(existsSync(join(DIST_DIR, href.slice(DIST_BASE.length), 'index.html'))).toBe(true);
    });
  });
});

describe('the fixture articles', () => {
  it('a scare quote is not marked as anyone’s words; a fragment is', () => {
    const $ = articlePage('wire-bridge-closure');
    const marked = $('.body .quoted')
      .map((_, el) => $(el).text())
      .get();
    expect(marked).toContain('in daily contact');
    expect(marked).not.toContain('floating detour');
    expect(marked).not.toContain('car-free');
  });
});
