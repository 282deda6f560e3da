/**
 * Stage 1: bytes as received to text. Refuses, with an {@link InputError}, what is not text:
 * empty files, binary data, invalid UTF-8, oversized input. Gzip-compressed input (by its magic
 * number, never its name) is expanded first.
 */
import { gunzipSync } from 'node:zlib';
import { InputError } from './input-error.ts';
import { MAX_CONTROL_CHAR_SHARE, MAX_DECOMPRESSED_BYTES, MAX_INPUT_BYTES } from './input-limits.ts';

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

/** The charset an HTML document declares in a `<meta>` tag within its first 2 kB, if any. */
function declaredCharset(bytes: Uint8Array): string | null {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 2048));
  return /<meta[^>]+charset\s*=\s*["']?([\w-]+)/i.exec(head)?.[1]?.toLowerCase() ?? null;
}

function decodeText(file: string, bytes: Uint8Array): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes);
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes);
  if (bytes.includes(0)) throw new InputError(file, 'binary file (contains NUL bytes), not text');
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    const charset = declaredCharset(bytes);
    if (charset && charset !== 'utf-8' && charset !== 'utf8') {
      try {
        return new TextDecoder(charset).decode(bytes);
      } catch {
        throw new InputError(file, `declares an unknown charset "${charset}"`);
      }
    }
    throw new InputError(file, 'not valid UTF-8 text (and declares no other charset)');
  }
}

function controlShare(text: string): number {
  const controls = text.match(/[\u0000-\u0008\u000b\u000e-\u001f\u007f\ufffd]/g)?.length ?? 0;
  return text.length === 0 ? 0 : controls / text.length;
}

/** Decodes one input file to text, or throws an {@link InputError} naming the file and reason. */
export function decodeInput(file: string, bytes: Uint8Array): string {
  if (bytes.length > MAX_INPUT_BYTES) {
    throw new InputError(
      file,
      `file is ${megabytes(bytes.length)}, over the ${megabytes(MAX_INPUT_BYTES)} limit`,
    );
  }
  const raw = bytes[0] === 0x1f && bytes[1] === 0x8b ? gunzip(file, bytes) : bytes;
  const text = decodeText(file, raw);
  if (text.trim() === '') throw new InputError(file, 'file is empty');
  if (controlShare(text) > MAX_CONTROL_CHAR_SHARE) {
    throw new InputError(file, 'binary file (too many control characters), not text');
  }
  return text;
}
