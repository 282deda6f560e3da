/**
 * The built cross-outlet pages and exports: `api/quotes.json` and `api/stories.json` have their
 * contract shape and agree with `api/articles.json`; every quote, story and compared pair has its
 * page under the base path (a story's pairs share one comparison page); quote pages are indexed as
 * quotes and link the comparisons of their related printings; story timelines are SVG images with
 * a text alternative (a sentence when fewer than two articles are dated), each article and related
 * pair listed once; comparisons mark only the changes, with elements, not colour, and keep each
 * text whole; only comparison pages have a script, from the site itself.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { load } from 'cheerio';
import { describe, expect, it } from 'vitest';
import { defaultPair } from '../../src/site/comparison.ts';
import { articleUrl, distText, DIST_BASE, DIST_DIR, exportedFile } from '../support/dist-env.ts';
import { listedLinks } from '../support/listing-walk.ts';
import { QuoteRecord, SiteArticleRecord, StoryRecord } from '../../src/schema/export-records.ts';

const quotes = exportedFile('quotes', QuoteRecord);
const stories = exportedFile('stories', StoryRecord);
const articles = exportedFile('articles', SiteArticleRecord);
const articleIds = new Set(articles.map((a) => a.id));
const bodyOf = (id: string): string => articles.find((a) => a.id === id)?.body ?? '';
const page = (path: string) => load(distText(join(path, 'index.html')));
const compared = stories.filter((s) => s.reuse.length > 0);
/** The pair a comparison page is built with (`defaultPair`, here from the export). */
const closest = (s: StoryRecord) => defaultPair(s.reuse) ?? { a: '', b: '', kind: '' };
const pairHref = (story: string, p: { a: string; b: string }) =>
  `${DIST_BASE}compare/${story}/?pair=${p.a}~${p.b}`;

describe('exports', () => {
  it('api/quotes.json: id, text, speaker, kind, appearances placed in known articles', () => {
    expect(quotes.length).toBeGreaterThan(0);
    const bodyOf = new Map(articles.map((a) => [a.id, a.body]));
    for (const q of quotes) {
      expect(Object.keys(q).sort()).toEqual([
        'appearances',
        'id',
        'kind',
        'speaker',
        'speakerType',
        'text',
      ]);
      expect(typeof q.text).toBe('string');
      expect(q.speaker === null || typeof q.speaker === 'string').toBe(true);
      expect(q.speakerType === null).toBe(q.speaker === null);
      expect(['speech', 'fragment', 'embed']).toContain(q.kind);
      for (const a of q.appearances) {
        expect(Object.keys(a).sort()).toEqual([
          'article',
          'embed',
          'end',
          'start',
          'text',
          'utterance',
          'variant',
        ]);
        expect(articleIds.has(a.article)).toBe(true);
        expect(['verbatim', 'truncated', 'altered', 'fragment']).toContain(a.variant);
        if (a.embed === null) expect(bodyOf.get(a.article)?.slice(a.start, a.end)).toBe(a.text);
      }
    }
  });

  it('api/quotes.json: the parts of an utterance are separate quotes, never joined', () => {
    const parts = quotes.flatMap((q) =>
      q.appearances.filter((a) => a.utterance !== null).map((a) => ({ q, a })),
    );
    expect(parts.length).toBeGreaterThan(0);
    for (const { q, a } of parts) {
      const $ = page(`quotes/${q.id}`);
      const whole = $('.quote-text')
        .toArray()
        .map((el) => $(el).text())
        .find(
          (t) => t.length > a.text.length && t.includes(a.text) && bodyOf(a.article).includes(t),
        );
      expect(whole, `${q.id}: the statement as ${a.article} printed it`).toBeDefined();
    }
  });

  it('api/stories.json: every article in exactly one story; reuse pairs inside it', () => {
    for (const s of stories) {
      expect(Object.keys(s).sort()).toEqual(['articles', 'id', 'reuse', 'title']);
      for (const p of s.reuse) {
        expect(Object.keys(p).sort()).toEqual(['a', 'b', 'kind', 'shared']);
        expect(s.articles).toEqual(expect.arrayContaining([p.a, p.b]));
        expect(['syndicated', 'partial', 'rewrite']).toContain(p.kind);
        expect(p.shared.a).toBeGreaterThanOrEqual(0);
        expect(p.shared.b).toBeLessThanOrEqual(1);
      }
    }
    expect(stories.flatMap((s) => s.articles).sort()).toEqual([...articleIds].sort());
  });

  it('api/articles.json: each article names its story and the quotes it prints', () => {
    const quoteIds = new Set(quotes.map((q) => q.id));
    for (const a of articles) {
      const story = stories.find((s) => s.articles.includes(a.id));
      expect(a.story).toBe(story?.id ?? null);
      for (const id of a.quotes) expect(quoteIds.has(id)).toBe(true);
      const printed = quotes.filter((q) => q.appearances.some((x) => x.article === a.id));
      expect([...a.quotes].sort()).toEqual(printed.map((q) => q.id).sort());
    }
  });
});

