/**
 * The synthetic archive as a web crawl saw it: every HTML page and WordPress REST post captured
 * shortly after it was published, with what a real crawl holds beside the articles (images, a
 * style sheet then revisit records of it, an ad script, redirects from `http://`, links that answer
 * 404), then a second crawl weeks later that captures some pages again, some of them changed.
 * Realistic crawls are mostly non-article bytes, so the images carry the crawl's size: that is how
 * the benchmark reaches a gigabyte without thousands of extra pages. Plain-text copies are no web
 * captures and stay out. Captures are produced one at a time, in the crawl's order.
 */
import type { ArchivePlan, CopyPlan, Outlet } from './archive-plan.ts';
import { copyUrl } from './copy-text.ts';
import type { GeneratedArchive } from './generate-archive.ts';
import { escapeHtml } from './html-text.ts';
import { createPrng, deriveSeed, type Prng } from './prng.ts';

/** A page captured: its payload is an input the ingest cleans (`first` and `changed`), or a second
 * capture with the same payload (`same`), which the ingest skips as a duplicate. */
export interface PageCapture {
  readonly kind: 'page';
  readonly url: string;
  readonly date: string;
  readonly contentType: string;
  readonly payload: Uint8Array;
  readonly role: 'first' | 'changed' | 'same';
  /** The generated input the payload is (for `changed`, the input it is a new version of). */
  readonly file: string;
}

/** A capture that is no article: an asset (its bytes made from `seed`), a revisit of an asset
 * captured before, a redirect, or a page that answered 404. */
export type OtherCapture =
  | {
      readonly kind: 'asset';
      readonly url: string;
      readonly date: string;
      readonly contentType: string;
      readonly bytes: number;
      readonly seed: number;
    }
  | { readonly kind: 'revisit'; readonly url: string; readonly date: string; readonly of: string }
  | { readonly kind: 'redirect'; readonly url: string; readonly date: string; readonly to: string }
  | { readonly kind: 'missing'; readonly url: string; readonly date: string };

/** One capture of the crawl. */
export type Capture = PageCapture | OtherCapture;

/** The crawl's shape. */
export interface CrawlOptions {
  /** Image bytes captured with each page, on average (the crawl's non-article bulk). */
  readonly assetBytesPerPage: number;
  /** Share of pages the second crawl captures again. */
  readonly recaptured: number;
  /** Share of those whose page changed in between. */
  readonly changed: number;
}

/** The default shape: about 150 kB of images per page (a news page's photos, well under a real
 * page's weight), a fifth of pages captured again, half of those changed. */
export const DEFAULT_CRAWL: CrawlOptions = {
  assetBytesPerPage: 150_000,
  recaptured: 0.2,
  changed: 0.5,
};

/** How many of the plan's copies are web pages the crawl captures (not plain text). */
export function webPages(plan: ArchivePlan): number {
  return plan.copies.filter((c) => plan.outlets[c.outlet]?.format !== 'plain-text').length;
}

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const encoder = new TextEncoder();

/** A WARC date (UTC, whole seconds) `offset` ms after the ISO time `iso`. */
function warcDate(iso: string, offset: number): string {
  return new Date(Date.parse(iso) + offset).toISOString().replace(/\.\d{3}Z$/, 'Z');
}

/** A changed version of a page: an editor's update paragraph (a real sentence of the material)
 * put at the top of the article's text. Throws when the page's markup is not the generator's. */
export function changedPayload(payload: Uint8Array, html: boolean, sentence: string): Uint8Array {
  const update = `<p>${escapeHtml(sentence)}</p>\n`;
  const text = new TextDecoder().decode(payload);
  if (html) {
    const marker = '<div class="entry-content">\n';
    if (!text.includes(marker)) throw new Error('no entry-content in the generated page');
    return encoder.encode(text.replace(marker, `${marker}${update}`));
  }
  const post = JSON.parse(text) as { content?: { rendered?: string } };
  if (typeof post.content?.rendered !== 'string') throw new Error('no content in the post');
  post.content.rendered = `${update}${post.content.rendered}`;
  return encoder.encode(JSON.stringify(post));
}

/** Where a page is captured: its own address, or a WordPress post's REST address. */
function pageUrl(outlet: Outlet, copy: CopyPlan, payload: Uint8Array): string {
  if (outlet.format === 'html') return copyUrl(outlet, copy);
  const { id } = JSON.parse(new TextDecoder().decode(payload)) as { id: number };
  return `https://www.${outlet.domain}/wp-json/wp/v2/posts/${id}`;
}

/** What the crawl captured around one page, before the page itself. */
function* around(
  page: PageCapture,
  outlet: Outlet,
  rng: Prng,
  seen: Set<string>,
  options: CrawlOptions,
): Generator<OtherCapture> {
  const base = `https://www.${outlet.domain}`;
  const { date } = page;
  if (rng.chance(0.1))
    yield { kind: 'redirect', url: page.url.replace(/^https:/, 'http:'), date, to: page.url };
  const css = `${base}/assets/site.css`;
  if (seen.has(css)) yield { kind: 'revisit', url: css, date, of: css };
  else {
    seen.add(css);
    yield {
      kind: 'asset',
      url: css,
      date,
      contentType: 'text/css',
      bytes: 8_000,
      seed: rng.int(0, 2 ** 31),
    };
  }
  const images = rng.int(1, 4);
  for (let n = 0; n < images; n += 1) {
    const bytes = Math.round((options.assetBytesPerPage / images) * (0.5 + rng.next()));
    const url = `${base}/img/${rng.int(1, 999_999)}.jpg`;
    yield { kind: 'asset', url, date, contentType: 'image/jpeg', bytes, seed: rng.int(0, 2 ** 31) };
  }
  if (rng.chance(0.05))
    yield { kind: 'missing', url: `${base}/news/${rng.int(1000, 99_999)}/`, date };
}

/** The crawl of `archive`'s web pages, in order: a first crawl of every page with what surrounds
 * it, then the second crawl's captures. The same archive and options give the same crawl. */
export function* planCrawl(
  archive: GeneratedArchive,
  options: CrawlOptions = DEFAULT_CRAWL,
): Generator<Capture> {
  const rng = createPrng(deriveSeed(archive.plan.seed, 'crawl'));
  const seen = new Set<string>();
  const later: PageCapture[] = [];
  let index = 0;
  for (const file of archive.files) {
    const copy = archive.plan.copies[index];
    index += 1;
    const outlet = copy === undefined ? undefined : archive.plan.outlets[copy.outlet];
    if (copy === undefined || outlet === undefined || outlet.format === 'plain-text') continue;
    const html = outlet.format === 'html';
    const page: PageCapture = {
      kind: 'page',
      url: pageUrl(outlet, copy, file.bytes),
      date: warcDate(copy.published, rng.int(1, 12) * HOUR),
      contentType: html ? 'text/html; charset=utf-8' : 'application/json; charset=UTF-8',
      payload: file.bytes,
      role: 'first',
      file: file.file,
    };
    yield* around(page, outlet, rng, seen, options);
    yield page;
    if (!rng.chance(options.recaptured)) continue;
    const date = warcDate(copy.published, rng.int(7, 60) * DAY);
    const changed = rng.chance(options.changed);
    const payload = changed
      ? changedPayload(file.bytes, html, rng.pick(archive.pool.sentences))
      : file.bytes;
    later.push({ ...page, date, payload, role: changed ? 'changed' : 'same' });
  }
  yield* later;
}
