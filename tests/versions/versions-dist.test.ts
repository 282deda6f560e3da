/**
 * The site built from the versions fixtures (`tests/fixtures/versions/seeds/`, see
 * `scripts/make-version-fixtures.ts`): captures of one address are one article, its page lists the
 * versions with their raw inputs, each earlier version has its comparison page, a quote that
 * changed between versions says so, and a quotation an earlier version printed and the latest cut
 * is listed under that version, found by search, and listed on the page of the quote another
 * outlet still prints it in. Run against that build (`DIST_DIR`, as `npm test` builds it).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { load } from 'cheerio';
import { describe, expect, it } from 'vitest';
import {
  articleUrl,
  distFileOf,
  distFiles,
  DIST_DIR,
  distText,
  exportedArticles,
  exportedRecords,
} from '../support/dist-env.ts';
import { QuoteRecord } from '../../src/schema/export-records.ts';

const WALL = 'harbourgazette-example-news-harbour-wall';
const TIDES = 'harbourgazette-example-news-tides';
const PIER = 'harbourgazette-example-news-pier-reopens';
/** Another outlet's article, still printing the quotation WALL cut. */
const COURIER = 'courier-wall';
/** The words WALL printed in its first version and cut, and COURIER prints. */
const CUT = 'We do not yet know who will pay for the repairs,';

interface VersionRecord {
  sha256: string;
  latest: boolean;
  captures: { captured: string | null; source: { file: string; sha256: string } }[];
  body?: string;
}
const record = (id: string) =>
  JSON.parse(distText(`api/articles/id/${id}.json`)) as { versions?: VersionRecord[] };
const pageOf = (id: string) => load(distText(join(distFileOf(articleUrl(id)), 'index.html')));
const comparisonFiles = (id: string) =>
  distFiles().filter((f) => f.startsWith(`versions/${id}/`) && f.endsWith('index.html'));

/** The id of the quote of the words WALL cut, which COURIER still prints. */
const cutQuoteId = (): string =>
  exportedRecords('quotes', QuoteRecord).find((q) => q.text === CUT)?.id ?? 'none';

