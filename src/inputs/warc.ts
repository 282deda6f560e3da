/**
 * WARC web archives (ISO 28500; `.warc` or `.warc.gz`, one gzip member per record), read as a
 * stream with webrecorder's `warcio`: one record at a time, so a multi-gigabyte archive never sits
 * in memory. Every `response` record of an HTML page (or of JSON, for WordPress REST posts) with a
 * success status becomes an input; every other record is skipped with its reason.
 */
import { WARCParser, type WARCRecord } from 'warcio';
import { InputError } from '../ingest/input-error.ts';
import { MAX_INPUT_BYTES } from '../ingest/input-limits.ts';
import type { ContainerFormat } from '../schema/article.ts';
import type { ContainerItem } from './container-item.ts';
import { decodeContent, dechunk, type HttpHead, parseHttpHead } from './http-payload.ts';

/** Payload types read as inputs: pages, and JSON (a WordPress REST post). Without a type the
 * payload is read too, and the pipeline judges it by its content, as it judges every file. */
const READ_TYPES = /^(?:text\/html|application\/xhtml\+xml|application\/(?:[\w.+-]+\+)?json)$/i;

/** Where a record sits: the container, and for a WACZ the WARC file inside it. */
export interface WarcPlace {
  readonly file: string;
  readonly container: ContainerFormat;
  readonly member: string | null;
}

function skipped(reason: string, record: WARCRecord): ContainerItem {
  return { kind: 'skipped', reason, url: record.warcTargetURI ?? null };
}

/** Longest HTTP header line read, and most header lines: past either it is no HTTP response. */
const MAX_HEADER_LINE = 16 * 1024;
const MAX_HEADER_LINES = 200;

/** Reads the HTTP status line and headers at the start of `record`'s block. */
async function readHead(record: WARCRecord): Promise<HttpHead> {
  const lines: string[] = [];
  while (lines.length < MAX_HEADER_LINES) {
    const raw = await record.readlineRaw(MAX_HEADER_LINE);
    if (raw === null) break;
    const line = Buffer.from(raw)
      .toString('latin1')
      .replace(/\r?\n$/, '');
    if (line === '') break;
    lines.push(line);
  }
  return parseHttpHead(lines);
}

/** The media type and charset of a `Content-Type` header. */
function contentType(header: string | undefined): { type: string | null; charset: string | null } {
  if (header === undefined) return { type: null, charset: null };
  const type = header.split(';')[0]?.trim().toLowerCase() ?? '';
  const charset = /;\s*charset\s*=\s*"?([^";\s]+)/i.exec(header)?.[1] ?? null;
  return { type: type === '' ? null : type, charset };
}

/** Why a record is not read as an input, from its WARC headers alone, or null. */
function recordSkip(record: WARCRecord): string | null {
  const type = record.warcType;
  if (type === 'revisit') return 'revisit record (a capture the archive holds elsewhere)';
  if (type !== 'response') return `${type ?? 'untyped'} record (not a response)`;
  if (record.warcHeader('WARC-Truncated')) return 'truncated by the crawler (WARC-Truncated)';
  if (record.warcContentLength > MAX_INPUT_BYTES) return 'over the input size limit';
  return null;
}

/** Why a response is not read as an input, from its HTTP head, or null. */
function responseSkip(head: HttpHead): string | null {
  if (head.status === null) return 'response without an HTTP status line';
  if (head.status >= 300 && head.status < 400) return 'redirect (HTTP 3xx)';
  if (head.status < 200 || head.status >= 300) return 'HTTP error or other non-success status';
  const { type } = contentType(head.headers.get('content-type'));
  if (type !== null && !READ_TYPES.test(type)) return 'not an HTML page or JSON (an asset)';
  return null;
}

/** The rest of `record`'s block (the HTTP body as sent); null when the record ends before its
 * `Content-Length` says (a truncated file). */
async function bodyOf(record: WARCRecord): Promise<Uint8Array | null> {
  const reader: unknown = record.reader;
  const chunks: Uint8Array[] = [];
  for await (const chunk of record.reader) chunks.push(chunk);
  // warcio's LimitReader counts down what the record still owes; left over means cut short.
  const owed = (reader as { limit?: unknown }).limit;
  if (typeof owed === 'number' && owed > 0) return null;
  return Uint8Array.from(Buffer.concat(chunks));
}

/** The payload of an HTTP body: chunked transfer and content encoding undone, or why not. */
function payloadOf(body: Uint8Array, head: HttpHead): Uint8Array | string {
  const chunked = /\bchunked\b/i.test(head.headers.get('transfer-encoding') ?? '');
  const whole = chunked ? dechunk(body) : body;
  if (whole === null) return 'damaged chunked transfer encoding';
  return decodeContent(whole, head.headers.get('content-encoding'));
}

async function readRecord(record: WARCRecord, place: WarcPlace): Promise<ContainerItem> {
  const early = recordSkip(record);
  if (early !== null) return skipped(early, record);
  const head = await readHead(record);
  const reason = responseSkip(head);
  if (reason !== null) return skipped(reason, record);
  const body = await bodyOf(record);
  if (body === null) return skipped('truncated record (ends before its length)', record);
  const payload = payloadOf(body, head);
  if (typeof payload === 'string') return skipped(payload, record);
  return {
    kind: 'payload',
    bytes: payload,
    charset: contentType(head.headers.get('content-type')).charset,
    record: {
      container: place.container,
      member: place.member,
      id: record.warcHeader('WARC-Record-ID') ?? null,
      url: record.warcTargetURI ?? null,
      captured: record.warcDate ?? null,
      payloadDigest: record.warcPayloadDigest ?? null,
    },
  };
}

function damaged(place: WarcPlace, offset: number, error: unknown): InputError {
  const where = place.member === null ? '' : ` in ${place.member}`;
  const why = error instanceof Error ? error.message : String(error);
  return new InputError(place.file, `damaged WARC data at byte ${offset}${where} (${why})`);
}

/** The items of the WARC whose bytes `source` streams, in order. Throws only an
 * {@link InputError} naming the container: for data that is not WARC, or a record whose headers
 * cannot be read (what was yielded before stands). A record cut short is skipped, not an error. */
export async function* warcItems(
  source: AsyncIterable<Uint8Array>,
  place: WarcPlace,
): AsyncGenerator<ContainerItem> {
  const parser = new WARCParser(source, { parseHttp: false });
  for (;;) {
    let item: ContainerItem;
    try {
      const record = await parser.parse();
      if (record === null) return;
      if (!record.warcHeaders.statusline.startsWith('WARC/')) {
        throw new InputError(place.file, `not WARC data at byte ${parser.offset}`);
      }
      item = await readRecord(record, place);
    } catch (error) {
      throw error instanceof InputError ? error : damaged(place, parser.offset, error);
    }
    yield item;
  }
}
