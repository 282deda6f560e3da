/**
 * Which encoding to read an input's bytes with, chosen as a browser chooses for a page it has no
 * HTTP header for: a byte-order mark first, then a declaration found by the HTML standard's prescan
 * (html-encoding-sniffer), then, for undeclared bytes, UTF-8 when the bytes are (mostly) UTF-8,
 * else the statistical detector chardet (ICU's detector), and windows-1252 as the last resort.
 */
import { analyse } from 'chardet';
import { getBOMEncoding, labelToName, TextDecoder } from '@exodus/bytes/encoding.js';
import htmlEncodingSniffer from 'html-encoding-sniffer';
import type { DecodingMethod } from '../schema/article.ts';
import { MIN_SNIFF_CONFIDENCE, MIN_UTF8_SHARE, SNIFF_SAMPLE_BYTES } from './input-limits.ts';

/** An encoding by its WHATWG name, and how it was chosen. */
export interface EncodingChoice {
  readonly encoding: string;
  readonly method: DecodingMethod;
}

/** Returned by the sniffer when no declaration is found; never an encoding label. */
const UNDECLARED = 'undeclared';
const FALLBACK: EncodingChoice = { encoding: 'windows-1252', method: 'default' };

/** True when at least {@link MIN_UTF8_SHARE} of the non-ASCII characters UTF-8 finds are valid:
 * a page that is UTF-8 but for a few damaged bytes is read as browsers read declared UTF-8. */
function mostlyUtf8(bytes: Uint8Array): boolean {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return true;
  } catch {
    // Invalid somewhere: weigh what is valid against what is not.
  }
  const text = new TextDecoder('utf-8').decode(bytes);
  let valid = 0;
  let invalid = 0;
  for (const char of text) {
    if (char === '\ufffd') invalid += 1;
    else if (char > '\u007f') valid += 1;
  }
  return valid / (valid + invalid) >= MIN_UTF8_SHARE;
}

/** The detector's likeliest encoding that the web can decode, or null. UTF-8 is left out (it was
 * ruled out above), and so are UTF-16 and UTF-32 without a byte-order mark, which browsers never
 * guess, and ISO-2022-KR and -CN, which the Encoding Standard maps to its replacement encoding. */
function detected(bytes: Uint8Array): string | null {
  for (const match of analyse(bytes.subarray(0, SNIFF_SAMPLE_BYTES))) {
    if (match.confidence < MIN_SNIFF_CONFIDENCE) return null;
    const name = labelToName(match.name);
    if (name !== null && !/^(?:UTF-|replacement$)/.test(name)) return name;
  }
  return null;
}

/** The encoding `bytes` are to be decoded with. Always a WHATWG encoding name; `replacement` only
 * when the bytes declare an encoding the standard refuses to decode (ISO-2022-KR, HZ-GB-2312…).
 * `transport` is the charset the HTTP `Content-Type` header named, when the bytes came with one (a
 * web archive's record): a browser takes it after a byte-order mark and before the page's own
 * declaration; a label it does not know is ignored, as a browser ignores it. */
export function chooseEncoding(bytes: Uint8Array, transport?: string | null): EncodingChoice {
  const bom = getBOMEncoding(bytes);
  if (bom !== null) return { encoding: labelToName(bom) ?? bom, method: 'bom' };
  const header = transport ? labelToName(transport) : null;
  if (header !== null) return { encoding: header, method: 'declared' };
  const declared = htmlEncodingSniffer(bytes, { defaultEncoding: UNDECLARED });
  if (declared !== UNDECLARED) return { encoding: declared, method: 'declared' };
  if (mostlyUtf8(bytes)) return { encoding: 'UTF-8', method: 'sniffed' };
  const sniffed = detected(bytes);
  return sniffed === null ? FALLBACK : { encoding: sniffed, method: 'sniffed' };
}
