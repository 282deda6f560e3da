/**
 * WARC web archives (ISO 28500; `.warc` or `.warc.gz`, one gzip member per record), read as a
 * stream with webrecorder's `warcio`: one record at a time, so a multi-gigabyte archive never sits
 * in memory. Every `response` record of an HTML page (or of JSON, for WordPress REST posts) with a
 * success status becomes an input; every other record is skipped with its reason.
 */
import { createGunzip } from 'node:zlib';
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

/** The error for damaged data at `offset`, counted in the inflated bytes when the WARC is gzip. */
function damaged(place: WarcPlace, offset: number, gzip: boolean, error: unknown): InputError {
  const where = place.member === null ? '' : ` in ${place.member}`;
  const inflated = gzip ? ' of its inflated data' : '';
  const why = error instanceof Error ? error.message : String(error);
  return new InputError(
    place.file,
    `damaged WARC data at byte ${offset}${inflated}${where} (${why})`,
  );
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

/** Copies of what `source` gives, each its own memory. */
async function* copies(source: AsyncIterable<Uint8Array>): AsyncGenerator<Uint8Array> {
  for await (const chunk of source) yield Uint8Array.from(chunk);
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

/** What a stream of a WARC's bytes gave: inflated bytes, and whether its gzip data ended in the
 * middle of a member. */
interface Fed {
  bytes: number;
  gzip: boolean;
  cutShort: boolean;
}

/** The inflation of the gzip members `chunks` holds, chunk by chunk. Inflated bytes are taken as
 * zlib emits them, so those before a member cut short are kept (a stream's iterator drops what it
 * buffered when the stream fails); the cut sets `fed.cutShort`. Damaged gzip data throws. */
/** Inflated bytes are handed on in chunks of at least this size (but the last): warcio misreads a
 * WARC whose first chunk is a single byte, which zlib gives for a small first write. */
const MIN_CHUNK = 64 * 1024;

/** The size of zlib's output buffers: a few of them are in memory at once. */
const INFLATE_CHUNK = 4 * 1024 * 1024;

/** What zlib gave since last handed on, as one chunk, once there is enough of it or `last`. */
function taken(out: Buffer[], last = false): Buffer[] {
  const size = out.reduce((sum, chunk) => sum + chunk.length, 0);
  if (size === 0 || (size < MIN_CHUNK && !last)) return [];
  return out.length === 1 ? out.splice(0) : [Buffer.concat(out.splice(0))];
}

async function* gunzipped(chunks: AsyncIterable<Uint8Array>, fed: Fed): AsyncGenerator<Uint8Array> {
  // zlib fills one output buffer of `chunkSize` per round trip to its thread: at the default 16 KiB
  // a gigabyte of WARC made 65,000 of them, and reading the 1 GB WARC of the WARC benchmark took
  // 5.3 s, against 1.4 s in 4 MiB buffers.
  const gunzip = createGunzip({ chunkSize: INFLATE_CHUNK });
  const out: Buffer[] = [];
  // Set by zlib's error event; a holder, as the narrowing of a plain variable does not see
  // assignments in callbacks.
  const state: { failure: (Error & { code?: unknown }) | null } = { failure: null };
  gunzip.on('data', (chunk: Buffer) => out.push(chunk));
  gunzip.on('error', (error) => (state.failure = error));
  // Settles once zlib has taken `chunk` in (or, with no chunk, has ended), or has failed.
  const settled = (chunk?: Uint8Array): Promise<void> =>
    new Promise((resolve) => {
      const done = (): void => {
        gunzip.off('error', done);
        resolve();
      };
      gunzip.once('error', done);
      if (chunk === undefined) gunzip.once('end', done).end();
      else gunzip.write(chunk, done);
    });
  for await (const chunk of chunks) {
    // zlib inflates `chunk` on its own thread while what it gave before is handed on and parsed.
    const written = settled(chunk);
    yield* taken(out);
    await written;
    if (state.failure) break;
  }
  yield* taken(out);
  if (!state.failure) await settled();
  yield* taken(out, true);
  const { failure } = state;
  if (failure && failure.code !== 'Z_BUF_ERROR') throw failure;
  fed.cutShort = failure !== null;
}

/** The WARC's bytes, inflated when they are gzip (one member per record, or one for the whole
 * file) by Node's zlib rather than by warcio: warcio inflates in JavaScript (pako), which made
 * reading a crawl of mostly images about three times slower (measured on a 142 MB WARC of the
 * WARC benchmark: 10.4 s against 3.7 s). `fed.bytes` counts the bytes given. A source that
 * reuses its pieces (`reused`) is copied when the WARC is not gzip, as warcio keeps views of what
 * it is given; zlib is done with each piece before the next is asked for. */
async function* inflated(
  source: AsyncIterable<Uint8Array>,
  fed: Fed,
  reused: boolean,
): AsyncGenerator<Uint8Array> {
  const iterator = source[Symbol.asyncIterator]();
  const first = await iterator.next();
  if (first.done === true) return;
  const all = async function* (): AsyncGenerator<Uint8Array> {
    yield first.value;
    for (let next = await iterator.next(); next.done !== true; next = await iterator.next()) {
      yield next.value;
    }
  };
  fed.gzip = first.value[0] === 0x1f && first.value[1] === 0x8b;
  yield* counted(fed.gzip ? gunzipped(all(), fed) : reused ? copies(all()) : all(), fed);
}

/** Bytes after the last record that may be left over harmlessly (record-ending blank lines). */
const TRAILING_SLACK = 8;

/** The items of the WARC whose bytes `source` streams, in order. Throws only an
 * {@link InputError} naming the container: for data that is not WARC, or a record whose headers
 * cannot be read (what was yielded before stands). A record cut short, or a last gzip member that
 * gives no whole record, is skipped, not an error. With `reused`, the source may reuse a piece's
 * memory once the next piece is asked for (see `file-pieces-fs.ts`). */
export async function* warcItems(
  source: AsyncIterable<Uint8Array>,
  place: WarcPlace,
  reused = false,
): AsyncGenerator<ContainerItem> {
  const fed: Fed = { bytes: 0, gzip: false, cutShort: false };
  const parser = new WARCParser(inflated(source, fed, reused), { parseHttp: false });
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
      throw error instanceof InputError ? error : damaged(place, parser.offset, fed.gzip, error);
    }
    if (cutShort) {
      yield skipped(TRUNCATED, item.kind === 'skipped' ? item.url : item.record.url);
      return;
    }
    yield item;
  }
  // The parser ends quietly when the data stops between records or inside a record's headers.
  if (fed.cutShort || fed.bytes - parser.offset > TRAILING_SLACK) {
    yield skipped(TRUNCATED, null);
  }
}
