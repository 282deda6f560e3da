/**
 * The bulk export's parts: records written one per line (JSON Lines, or CSV rows under a header)
 * and cut into parts bounded both in records and in bytes, so no part grows with the archive; and
 * the manifest that lists each part with its record count, size and SHA-256, so a client can
 * check a download and knows every part without listing a folder.
 */
import { createHash } from 'node:crypto';

/** How parts are bounded. */
export interface PartLimits {
  /** Records in a part at most. */
  readonly maxRecords: number;
  /** Bytes (UTF-8, before compression, header included) in a part at most, unless one record
   * alone is larger: it then has a part of its own. */
  readonly maxBytes: number;
}

/** The bulk export's bounds: a part's text is at most 1 MB before compression, so its gzip file
 * is too, whatever the archive's size (about 250 kB compressed for news text). */
export const BULK_LIMITS: PartLimits = { maxRecords: 5_000, maxBytes: 1_000_000 };

/** The UTF-8 size of `text`. */
export function utf8Bytes(text: string): number {
  return Buffer.byteLength(text, 'utf8');
}

/**
 * Cuts `lines` (each one record, newline included) into consecutive parts within `limits`, each
 * part starting with `header` (counted in its bytes). Every line is in exactly one part, in
 * order; there is always at least one part, so an empty kind still has a (header-only) file.
 */
export function packLines(lines: readonly string[], limits: PartLimits, header = ''): string[][] {
  const parts: string[][] = [];
  let current: string[] = [];
  let bytes = utf8Bytes(header);
  for (const line of lines) {
    const size = utf8Bytes(line);
    const full = current.length >= limits.maxRecords || bytes + size > limits.maxBytes;
    if (current.length > 0 && full) {
      parts.push(current);
      current = [];
      bytes = utf8Bytes(header);
    }
    current.push(line);
    bytes += size;
  }
  parts.push(current);
  return parts;
}

/** One record as a JSON Lines line. */
export function jsonLine(record: unknown): string {
  return `${JSON.stringify(record)}\n`;
}

/** One file of the bulk export as the manifest lists it. */
export interface ManifestPart {
  /** Its path from the site's root, e.g. `api/bulk/articles-1.jsonl.gz`. */
  readonly path: string;
  /** The records it holds. */
  readonly count: number;
  /** Its size in bytes, as served (compressed when it is a `.gz`). */
  readonly bytes: number;
  /** The SHA-256 of those bytes, lowercase hex. */
  readonly sha256: string;
}

/** The manifest entry of one written file. */
export function manifestPart(path: string, count: number, bytes: Uint8Array): ManifestPart {
  return {
    path,
    count,
    bytes: bytes.byteLength,
    sha256: createHash('sha256').update(bytes).digest('hex'),
  };
}

/** A kind's bulk export: every record as JSON Lines, and its index as CSV, each in parts. */
export interface ManifestKind {
  /** How many records of this kind the archive holds (the sum of each list's counts). */
  readonly count: number;
  readonly records: readonly ManifestPart[];
  readonly index: readonly ManifestPart[];
}

/** `api/bulk/manifest.json`. */
export interface BulkManifest {
  /** Bumped only when a client reading an earlier manifest would misread this one. */
  readonly version: 1;
  readonly limits: PartLimits;
  readonly kinds: Readonly<Record<string, ManifestKind>>;
}

/** The part paths of a kind, numbered from 1: `api/bulk/<kind>-<n>.jsonl.gz` for records and
 * `api/bulk/<kind>-index-<n>.csv` for the index. */
export function bulkPartFile(kind: string, what: 'records' | 'index', n: number): string {
  return what === 'records' ? `api/bulk/${kind}-${n}.jsonl.gz` : `api/bulk/${kind}-index-${n}.csv`;
}

/** Where the manifest is, from the site's root. */
export const MANIFEST_FILE = 'api/bulk/manifest.json';
