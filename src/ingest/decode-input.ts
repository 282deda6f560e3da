/**
 * Stage 1: bytes as received to text, as a browser reads a page it has no HTTP header for (see
 * `choose-encoding.ts`): bytes invalid in the chosen encoding become U+FFFD, never a refusal.
 * Refuses, with an {@link InputError}, only what is not text in any encoding: empty files, binary
 * data (by magic number or control characters), oversized input, formats the archive does not read
 * yet. Gzip-compressed input (by its magic number, never its name) is expanded first.
 */
import { gunzipSync } from 'node:zlib';
import { TextDecoder } from '@exodus/bytes/encoding.js';
import type { Decoding } from '../schema/article.ts';
import { binarySignature, controlShare } from './binary-input.ts';
import { chooseEncoding } from './choose-encoding.ts';
import { unreadFormat } from './detect-format.ts';
import { InputError } from './input-error.ts';
import { MAX_CONTROL_CHAR_SHARE, MAX_DECOMPRESSED_BYTES, MAX_INPUT_BYTES } from './input-limits.ts';

/** An input's text and how it was decoded (NUL characters, handled per format, come later). */
export interface DecodedInput {
  readonly text: string;
  readonly decoding: Omit<Decoding, 'nul'>;
}

const megabytes = (n: number): string => `${(n / 1024 / 1024).toFixed(1)} MB`;

function gunzip(file: string, bytes: Uint8Array): Uint8Array {
  try {
    return gunzipSync(bytes, { maxOutputLength: MAX_DECOMPRESSED_BYTES });
  } catch (error) {
    const tooBig = error instanceof RangeError || /maxOutputLength|buffer/i.test(String(error));
    throw new InputError(
      file,
      tooBig
        ? `gzip data expands past the ${megabytes(MAX_DECOMPRESSED_BYTES)} limit`
        : 'damaged or truncated gzip data',
    );
  }
}

/** U+FFFD characters the bytes carry themselves (valid in the encoding), which were not replaced.
 * Only the Unicode encodings can carry one (gb18030's four-byte form of it is left uncounted). */
function literalReplacements(bytes: Uint8Array, encoding: string): number {
  let count = 0;
  if (encoding === 'UTF-8') {
    for (let i = bytes.indexOf(0xef); i !== -1; i = bytes.indexOf(0xef, i + 1)) {
      if (bytes[i + 1] === 0xbf && bytes[i + 2] === 0xbd) count += 1;
    }
  } else if (encoding === 'UTF-16LE' || encoding === 'UTF-16BE') {
    const [high, low] = encoding === 'UTF-16LE' ? [1, 0] : [0, 1];
    for (let i = 2; i + 1 < bytes.length; i += 2) {
      if (bytes[i + high] === 0xff && bytes[i + low] === 0xfd) count += 1;
    }
  }
  return count;
}

/** `bytes` decoded with the chosen encoding, and how many byte sequences became U+FFFD. */
function decodeText(file: string, bytes: Uint8Array, transport?: string | null): DecodedInput {
  const { encoding, method } = chooseEncoding(bytes, transport);
  if (encoding === 'replacement') {
    throw new InputError(file, 'declares a charset that browsers refuse to decode (replacement)');
  }
  const text = new TextDecoder(encoding).decode(bytes);
  let found = 0;
  for (let i = text.indexOf('\ufffd'); i !== -1; i = text.indexOf('\ufffd', i + 1)) found += 1;
  const replaced = found === 0 ? 0 : found - literalReplacements(bytes, encoding);
  return { text, decoding: { encoding, method, replaced } };
}

/** How an input is to be decoded besides its bytes. */
export interface DecodeOptions {
  /** The charset an HTTP header gave the bytes, when they came with one (see `chooseEncoding`). */
  readonly transport?: string | null | undefined;
  /** True when the caller reads feeds (the feed reader): a feed is then not refused. */
  readonly feed?: boolean;
}

/** Decodes one input file to text as a browser would, or throws an {@link InputError} naming the
 * file and the reason. Never throws anything else, whatever the bytes. */
export function decodeInput(
  file: string,
  bytes: Uint8Array,
  { transport, feed = false }: DecodeOptions = {},
): DecodedInput {
  if (bytes.length > MAX_INPUT_BYTES) {
    throw new InputError(
      file,
      `file is ${megabytes(bytes.length)}, over the ${megabytes(MAX_INPUT_BYTES)} limit`,
    );
  }
  const raw = bytes[0] === 0x1f && bytes[1] === 0x8b ? gunzip(file, bytes) : bytes;
  // A web archive holds images too: named for what it is before its bytes look binary.
  const unread = unreadFormat(new TextDecoder('windows-1252').decode(raw.subarray(0, 1024)));
  if (unread !== null && !(feed && !unread.startsWith('a WARC')))
    throw new InputError(file, unread);
  const kind = binarySignature(raw);
  if (kind !== null) throw new InputError(file, `binary file (${kind}), not text`);
  const decoded = decodeText(file, raw, transport);
  if (decoded.text.trim() === '') throw new InputError(file, 'file is empty');
  if (controlShare(decoded.text) > MAX_CONTROL_CHAR_SHARE) {
    throw new InputError(file, 'binary file (too many control characters), not text');
  }
  return decoded;
}
