import { load } from 'cheerio/slim';
import { describe, expect, it } from 'vitest';
import { readPageMetadata, statedDate, stripSiteName } from './page-metadata.ts';

const page = (head: string, body = ''): ReturnType<typeof readPageMetadata> =>
  readPageMetadata(load(`<html><head>${head}</head><body>${body}</body></html>`));
const ld = (object: unknown): string =>
  `<script type="application/ld+json">${JSON.stringify(object)}</script>`;

describe('title', () => {
  it.each([
    [
      '<meta property="og:title" content="Rain falls | Daily Bugle"><meta property="og:site_name" content="Daily Bugle">',
      '',
      'Rain falls',
    ],
    [ld({ '@type': 'NewsArticle', headline: 'From JSON-LD' }), '<h1>From h1</h1>', 'From JSON-LD'],
    ['<title>Title tag</title>', '<h1> From  h1 </h1>', 'From h1'],
    ['<title>A long headline about the rain - Bugle</title>', '', 'A long headline about the rain'],
    ['', '', null],
  ])('%s %s -> %j', (head, body, title) => expect(page(head, body).title).toBe(title));
});

describe('byline', () => {
  it.each([
    [
      ld({
        '@type': 'NewsArticle',
        author: [{ '@type': 'Person', name: 'Ann Lee' }, { name: 'Bo Chan' }],
      }),
      '',
      'Ann Lee, Bo Chan',
    ],
    [
      ld({ '@graph': [{ '@type': 'WebPage' }, { '@type': 'Article', author: 'Cy Diaz' }] }),
      '',
      'Cy Diaz',
    ],
    ['<meta name="author" content="Dee Fox">', '', 'Dee Fox'],
    [
      '<meta name="author" content="https://facebook.com/someone">',
      '<a rel="author" href="/a">Eve Gold</a>',
      'Eve Gold',
    ],
    ['', '<p class="byline">By Fay Hu</p>', 'By Fay Hu'],
    ['<script type="application/ld+json">{broken</script>', '', null],
  ])('%s %s -> %j', (head, body, byline) => expect(page(head, body).byline).toBe(byline));
});

describe('dates', () => {
  it.each([
    ['2019-11-19T10:00:00Z', { value: '2019-11-19T10:00:00Z', precision: 'datetime' }],
    ['2019-11-19T10:00:00+0100', { value: '2019-11-19T10:00:00+01:00', precision: 'datetime' }],
    ['2019-11-19 10:00:00', { value: '2019-11-19', precision: 'day' }],
    ['2019-11-19', { value: '2019-11-19', precision: 'day' }],
    ['2019-11', { value: '2019-11', precision: 'month' }],
    ['Nov 19, 2019', null],
    ['2019-13-45', null],
  ])('%j -> %j', (raw, expected) => {
    const date = statedDate(raw);
    expect(date && { value: date.value, precision: date.precision }).toEqual(expected);
  });

  it.each([
    [
      ld({ '@type': 'NewsArticle', datePublished: '2020-01-02T03:04:05Z' }),
      '',
      '2020-01-02T03:04:05Z',
    ],
    ['<meta property="article:published_time" content="2020-02-03">', '', '2020-02-03'],
    ['', '<time datetime="2020-03-04T05:06:07-05:00">March 4</time>', '2020-03-04T05:06:07-05:00'],
    ['<meta name="date" content="2020-04">', '', '2020-04'],
    ['', '<time>yesterday</time>', null],
  ])('published from %s %s -> %j', (head, body, value) => {
    expect(page(head, body).published?.value ?? null).toBe(value);
  });
});

describe('outlet, canonical URL and tags', () => {
  it.each([
    ['<meta property="og:site_name" content="Bugle">', 'Bugle'],
    [
      ld({ '@type': 'NewsArticle', publisher: { '@type': 'Organization', name: 'Globe' } }),
      'Globe',
    ],
    ['', null],
  ])('outlet %s -> %j', (head, name) => expect(page(head).outlet?.name ?? null).toBe(name));

  it.each([
    ['<link rel="canonical" href="https://a.example/story">', 'https://a.example/story'],
    ['<meta property="og:url" content="http://b.example/x">', 'http://b.example/x'],
    ['<link rel="canonical" href="javascript:alert(1)">', null],
    ['<link rel="canonical" href="/relative">', null],
  ])('canonical %s -> %j', (head, url) => expect(page(head).canonicalUrl).toBe(url));

  it.each([
    [
      '<meta property="article:tag" content="Rain"><meta property="article:tag" content="Floods, Coast">',
      ['Rain', 'Floods, Coast'],
    ],
    ['<meta name="keywords" content="rain, floods , rain,">', ['rain', 'floods']],
    ['', []],
  ])('tags %s -> %j', (head, tags) => expect(page(head).tags).toEqual(tags));
});

describe('declared language', () => {
  const html = (attrs: string, head = ''): ReturnType<typeof readPageMetadata> =>
    readPageMetadata(load(`<html ${attrs}><head>${head}</head><body></body></html>`));
  it.each([
    ['lang="de-DE"', '', 'de-DE'],
    ['xml:lang="fr"', '', 'fr'],
    ['', '<meta http-equiv="Content-Language" content="es">', 'es'],
    ['', '<meta property="og:locale" content="pt_BR">', 'pt_BR'],
    ['', ld({ '@type': 'NewsArticle', inLanguage: 'it' }), 'it'],
    ['lang=""', '', null],
    ['', '', null],
  ])('<html %s> %s -> %j', (attrs, head, expected) => {
    expect(html(attrs, head).language).toBe(expected);
  });
});

describe('stripSiteName', () => {
  it.each([
    ['Story | Bugle', 'Bugle', 'Story'],
    ['Bugle - Story', 'bugle', 'Story'],
    ['Story: a tale', 'Bugle', 'Story: a tale'],
    ['Story | Bugle', null, 'Story | Bugle'],
  ])('%j (outlet %j) -> %j', (title, outlet, expected) =>
    expect(stripSiteName(title, outlet)).toBe(expected),
  );
});
