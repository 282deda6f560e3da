import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { parse } from 'yaml';
import { Article } from '../../src/schema/article.ts';

// The ingest runs as its own process, which takes seconds on a loaded machine.
vi.setConfig({ testTimeout: 120_000 });

const SITE = 'https://www.harbourgazette.example';

/** Ingests the crawl fixtures' seeds folder (a WARC, an RSS feed and a nested mirror). */
function ingestCrawlSeeds(): {
  stderr: string;
  code: number | null;
  articles: Map<string, Article>;
} {
  const out = join(mkdtempSync(join(tmpdir(), 'crawl-out-')), 'archive');
  const args = [
    'scripts/ingest.ts',
    '--seeds',
    'tests/fixtures/crawl/seeds',
    '--out',
    out,
    '--quiet',
  ];
  const result = spawnSync(process.execPath, args, { encoding: 'utf8' });
  const articles = new Map<string, Article>();
  for (const name of readdirSync(join(out, 'articles'))) {
    const front = readFileSync(join(out, 'articles', name), 'utf8').split(/^---$/m)[1] ?? '';
    const article = Article.parse(parse(front));
    articles.set(article.id, article);
  }
  return { stderr: result.stderr, code: result.status, articles };
}

describe('npm run ingest on web archives, feeds and mirrors', () => {
  const run = ingestCrawlSeeds();
  const by = (id: string): Article => {
    const article = run.articles.get(id);
    if (!article) throw new Error(`no entry ${id} among ${[...run.articles.keys()].join(', ')}`);
    return article;
  };

  it('gives one entry per article of each container, with stable readable ids', () => {
    expect(run.code).toBe(0);
    expect([...run.articles.keys()].sort()).toEqual([
      'harbourgazette-example-news-cafe-brings-crowds',
      'harbourgazette-example-news-footbridge-cables',
      'harbourgazette-example-news-footbridge-to-close',
      'harbourgazette-example-news-night-ferry-saved',
      'harbourgazette-example-news-playground-rebuilt',
      'harbourgazette-example-wp-json-wp-v2-posts-77',
      'mirror-www-harbourgazette-example-news-library-sundays',
      'mirror-www-harbourgazette-example-news-regatta',
    ]);
  });

  it('names the container and the record of a WARC capture', () => {
    const ferry = by('harbourgazette-example-news-night-ferry-saved');
    expect(ferry.source).toMatchObject({
      file: 'site.warc.gz',
      format: 'html',
      record: {
        container: 'warc',
        member: null,
        id: '<urn:uuid:00000000-0000-4000-8000-000000000003>',
        url: `${SITE}/news/night-ferry-saved/`,
        captured: '2025-04-01T10:00:00Z',
        payloadDigest: `sha256:${ferry.source.sha256}`,
      },
    });
    expect(ferry.canonicalUrl).toBe(`${SITE}/news/night-ferry-saved/`);
    const cafe = by('harbourgazette-example-news-cafe-brings-crowds');
    expect(cafe.source.decoding).toMatchObject({ encoding: 'windows-1252', method: 'declared' });
    expect(cafe.text).toContain('René Duval');
  });

  it('keeps a WordPress REST post’s own excerpt as its summary', () => {
    expect(by('harbourgazette-example-wp-json-wp-v2-posts-77').summary).toBe(
      'Ninety boats and a new class for rowing gigs.',
    );
  });

  it('gives a feed item its own date, author, tags and link', () => {
    expect(by('harbourgazette-example-news-playground-rebuilt')).toMatchObject({
      published: '2025-04-07T08:30:00+01:00',
      byline: 'Noor Haddad',
      tags: ['Schools', 'Fundraising'],
      canonicalUrl: `${SITE}/news/playground-rebuilt/`,
      source: { file: 'news-feed.xml', record: { container: 'rss', id: 'hg-1041' } },
    });
  });

  it('reads a mirror whole: the path is the address unless the page names its own', () => {
    const library = by('mirror-www-harbourgazette-example-news-library-sundays');
    expect(library.canonicalUrl).toBe(`${SITE}/news/library-sundays/`);
    expect(library.source.path).toBe(
      'mirror/www.harbourgazette.example/news/library-sundays/index.html',
    );
    expect(by('mirror-www-harbourgazette-example-news-regatta').canonicalUrl).toBe(
      `${SITE}/sport/regatta-record-fleet/`,
    );
  });

  it('counts every record that is not an article, with its reason', () => {
    for (const line of [
      'site.warc.gz: 9 records skipped (not articles)',
      '  1 duplicate capture (same address, same payload)',
      '  1 revisit record (a capture the archive holds elsewhere)',
      '  1 truncated record (ends before its length)',
      '  1 redirect (HTTP 3xx)',
      '  1 not an article: no article text after cleaning',
      'news-feed.xml: 1 record skipped (not articles)',
      'mirror/: 1 record skipped (not articles)',
      'ingest: 8 entries from 5 files, 11 container records not articles (listed above)',
    ]) {
      expect(run.stderr.split('\n')).toContain(line);
    }
  });
});

describe('npm run extract on web archives and feeds', () => {
  it('prints a record per article of each container, and counts the rest on stderr', () => {
    const files = ['site.wacz', 'export.wxr.xml'].map((f) => `tests/fixtures/crawl/${f}`);
    const result = spawnSync(process.execPath, ['scripts/extract.ts', '--quiet', ...files], {
      encoding: 'utf8',
    });
    expect(result.status).toBe(0);
    const records = JSON.parse(result.stdout) as { source: { record?: { container: string } } }[];
    expect(records.map((r) => r.source.record?.container)).toEqual(['wacz', 'wxr']);
    expect(result.stderr).toMatch(/export\.wxr\.xml: 2 records skipped \(not articles\)/);
  });
});
