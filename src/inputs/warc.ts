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
import type { ContainerItem, SkippedRecord } from './container-item.ts';
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

const TRUNCATED = 'truncated record (ends before its length)';

function skipped(reason: string, url: string | null | undefined): SkippedRecord {
  return { kind: 'skipped', reason, url: url ?? null };
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

/** The rest of `record`'s block (the HTTP body as sent), as far as the data goes. */
async function bodyOf(record: WARCRecord): Promise<Uint8Array> {
  const chunks: Uint8Array[] = [];
  for await (const chunk of record.reader) chunks.push(chunk);
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
  if (early !== null) return skipped(early, record.warcTargetURI);
  const head = await readHead(record);
  const reason = responseSkip(head);
  if (reason !== null) return skipped(reason, record.warcTargetURI);
  const body = await bodyOf(record);
  const payload = payloadOf(body, head);
  if (typeof payload === 'string') return skipped(payload, record.warcTargetURI);
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

/** Reads what is left of `record`; true when the data ended before its `Content-Length`. The
 * record is then the last, and no further record may be asked for: warcio's skipping of a record
 * cut short waits forever for the bytes it still owes. */
async function drain(record: WARCRecord): Promise<boolean> {
  const reader: unknown = record.reader;
  for await (const chunk of record.reader) void chunk;
  // warcio's LimitReader counts down what the record still owes.
  const owed = (reader as { limit?: unknown }).limit;
  return typeof owed === 'number' && owed > 0;
}

/** `source`, counting in `fed.bytes` what it has given. */
async function* counted(
  source: AsyncIterable<Uint8Array>,
  fed: { bytes: number },
): AsyncGenerator<Uint8Array> {
  for await (const chunk of source) {
    fed.bytes += chunk.length;
    yield chunk;
  }
}

/** Bytes after the last record that may be left over harmlessly (record-ending blank lines). */
const TRAILING_SLACK = 8;

/** The items of the WARC whose bytes `source` streams, in order. Throws only an
 * {@link InputError} naming the container: for data that is not WARC, or a record whose headers
 * cannot be read (what was yielded before stands). A record cut short, or a last gzip member that
 * gives no whole record, is skipped, not an error. */
export async function* warcItems(
  source: AsyncIterable<Uint8Array>,
  place: WarcPlace,
): AsyncGenerator<ContainerItem> {
  const fed = { bytes: 0 };
  const parser = new WARCParser(counted(source, fed), { parseHttp: false });
  for (;;) {
    let item: ContainerItem;
    let cutShort: boolean;
    try {
      const record = await parser.parse();
      if (record === null) break;
      if (!record.warcHeaders.statusline.startsWith('WARC/')) {
        throw new InputError(place.file, `not WARC data at byte ${parser.offset}`);
      }
      item = await readRecord(record, place);
      cutShort = await drain(record);
    } catch (error) {
      throw error instanceof InputError ? error : damaged(place, parser.offset, error);
    }
    if (cutShort) {
      yield skipped(TRUNCATED, item.kind === 'skipped' ? item.url : item.record.url);
      return;
    }
    yield item;
  }
  // warcio ends quietly on a last gzip member cut short: the bytes it could not read tell.
  if (fed.bytes - parser.offset > TRAILING_SLACK) {
    yield skipped(TRUNCATED, null);
  }
}
