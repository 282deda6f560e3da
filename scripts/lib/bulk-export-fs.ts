/**
 * The bulk export, written after `astro build` into the built site: for each kind, every record as
 * gzip-compressed JSON Lines and the index as CSV, both in bounded parts (`bulk-parts.ts`), and
 * `api/bulk/manifest.json` listing each part with its count, size and SHA-256. It reads the paged
 * API the build just wrote, page by page, and each entry's record file, so the bulk records are
 * byte for byte the records the API serves, and only one part is held in memory at a time.
 */
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { readIndex, type IndexEntry } from '../../src/export/api-index-fs.ts';
import { API_KINDS, recordFile, type ApiKind } from '../../src/export/api-paging.ts';
import {
  BULK_LIMITS,
  bulkPartFile,
  jsonLine,
  MANIFEST_FILE,
  manifestPart,
  packLines,
  type BulkManifest,
  type ManifestKind,
  type ManifestPart,
} from '../../src/export/bulk-parts.ts';
import { csvRecord, csvRow } from '../../src/export/csv.ts';
import { INDEX_COLUMNS } from '../../src/export/index-entries.ts';

/** Writes `parts` of `kind` as files named by `file(n)`, each made by `bytes`, and lists them. */
async function writeParts(
  site: string,
  parts: readonly (readonly string[])[],
  file: (n: number) => string,
  bytes: (lines: readonly string[]) => Uint8Array,
): Promise<ManifestPart[]> {
  const listed: ManifestPart[] = [];
  for (const [i, lines] of parts.entries()) {
    const path = file(i + 1);
    const body = bytes(lines);
    await writeFile(join(site, path), body);
    listed.push(manifestPart(path, lines.length, body));
  }
  return listed;
}

/** The JSON Lines of `entries`' records, read one file at a time. */
async function recordLines(site: string, kind: ApiKind, entries: readonly IndexEntry[]) {
  const lines: string[] = [];
  for (const { id } of entries) {
    const record: unknown = JSON.parse(await readFile(join(site, recordFile(kind, id)), 'utf8'));
    lines.push(jsonLine(record));
  }
  return lines;
}

/** Writes one kind's records and index parts and returns its manifest entry. */
async function exportKind(site: string, kind: ApiKind): Promise<ManifestKind> {
  const entries = await readIndex(site, kind);
  const columns = INDEX_COLUMNS[kind];
  const header = csvRow(columns);
  const rows = entries.map((entry) => csvRecord(columns, entry));
  const index = await writeParts(
    site,
    packLines(rows, BULK_LIMITS, header),
    (n) => bulkPartFile(kind, 'index', n),
    (lines) => Buffer.from(header + lines.join(''), 'utf8'),
  );
  const lines = await recordLines(site, kind, entries);
  const records = await writeParts(
    site,
    packLines(lines, BULK_LIMITS),
    (n) => bulkPartFile(kind, 'records', n),
    (part) => gzipSync(part.join(''), { level: 9 }),
  );
  return { count: entries.length, records, index };
}

/** Writes the bulk export of the site built in `site` and returns its manifest. */
export async function writeBulkExport(site: string): Promise<BulkManifest> {
  await mkdir(join(site, 'api/bulk'), { recursive: true });
  const kinds: Record<string, ManifestKind> = {};
  for (const kind of API_KINDS) kinds[kind] = await exportKind(site, kind);
  const manifest: BulkManifest = { version: 1, limits: BULK_LIMITS, kinds };
  await writeFile(join(site, MANIFEST_FILE), `${JSON.stringify(manifest, null, 2)}\n`);
  return manifest;
}
