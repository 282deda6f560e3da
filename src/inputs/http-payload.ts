/**
 * The HTTP message inside a WARC `response` record: its status, headers and body, with the
 * transfer encoding (chunked) and content encoding (gzip, deflate, brotli) undone, every expansion
 * bounded by the input size limit. Done here rather than by warcio's own HTTP parsing, which loses
 * the next record's first bytes after a response with no body (a revisit, a redirect).
 */
import { brotliDecompressSync, gunzipSync, inflateRawSync, inflateSync } from 'node:zlib';
import { MAX_DECOMPRESSED_BYTES } from '../ingest/input-limits.ts';

/** An HTTP response's status line and headers (names lowercased, repeated ones joined by `, `). */
export interface HttpHead {
  readonly status: number | null;
  readonly headers: ReadonlyMap<string, string>;
}

/** Reads the status line and header lines of an HTTP response (latin-1, as HTTP headers are). */
export function parseHttpHead(lines: readonly string[]): HttpHead {
  const status = /^HTTP\/\d(?:\.\d)?\s+(\d{3})\b/.exec(lines[0] ?? '')?.[1];
  const headers = new Map<string, string>();
  for (const line of lines.slice(1)) {
    const colon = line.indexOf(':');
    if (colon <= 0) continue;
    const name = line.slice(0, colon).trim().toLowerCase();
    const value = line.slice(colon + 1).trim();
    headers.set(name, headers.has(name) ? `${headers.get(name) ?? ''}, ${value}` : value);
  }
  return { status: status === undefined ? null : Number(status), headers };
}

/** The body of a chunked transfer, or null when the chunks are malformed or cut short. */
export function dechunk(body: Uint8Array): Uint8Array | null {
  const parts: Uint8Array[] = [];
  let at = 0;
  for (;;) {
    const eol = body.indexOf(0x0a, at);
    if (eol === -1) return null;
    const sizeText = Buffer.from(body.subarray(at, eol)).toString('latin1').split(';')[0]?.trim();
    if (!sizeText || !/^[0-9a-f]{1,8}$/i.test(sizeText)) return null;
    const size = parseInt(sizeText, 16);
    if (size === 0) return Uint8Array.from(Buffer.concat(parts));
    if (eol + 1 + size > body.length) return null;
    parts.push(body.subarray(eol + 1, eol + 1 + size));
    at = eol + 1 + size;
    if (body[at] === 0x0d) at += 1;
    if (body[at] === 0x0a) at += 1;
  }
}

/** `body` with its `Content-Encoding` undone; a string reason when it cannot be. */
export function decodeContent(body: Uint8Array, encoding: string | undefined): Uint8Array | string {
  const name = (encoding ?? 'identity').trim().toLowerCase();
  const limit = { maxOutputLength: MAX_DECOMPRESSED_BYTES };
  try {
    switch (name) {
      case '':
      case 'identity':
        return body;
      case 'gzip':
      case 'x-gzip':
        return Uint8Array.from(gunzipSync(body, limit));
      case 'deflate':
        // Servers send both zlib-wrapped and raw deflate under this name.
        try {
          return Uint8Array.from(inflateSync(body, limit));
        } catch {
          return Uint8Array.from(inflateRawSync(body, limit));
        }
      case 'br':
        return Uint8Array.from(brotliDecompressSync(body, limit));
      default:
        return `payload in an encoding the archive does not undo (${name.slice(0, 20)})`;
    }
  } catch {
    return 'damaged or oversized compressed payload';
  }
}
