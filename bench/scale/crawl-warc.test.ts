import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { containerArticles } from '../../src/pipeline/container-articles.ts';
import { warcItems } from '../../src/inputs/warc.ts';
import type { ContainerItem } from '../../src/inputs/container-item.ts';
import { type Capture, changedPayload, type CrawlOptions, planCrawl } from './crawl-plan.ts';
import { generateArchive } from './generate-archive.ts';
import { TEST_PARAGRAPHS } from './test-material.ts';
import { assetBytes, captureRecords, recordIds, warcInfo } from './write-warc.ts';

const CRAWL: CrawlOptions = { assetBytesPerPage: 3_000, recaptured: 0.5, changed: 0.5 };

/** A small crawl as WARC bytes (in memory: the test's archive is small), with its captures and
 * each capture's response record id. */
async function crawlWarc(articles: number, seed: number) {
  const archive = generateArchive(articles, seed, TEST_PARAGRAPHS);
  const ids = recordIds(seed);
  const members: Uint8Array[] = [await warcInfo(ids, '2026-01-01T00:00:00Z')];
  const captures: { capture: Capture; id: string }[] = [];
  for (const capture of planCrawl(archive, CRAWL)) {
    const written = await captureRecords(capture, ids);
    members.push(...written.members);
    captures.push({ capture, id: written.responseId });
  }
  return { bytes: Uint8Array.from(Buffer.concat(members)), captures };
}

async function readBack(bytes: Uint8Array): Promise<ContainerItem[]> {
  const items: ContainerItem[] = [];
  const place = { file: 'crawl.warc.gz', container: 'warc' as const, member: null };
  // Small chunks, so records straddle the reads as they do from disk.
  const chunks = function* () {
    for (let at = 0; at < bytes.length; at += 4096) yield bytes.subarray(at, at + 4096);
  };
  for await (const item of warcItems(
    (async function* () {
      yield* chunks();
    })(),
    place,
  ))
    items.push(item);
  return items;
}

// Seed 1 gives this small crawl every kind of capture (a 404 comes with one page in twenty).
describe('the benchmark crawl as a WARC', async () => {
  const { bytes, captures } = await crawlWarc(40, 1);
  const items = await readBack(bytes);
  const pages = captures.filter(({ capture }) => capture.kind === 'page');

  it('holds every kind of capture a crawl holds', () => {
    const kinds = new Set(captures.map(({ capture }) => capture.kind));
    expect([...kinds].sort()).toEqual(['asset', 'missing', 'page', 'redirect', 'revisit']);
    const roles = new Set(pages.map(({ capture }) => capture.kind === 'page' && capture.role));
    expect([...roles].sort()).toEqual(['changed', 'first', 'same']);
  });

  it('reads back every page with its bytes and record id, in order', () => {
    const read = items.flatMap((item) =>
      item.kind === 'payload' ? [{ id: item.record.id, bytes: item.bytes }] : [],
    );
    const written = pages.map(({ capture, id }) => ({
      id,
      bytes: capture.kind === 'page' ? capture.payload : new Uint8Array(),
    }));
    expect(read).toEqual(written);
  });

  it('skips every other record, with its reason', () => {
    const reasons = new Map<string, number>();
    for (const item of items) {
      if (item.kind === 'skipped') reasons.set(item.reason, (reasons.get(item.reason) ?? 0) + 1);
    }
    const count = (kind: Capture['kind']): number =>
      captures.filter(({ capture }) => capture.kind === kind).length;
    expect(Object.fromEntries(reasons)).toEqual({
      'warcinfo record (not a response)': 1,
      'request record (not a response)': captures.length,
      'revisit record (a capture the archive holds elsewhere)': count('revisit'),
      'redirect (HTTP 3xx)': count('redirect'),
      'HTTP error or other non-success status': count('missing'),
      'not an HTML page or JSON (an asset)': count('asset'),
    });
  });

  it('builds an article of every first and changed capture, and skips identical ones', async () => {
    const result = await containerArticles(
      (async function* () {
        yield* items;
      })(),
      { file: 'crawl.warc.gz' },
    );
    const built = result.built.filter((b) => b.entries.length > 0).map((b) => b.file);
    const expected = pages
      .filter(({ capture }) => capture.kind === 'page' && capture.role !== 'same')
      .map(({ id }) => `crawl.warc.gz#${id}`);
    expect(built).toEqual(expected);
    const same = pages.filter(({ capture }) => capture.kind === 'page' && capture.role === 'same');
    expect(result.skipped.get('duplicate capture (same address, same payload)')).toBe(same.length);
  });

  it('is the same bytes for the same archive and seed', async () => {
    const again = await crawlWarc(40, 1);
    const sha = (b: Uint8Array): string => createHash('sha256').update(b).digest('hex');
    expect(sha(again.bytes)).toBe(sha(bytes));
  });
});

describe('changedPayload', () => {
  const encode = (s: string): Uint8Array => new TextEncoder().encode(s);
  const decode = (b: Uint8Array): string => new TextDecoder().decode(b);

  it('puts the update first in an HTML page', () => {
    const page = encode('<div class="entry-content">\n<p>Old.</p></div>');
    expect(decode(changedPayload(page, true, 'A & B.'))).toBe(
      '<div class="entry-content">\n<p>A &amp; B.</p>\n<p>Old.</p></div>',
    );
  });

  it('puts the update first in a post', () => {
    const post = encode(JSON.stringify({ id: 3, content: { rendered: '<p>Old.</p>' } }));
    expect(JSON.parse(decode(changedPayload(post, false, 'New.')))).toEqual({
      id: 3,
      content: { rendered: '<p>New.</p>\n<p>Old.</p>' },
    });
  });

  it.each([
    ['a page without the generator markup', encode('<p>x</p>'), true],
    ['a post without content', encode('{"id":1}'), false],
  ])('refuses %s', (_, bytes, html) => {
    expect(() => changedPayload(bytes, html, 'New.')).toThrow();
  });
});

describe('assetBytes and recordIds', () => {
  it('gives exactly the bytes asked for, the same for a seed, others for another', () => {
    expect(assetBytes(5, 1001)).toHaveLength(1001);
    expect(assetBytes(5, 64)).toEqual(assetBytes(5, 64));
    expect(assetBytes(6, 64)).not.toEqual(assetBytes(5, 64));
  });

  it('gives distinct ids in the form of a version 4 UUID', () => {
    const ids = recordIds(1);
    const list = Array.from({ length: 500 }, () => ids.next());
    expect(new Set(list).size).toBe(500);
    for (const id of list) {
      expect(id).toMatch(
        /^<urn:uuid:[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-8[0-9a-f]{3}-[0-9a-f]{12}>$/,
      );
    }
  });
});
