import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { InputError } from '../ingest/input-error.ts';
import type { ContainerItem } from './container-item.ts';
import { waczItems, zipFromBuffer } from './wacz.ts';

const fixture = (name: string): Uint8Array =>
  new Uint8Array(readFileSync(new URL(`../../tests/fixtures/crawl/${name}`, import.meta.url)));

async function items(bytes: Uint8Array): Promise<ContainerItem[]> {
  const found: ContainerItem[] = [];
  for await (const item of waczItems(await zipFromBuffer('p.wacz', bytes), 'p.wacz')) {
    found.push(item);
  }
  return found;
}

describe('waczItems: the records of the WARCs inside a WACZ', () => {
  it('streams the WARC of archive/ and names it as the record’s member', async () => {
    const [item, ...rest] = await items(fixture('site.wacz'));
    expect(rest).toEqual([]);
    if (item?.kind !== 'payload') throw new Error('expected a payload');
    expect(item.record).toMatchObject({
      container: 'wacz',
      member: 'archive/data.warc.gz',
      url: 'https://www.harbourgazette.example/news/library-sundays/',
      captured: '2025-04-06T09:00:00Z',
    });
    expect(new TextDecoder().decode(item.bytes)).toContain('Library to open on Sundays');
  });

  it.each([
    [
      'a ZIP with no WARC in archive/',
      fixture('site.wacz').subarray(0, 0),
      /damaged ZIP|not a WACZ/,
    ],
    [
      'bytes that are no ZIP',
      new TextEncoder().encode('PK\u0003\u0004 nothing else'),
      /damaged ZIP/,
    ],
  ])('refuses %s with an input error', async (_name, bytes, reason) => {
    await expect(items(bytes)).rejects.toThrow(reason);
  });
});

describe('waczItems on arbitrary bytes', () => {
  it('gives items or an InputError, never anything else', async () => {
    const wacz = fixture('site.wacz');
    const damaged = fc
      .tuple(fc.nat(wacz.length - 1), fc.uint8Array({ minLength: 1, maxLength: 8 }))
      .map(([at, patch]) => {
        const copy = Uint8Array.from(wacz);
        copy.set(patch.subarray(0, copy.length - at), at);
        return copy;
      });
    await fc.assert(
      fc.asyncProperty(fc.oneof(damaged, fc.uint8Array({ maxLength: 300 })), async (bytes) => {
        try {
          await items(bytes);
        } catch (error) {
          expect(error).toBeInstanceOf(InputError);
        }
      }),
      { numRuns: 150 },
    );
  });
});