describe('quote pages', () => {
  it('the index lists every quote, across its pages', () => {
    const listed = listedLinks('quotes');
    for (const q of quotes) expect(listed.filter((h) => h === `${DIST_BASE}quotes/${q.id}/`).length).toBe(1);
  });

  it.each(quotes.map((q) => [q.id, q] as const))('%s', (id, q) => {
    const $ = page(`quotes/${id}`);
    const body = $('[data-pagefind-body]');
    expect(body.length).toBe(1);
    expect(body.find('.quote-text').text()).toBe(q.text);
    expect($('[data-pagefind-filter="kind:quote"]').length).toBe(1);
    expect($('[data-pagefind-meta^="kind:quote"]').attr('data-pagefind-meta')).toContain(
      `articles:${q.appearances.length}`,
    );
    expect($('[data-pagefind-meta="printed"]').text()).toMatch(/^Printed in \d+ articles?/);
    if (q.speaker !== null) expect($('[data-pagefind-filter="speaker"]').text()).toBe(q.speaker);
    for (const a of q.appearances) {
      expect($(`a[href="${articleUrl(a.article)}"]`).length).toBeGreaterThan(0);
    }
    if (q.appearances.some((a) => a.variant === 'altered')) {
      expect($('del').length + $('ins').length).toBeGreaterThan(0);
    }
    // Any two printings that are related texts link to their comparison.
    const printed = new Set(q.appearances.map((a) => a.article));
    const related = stories.flatMap((st) =>
      st.reuse.filter((p) => printed.has(p.a) && printed.has(p.b)).map((p) => pairHref(st.id, p)),
    );
    expect($('#compare-h').length).toBe(related.length > 0 ? 1 : 0);
    for (const href of related) expect($(`a[href="${href}"]`).length, href).toBe(1);
  });

  it('the fixture site has a quote printed by related texts', () => {
    expect(quotes.some((q) => page(`quotes/${q.id}`)('#compare-h').length === 1)).toBe(true);
  });
});

describe('story pages', () => {
  it('the index lists every story, across its pages', () => {
    const listed = listedLinks('stories');
    for (const s of stories) expect(listed.filter((h) => h === `${DIST_BASE}stories/${s.id}/`).length).toBe(1);
  });

  it.each(stories.map((s) => [s.id, s] as const))('%s', (id, s) => {
    const $ = page(`stories/${id}`);
    const dated = articles.filter((a) => s.articles.includes(a.id) && a.published !== null);
    const svg = $('svg[role="img"]');
    // One dated article is a dot, not a timeline: a chart only from two, else a sentence.
    if (dated.length >= 2) {
      expect(svg.length).toBe(1);
      const labelled = (svg.attr('aria-labelledby') ?? '').split(' ');
      expect(labelled.map((x) => $(`#${x}`).prop('tagName')?.toLowerCase())).toEqual(['title', 'desc']);
      expect(svg.find('circle, line.span').length).toBe(dated.length);
    } else {
      expect(svg.length).toBe(0);
      expect($('#timeline-text').text()).toMatch(dated.length === 1 ? /dated/ : /No article/);
    }
    if (dated.length > 0 && dated.length < s.articles.length) {
      expect($('#timeline-text').text()).toMatch(/undated/);
    }
    // Each article and each related pair once; each article's quotes under it.
    for (const a of s.articles) expect($(`main a[href="${articleUrl(a)}"]`).length).toBe(1);
    for (const p of s.reuse) expect($(`a[href="${pairHref(s.id, p)}"]`).length).toBe(1);
    expect($('.reuse-pairs li').length).toBe(s.reuse.length);
    expect($('.coverage > li').length).toBe(s.articles.length);
    for (const q of quotes) {
      const printers = new Set(
        q.appearances.map((x) => x.article).filter((x) => s.articles.includes(x)),
      ).size;
      expect($(`.coverage a[href="${DIST_BASE}quotes/${q.id}/"]`).length).toBe(printers);
    }
    expect($('table').length).toBe(0);
  });
});

