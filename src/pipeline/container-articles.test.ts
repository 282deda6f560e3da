import { describe, expect, it } from 'vitest';
import { InputError } from '../ingest/input-error.ts';
import type { ContainerItem } from '../inputs/container-item.ts';
import { containerArticles } from './container-articles.ts';

const PROSE =
  'The council voted on Tuesday to close the old bridge for repairs. Residents said the detour ' +
  'would add twenty minutes to their commute, and the mayor promised a quick job.';

function capture(url: string, body: string, id: string): ContainerItem {
  return {
    kind: 'payload',
    bytes: new TextEncoder().encode(
      `<!doctype html><html><body><article><p>${body}</p></article></body></html>`,
    ),
    charset: 'utf-8',
    record: { container: 'warc', member: null, id, url, captured: null, payloadDigest: null },
  };
}

async function* failing(items: readonly ContainerItem[]): AsyncGenerator<ContainerItem> {
  yield* items;
  throw new InputError('c.warc', 'damaged WARC data at byte 99');
}

describe('containerArticles', () => {
  it('makes an entry per capture, skipping an identical second capture of one address', async () => {
    const result = await containerArticles(
      [
        capture('https://example.com/a/', PROSE, '<urn:1>'),
        capture('https://example.com/a/', PROSE, '<urn:2>'),
        capture('https://example.com/a/', `${PROSE} Updated.`, '<urn:3>'),
        capture('https://example.com/b/', '', '<urn:4>'),
        { kind: 'skipped', reason: 'redirect (HTTP 3xx)', url: null },
      ],
      { file: 'c.warc' },
    );
    expect(result.built.flatMap((b) => b.entries.map((e) => e.data.id))).toEqual([
      'example-com-a',
      'example-com-a',
    ]);
    expect(result.built.map((b) => b.file)).toEqual(['c.warc#<urn:1>', 'c.warc#<urn:3>']);
    expect([...result.skipped]).toEqual([
      ['duplicate capture (same address, same payload)', 1],
      ['not an article: no article text after cleaning', 1],
      ['redirect (HTTP 3xx)', 1],
    ]);
  });

  it('keeps what was read before a damaged record, and returns the reader’s error', async () => {
    const result = await containerArticles(failing([capture('https://e.com/a', PROSE, '<u>')]), {
      file: 'c.warc',
    });
    expect(result.built).toHaveLength(1);
    expect(result.failure?.message).toBe('c.warc: damaged WARC data at byte 99');
  });
});
