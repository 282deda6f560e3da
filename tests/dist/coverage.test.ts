/**
 * The built cross-outlet pages and exports: `api/quotes.json` and `api/stories.json` have their
 * contract shape and agree with `api/articles.json`; every quote, story and compared pair has its
 * page under the base path (a story's pairs share one comparison page); quote pages are indexed as
 * quotes; story timelines are SVG images with a text alternative; comparisons mark changes with
 * elements, not colour; only comparison pages have a script, from the site itself.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { load } from 'cheerio';
import { describe, expect, it } from 'vitest';
import { defaultPair } from '../../src/site/comparison.ts';
import { distText, DIST_BASE, DIST_DIR } from '../support/dist-env.ts';

interface QuoteRecord {
  id: string;
  text: string;
  speaker: string | null;
  speakerType: 'person' | 'organisation' | null;
  kind: string;
  appearances: {
    article: string;
    text: string;
    variant: string;
    start: number;
    end: number;
    embed: number | null;
    utterance: { id: string; part: number } | null;
  }[];
}
interface StoryRecord {
  id: string;
  title: string;
  articles: string[];
  reuse: { a: string; b: string; kind: string; shared: { a: number; b: number } }[];
}
interface ArticleRecord {
  id: string;
  url: string;
  body: string;
  published: string | null;
  story: string | null;
  quotes: string[];
}

const quotes = JSON.parse(distText('api/quotes.json')) as QuoteRecord[];
const stories = JSON.parse(distText('api/stories.json')) as StoryRecord[];
const articles = JSON.parse(distText('api/articles.json')) as ArticleRecord[];
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
  it('the index lists every quote', () => {
    const $ = page('quotes');
    for (const q of quotes) expect($(`a[href="${DIST_BASE}quotes/${q.id}/"]`).length).toBe(1);
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
      expect($(`a[href="${DIST_BASE}articles/${a.article}/"]`).length).toBeGreaterThan(0);
    }
    if (q.appearances.some((a) => a.variant === 'altered')) {
      expect($('del').length + $('ins').length).toBeGreaterThan(0);
    }
  });
});

describe('story pages', () => {
  it('the index lists every story', () => {
    const $ = page('stories');
    for (const s of stories) expect($(`a[href="${DIST_BASE}stories/${s.id}/"]`).length).toBe(1);
  });

  it.each(stories.map((s) => [s.id, s] as const))('%s', (id, s) => {
    const $ = page(`stories/${id}`);
    const dated = articles.filter((a) => s.articles.includes(a.id) && a.published !== null);
    const svg = $('svg[role="img"]');
    if (dated.length > 0) {
      expect(svg.length).toBe(1);
      const labelled = (svg.attr('aria-labelledby') ?? '').split(' ');
      expect(labelled.map((x) => $(`#${x}`).prop('tagName')?.toLowerCase())).toEqual(['title', 'desc']);
      expect(svg.find('circle, line.span').length).toBe(dated.length);
    } else {
      expect(svg.length).toBe(0);
    }
    if (dated.length < s.articles.length) expect($('h3:contains("Date unknown")').length).toBe(1);
    for (const p of s.reuse) expect($(`a[href="${pairHref(s.id, p)}"]`).length).toBe(2);
  });
});

describe('punctuation around links and names', () => {
  // A line break in a template between a link and its punctuation prints a stray space.
  const stray = /\s[,:;)]|\(\s/u;
  const lists = [
    ...stories.map((s) => `stories/${s.id}`),
    ...articles.map((a) => a.url.slice(DIST_BASE.length, -1)),
  ];
  it.each(lists)('%s: no space before a comma, colon or bracket, none after one', (path) => {
    const $ = page(path);
    const items = $('section[aria-labelledby] li, section[aria-labelledby] td');
    expect(items.length).toBeGreaterThan(0);
    items.each((_, el) => {
      const text = $(el).text().replace(/\s+/g, ' ');
      expect(text, path).not.toMatch(stray);
    });
  });
});

describe('compare pages', () => {
  it('the seeds have a story to compare', () => {
    expect(compared.length).toBeGreaterThan(0);
  });

  it.each(compared.map((s) => [s.id, s] as const))('%s', (id, s) => {
    const $ = page(`compare/${id}`);
    expect($(`a[href="${DIST_BASE}stories/${id}/"]`).length).toBe(1);
    expect($('.legend mark, .legend ins, .legend del').length).toBe(3);
    for (const p of s.reuse) expect($(`.pairs a[href="${pairHref(id, p)}"]`).length).toBe(1);
    expect($('.pairs a[aria-current="page"]').attr('href')).toBe(pairHref(id, closest(s)));
    expect($('#comparison .sbs-row').length).toBeGreaterThan(0);
    expect($('.sbs-row .sbs-label').length).toBe(2 * $('.sbs-row').length);
    const data = JSON.parse($('#comparison-data').text()) as { pairs: unknown[] };
    expect(data.pairs).toHaveLength(s.reuse.length);
  });

  it('a syndicated copy is mostly marked as shared', () => {
    const syndicated = compared.find((s) => closest(s).kind === 'syndicated');
    expect(syndicated).toBeDefined();
    const $ = page(`compare/${syndicated?.id ?? ''}`);
    const marked = $('.sbs-row mark').text().length;
    const all = $('.sbs-row .sbs-text').text().length;
    expect(marked / all).toBeGreaterThan(0.8);
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