describe('punctuation around links and names', () => {
  // A line break in a template between a link and its punctuation prints a stray space.
  const stray = /\s[,:;)]|\(\s/u;
  const lists = [
    ...stories.map((s) => `stories/${s.id}`),
    ...articles.map((a) => a.url.slice(DIST_BASE.length, -1)),
  ];
  const itemsOf = (path: string) => {
    const $ = page(path);
    return { $, items: $('section[aria-labelledby] li, section[aria-labelledby] td') };
  };
  it.each(lists)('%s: no space before a comma, colon or bracket, none after one', (path) => {
    const { $, items } = itemsOf(path);
    // An article with no coverage and nothing cleaned away lists nothing; every story lists some.
    if (path.startsWith('stories/')) expect(items.length).toBeGreaterThan(0);
    items.each((_, el) => {
      const text = $(el).text().replace(/\s+/g, ' ');
      expect(text, path).not.toMatch(stray);
    });
  });
  it('article pages list something to check', () => {
    expect(lists.filter((path) => itemsOf(path).items.length > 0).length).toBeGreaterThan(stories.length);
  });
});

describe('compare pages', () => {
  it('the fixture site has a story to compare', () => {
    expect(compared.length).toBeGreaterThan(0);
  });

  it.each(compared.map((s) => [s.id, s] as const))('%s', (id, s) => {
    const $ = page(`compare/${id}`);
    expect($(`a[href="${DIST_BASE}stories/${id}/"]`).length).toBe(1);
    expect($('.legend ins, .legend del').length).toBe(2);
    for (const p of s.reuse) expect($(`.pairs a[href="${pairHref(id, p)}"]`).length).toBe(1);
    expect($('.pairs a[aria-current="page"]').attr('href')).toBe(pairHref(id, closest(s)));
    const rows = $('#comparison .row:not(.head)');
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.find('.cell > .side').length).toBe(2 * rows.length);
    expect($('#pair-summary').text()).toMatch(/paragraphs?/);
    const data = JSON.parse($('#comparison-data').text()) as { pairs: unknown[] };
    expect(data.pairs).toHaveLength(s.reuse.length);
  });

  it('a syndicated copy is marked only where it changes, each text kept whole', () => {
    const syndicated = compared.find((s) => closest(s).kind === 'syndicated');
    expect(syndicated).toBeDefined();
    const $ = page(`compare/${syndicated?.id ?? ''}`);
    expect($('#comparison mark').length).toBe(0);
    const marked = $('#comparison ins, #comparison del').text().length;
    const all = $('#comparison .row .text').text().length;
    expect(marked).toBeGreaterThan(0);
    expect(marked / all).toBeLessThan(0.05);
    const pair = closest(syndicated ?? stories[0]!);
    const column = (k: number) =>
      $('#comparison .row:not(.head)')
        .map((_, row) => $(row).find('.cell').eq(k).find('.text').text())
        .get()
        .filter((t) => t !== '')
        .join(' ');
    const bodies = [pair.a, pair.b].map((id) => bodyOf(id).replace(/\s+/g, ' ').trim());
    const shown = [column(0), column(1)].map((t) => t.replace(/\s+/g, ' ').trim());
    expect(shown.sort()).toEqual(bodies.sort());
  });
});

describe('article pages link their coverage', () => {
  it.each(articles.map((a) => [a.id, a] as const))('%s', (_id, a) => {
    const $ = load(distText(`${a.url.slice(DIST_BASE.length)}index.html`));
    const story = stories.find((s) => s.id === a.story);
    if (story !== undefined && story.articles.length > 1) {
      expect($(`a[href="${DIST_BASE}stories/${story.id}/"]`).length).toBe(1);
    }
    for (const p of story?.reuse.filter((x) => x.a === a.id || x.b === a.id) ?? []) {
      expect($(`a[href="${pairHref(story?.id ?? '', p)}"]`).length).toBe(1);
    }
    // Once in the coverage list; the quotation marked in the body links there too.
    for (const q of a.quotes) {
      expect($(`a[href="${DIST_BASE}quotes/${q}/"]`).not('.quoted').length).toBe(1);
    }
  });
});

describe('no script on coverage pages', () => {
  const paths = [
    'quotes',
    'stories',
    ...quotes.map((q) => `quotes/${q.id}`),
    ...stories.map((s) => `stories/${s.id}`),
  ];
  it.each(paths)('%s', (path) => {
    expect(existsSync(join(DIST_DIR, path, 'index.html'))).toBe(true);
    const $ = page(path);
    expect($('script').filter((_, el) => $(el).attr('type') !== 'application/ld+json').length).toBe(0);
  });
});

describe('comparison pages run one script, from the site', () => {
  it.each(compared.map((s) => `compare/${s.id}`))('%s', (path) => {
    const $ = page(path);
    const scripts = $('script').filter((_, el) => $(el).attr('type') !== 'application/json');
    expect(scripts.length).toBe(1);
    expect(scripts.attr('src')).toMatch(new RegExp(`^${DIST_BASE}_astro/[^/]+\\.js$`));
    expect(scripts.text()).toBe('');
  });
});
