/**
 * The JSON API and the bulk export as built: each kind's index walked from page 1 along its next
 * links lists every record exactly once, each record's own file agrees with its entry (and with
 * the single-file export while there is one), the manifest's counts, sizes and SHA-256 match the
 * part files, and no file of the site grows past 1 MB (Pagefind's own aside).
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { INDEX_PAGE_SIZE, writesSingleFiles } from '../../src/export/api-paging.ts';
import { BULK_LIMITS, MANIFEST_FILE, type BulkManifest } from '../../src/export/bulk-parts.ts';
import { parseCsv } from '../../src/export/csv.ts';
import { INDEX_COLUMNS } from '../../src/export/index-entries.ts';
import {
  distFileOf,
  distFiles,
  distText,
  DIST_BASE,
  DIST_DIR,
  exportedPages,
} from '../support/dist-env.ts';

const KINDS = ['articles', 'quotes', 'stories'] as const;
const MAX_FILE_BYTES = 1_000_000;
const manifest = JSON.parse(distText(MANIFEST_FILE)) as BulkManifest;
const bytesOf = (file: string) => readFileSync(join(DIST_DIR, file));
const record = (path: string) => JSON.parse(distText(distFileOf(path))) as { id: string };

describe.each(KINDS)('api/%s/', (kind) => {
  const pages = exportedPages(kind);
  const items = pages.flatMap((page) => page.items);

  it('a walk from page 1 along next links lists every record exactly once', () => {
    const total = pages[0]?.total ?? -1;
    expect(items.length).toBe(total);
    expect(new Set(items.map((item) => item.id)).size).toBe(total);
    expect(manifest.kinds[kind]?.count).toBe(total);
    pages.forEach((page, i) => {
      expect(page).toMatchObject({ page: i + 1, pages: pages.length, total });
      expect(page.items.length).toBeLessThanOrEqual(INDEX_PAGE_SIZE);
    });
  });

  it('lists records in id order, each with its own file under the base', () => {
    const ids = items.map((item) => item.id);
    expect(ids).toEqual([...ids].sort());
    for (const item of items) {
      expect(item.record.startsWith(`${DIST_BASE}api/${kind}/id/`), item.record).toBe(true);
      expect(record(item.record).id).toBe(item.id);
    }
  });

  it('each record file is the record the single-file export has, while there is one', () => {
    const single = `api/${kind}.json`;
    const articles = exportedPages('articles')[0]?.total ?? 0;
    expect(existsSync(join(DIST_DIR, single))).toBe(writesSingleFiles(articles));
    if (!writesSingleFiles(articles)) return;
    const all = JSON.parse(distText(single)) as { id: string }[];
    expect(items.map((item) => record(item.record))).toEqual(all);
  });
});

describe('the bulk export', () => {
  const parts = KINDS.flatMap((kind) => {
    const listed = manifest.kinds[kind];
    if (listed === undefined) throw new Error(`the manifest lists no ${kind}`);
    return [...listed.records, ...listed.index].map((part) => [kind, part] as const);
  });

  it.each(parts.map(([kind, part]) => [part.path, kind, part] as const))(
    '%s: its size and SHA-256 are the manifest’s, its records within the bounds',
    (path, _kind, part) => {
      const bytes = bytesOf(path);
      expect(bytes.length).toBe(part.bytes);
      expect(createHash('sha256').update(bytes).digest('hex')).toBe(part.sha256);
      expect(part.count).toBeLessThanOrEqual(BULK_LIMITS.maxRecords);
    },
  );

  it.each(KINDS)('%s: the JSON Lines parts hold every record file, in index order', (kind) => {
    const listed = manifest.kinds[kind]?.records ?? [];
    const lines = listed.flatMap((part) => {
      const text = gunzipSync(bytesOf(part.path)).toString('utf8');
      const partLines = text.split('\n').filter((line) => line !== '');
      expect(partLines.length).toBe(part.count);
      return partLines.map((line) => JSON.parse(line) as unknown);
    });
    const items = exportedPages(kind).flatMap((page) => page.items);
    expect(lines).toEqual(items.map((item) => record(item.record)));
  });

  it.each(KINDS)('%s: the CSV index parts hold every index entry under one header', (kind) => {
    const listed = manifest.kinds[kind]?.index ?? [];
    const columns: readonly string[] = INDEX_COLUMNS[kind];
    const rows = listed.flatMap((part) => {
      const [header, ...body] = parseCsv(distText(part.path));
      expect(header).toEqual(columns);
      expect(body.length).toBe(part.count);
      return body;
    });
    const items = exportedPages(kind).flatMap((page) => page.items) as Record<
      string,
      string | number | boolean | null | undefined
    >[];
    expect(rows).toEqual(
      items.map((item) => columns.map((column) => (item[column] == null ? '' : String(item[column])))),
    );
  });
});

describe('bounded files', () => {
  it('no file of the site is over 1 MB, except Pagefind’s own', () => {
    const large = distFiles()
      .filter((file) => !file.startsWith('pagefind/'))
      .filter((file) => statSync(join(DIST_DIR, file)).size > MAX_FILE_BYTES);
    expect(large).toEqual([]);
  });
});
