/**
 * Which container an input file is, from its first bytes alone (never its name): a WARC (`WARC/`
 * first, plain or in a gzip member), a ZIP (a WACZ candidate: the WACZ reader checks for its WARCs),
 * or a feed (an XML root of `rss`, `feed` or `rdf:RDF`). Anything else is one input, read as today.
 */
import { constants, gunzipSync } from 'node:zlib';
import { getBOMEncoding, TextDecoder } from '@exodus/bytes/encoding.js';
import { feedFormat } from './feed.ts';

/** Bytes of a file's start that are enough to tell its container. */
export const HEAD_BYTES = 64 * 1024;

/** A container kind, or null for a file that is one input. */
export type ContainerKind = 'warc' | 'zip' | 'feed' | null;

/** The start of a gzip member's content (as much as `head` gives), or null when it is damaged. */
function gunzipHead(head: Uint8Array): Uint8Array | null {
  try {
    // A sync flush returns what the bytes at hand expand to, without needing the member's end.
    return gunzipSync(head, { finishFlush: constants.Z_SYNC_FLUSH });
  } catch {
    return null;
  }
}

/** The kind of container whose file starts with `head` (its first bytes, up to {@link HEAD_BYTES}). */
export function containerKind(head: Uint8Array): ContainerKind {
  if (head[0] === 0x50 && head[1] === 0x4b && head[2] === 0x03 && head[3] === 0x04) return 'zip';
  const gzipped = head[0] === 0x1f && head[1] === 0x8b;
  const start = gzipped ? gunzipHead(head.subarray(0, 4096)) : head;
  if (start === null) return null;
  const latin = new TextDecoder('windows-1252').decode(start.subarray(0, 4096));
  if (/^WARC\/\d+\.\d+\r?\n/.test(latin)) return 'warc';
  // Feeds are XML, ASCII at the root whatever their encoding but UTF-16's.
  const bom = getBOMEncoding(start);
  const text = bom?.startsWith('utf-16') ? new TextDecoder(bom).decode(start) : latin;
  return feedFormat(text.replace(/^\ufeff|^ï»¿/, '')) === null ? null : 'feed';
}