describe('versions of one article in the built site', () => {
  it('makes one article per address, whatever the number of its captures', () => {
    expect(
      exportedArticles()
        .map((a) => a.id)
        .sort(),
    ).toEqual([WALL, PIER, TIDES, COURIER].sort());
  });

  it('exports every version with its captures, oldest first', () => {
    const versions = record(WALL).versions ?? [];
    expect(versions.map((v) => [v.latest, v.captures.map((c) => c.captured)])).toEqual([
      [false, ['2025-05-01T08:00:00Z']],
      [true, ['2025-05-02T08:00:00Z']],
    ]);
    expect(versions[0]?.body).toContain('within a week');
    expect(record(TIDES).versions?.map((v) => v.captures.length)).toEqual([2]);
  });

  it('lists the versions on the article page, newest first, each capture linked to its raw input', () => {
    const $ = pageOf(WALL);
    const items = $('section.versions > ol > li');
    expect(items.map((_, li) => $(li).find('strong').text()).get()).toEqual([
      'Latest version (shown above)',
      'Earlier version',
    ]);
    expect(
      $('section.versions time')
        .map((_, t) => $(t).attr('datetime'))
        .get(),
    ).toEqual(['2025-05-02T08:00:00Z', '2025-05-01T08:00:00Z']);
    for (const href of $('section.versions li li a')
      .map((_, a) => $(a).attr('href'))
      .get()) {
      expect(existsSync(join(DIST_DIR, distFileOf(href)))).toBe(true);
    }
    expect($('.body').text()).toContain('within a fortnight');
  });

  it('shows an unknown capture date as unknown', () => {
    const $ = pageOf(PIER);
    expect($('section.versions').text()).toContain('Capture date unknown');
    expect($('section.versions time')).toHaveLength(0);
    expect($('.body').text()).toContain('Correction:');
  });

  it('has one comparison page per earlier version, none for identical captures', () => {
    expect(comparisonFiles(WALL)).toHaveLength(1);
    expect(comparisonFiles(PIER)).toHaveLength(1);
    expect(comparisonFiles(TIDES)).toHaveLength(0);
    const $ = pageOf(WALL);
    const link = $('section.versions a[href*="/versions/"]').attr('href') ?? '';
    expect(comparisonFiles(WALL)).toEqual([join(distFileOf(link), 'index.html')]);
  });

  it('sums up and marks what changed between the earlier version and the latest', () => {
    const [file = ''] = comparisonFiles(WALL);
    const $ = load(distText(file));
    expect($('#pair-summary').text()).toContain(
      'Since the earlier version, 1 paragraph was added, 1 paragraph removed and 1 paragraph changed.',
    );
    expect(
      $('#comparison del')
        .map((_, d) => $(d).text())
        .get(),
    ).toContain('week,”');
    expect(
      $('#comparison ins')
        .map((_, d) => $(d).text())
        .get(),
    ).toContain('fortnight,”');
    // Both versions print the tide tables link: it is no change.
    expect($('#comparison a[href$="/news/tides/"]')).toHaveLength(2);
    expect($('#comparison .link-only')).toHaveLength(0);
  });

  it('lists under an earlier version, and exports, the quotation it printed and the latest cut', () => {
    const $ = pageOf(WALL);
    const earlier = (record(WALL).versions ?? []).find((v) => !v.latest);
    const item = $(`li[data-version="${earlier?.sha256.slice(0, 12) ?? ''}"] .withdrawn li`);
    expect(item.text().replace(/\s+/g, ' ').trim()).toBe(
      '“We do not yet know who will pay for the repairs,” (Mia Lund) · still printed elsewhere',
    );
    expect($('.versions .withdrawn li')).toHaveLength(1);
    expect($('.body').text()).not.toContain('who will pay');
    const exported = JSON.parse(distText(`api/articles/id/${WALL}.json`)) as {
      withdrawn?: { text: string; speaker: string | null; versions: string[] }[];
    };
    expect(exported.withdrawn).toEqual([
      expect.objectContaining({
        text: 'We do not yet know who will pay for the repairs,',
        speaker: 'Mia Lund',
        versions: [earlier?.sha256],
      }),
    ]);
  });

  it('indexes the cut quotation for search: the article that cut it, and where it is still printed', () => {
    const folder = join(DIST_DIR, 'pagefind', 'fragment');
    const pages = readdirSync(folder).map(
      (name) =>
        JSON.parse(
          gunzipSync(readFileSync(join(folder, name)))
            .toString('utf8')
            .replace(/^pagefind_dcd/, ''),
        ) as { url: string; content: string },
    );
    expect(
      pages
        .filter((p) => p.content.includes('We do not yet know who will pay'))
        .map((p) => p.url)
        .sort(),
    ).toEqual([articleUrl(WALL), articleUrl(COURIER), `/quotes/${cutQuoteId()}/`].sort());
  });

  it('lists, on the page of the quote another outlet still prints, the article that cut it', () => {
    const quote = exportedRecords('quotes', QuoteRecord).find((q) => q.text === CUT);
    expect(quote?.appearances.map((a) => a.article)).toEqual([COURIER]);
    const exported = JSON.parse(distText(`api/articles/id/${WALL}.json`)) as {
      withdrawn?: { quote?: string }[];
    };
    expect(exported.withdrawn?.[0]?.quote).toBe(quote?.id);
    const link = pageOf(WALL)('.versions .withdrawn li a');
    expect(link.attr('href')).toBe(`/quotes/${quote?.id ?? ''}/`);
    const $ = load(distText(`quotes/${quote?.id ?? ''}/index.html`));
    expect($('p[data-pagefind-meta="printed"]').text()).toBe('Printed in 1 article by 1 outlet.');
    const cut = $('.cut-printings li');
    expect(cut.map((_, li) => $(li).attr('data-article')).get()).toEqual([WALL]);
    expect(cut.find('h3 a').attr('href')).toBe(articleUrl(WALL));
    expect(cut.find('.quote-text').text()).toBe(CUT);
    const earlier = (record(WALL).versions ?? []).find((v) => !v.latest);
    const version = cut.find('.note a');
    expect(cut.find('.note').text().replace(/\s+/g, ' ').trim()).toBe(
      'Printed in the version captured 2025-05-01 08:00 UTC; cut from the latest.',
    );
    expect(version.attr('href')).toBe(`/versions/${WALL}/${earlier?.sha256.slice(0, 12) ?? ''}/`);
    expect(existsSync(join(DIST_DIR, version.attr('href') ?? '', 'index.html'))).toBe(true);
  });

  it('marks on its quote page a quote worded otherwise in an earlier version', () => {
    const quotes = exportedRecords('quotes', QuoteRecord);
    const changed = quotes.find((q) => q.appearances.some((a) => a.versions !== undefined));
    expect(changed?.appearances[0]?.versions).toEqual([
      expect.objectContaining({
        change: 'changed',
        was: 'We will have the wall patched within a week,',
      }),
    ]);
    const $ = load(distText(`quotes/${changed?.id ?? ''}/index.html`));
    expect($('.version-change').text()).toBe(
      'An earlier version (captured 2025-05-01 08:00 UTC) printed them otherwise: “We will have the wall patched within a week,”',
    );
  });
});
