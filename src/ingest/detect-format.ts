/**
 * Stage 2: which format a decoded input is in, decided from its content alone (never the file
 * name). JSON must be a WordPress REST API post or an array of posts; markup must be HTML; anything
 * else must read as prose. What fits none of these is an {@link InputError} naming the file.
 */
import type { SourceFormat } from '../schema/article.ts';
import { InputError } from './input-error.ts';
import { looksLikeWordPressPost } from './wordpress.ts';

/** A decoded input with its detected format; `json` is the parsed value for JSON inputs. */
export interface DetectedInput {
  readonly format: SourceFormat;
  readonly text: string;
  readonly json?: unknown;
}

const JSON_START = /^\s*(?:\{\s*"|\[\s*(?:\{|\]))/;
const HTML_START = /^\s*(?:<!doctype\s+html|<html[\s>]|<head[\s>]|<body[\s>])/i;
const XML_START = /^\s*<\?xml/i;
const HTML_TAG =
  /<\/?(?:p|div|article|section|span|a|h[1-6]|ul|ol|li|br|img|figure|blockquote|em|strong|b|i|aside|main|header|footer|table|script|style|iframe|form|nav|title|meta|link)\b[^>]*>/gi;
/** Tags per line above which a text that opens with markup is read as an HTML fragment. */
const FRAGMENT_TAGS_PER_LINE = 0.5;

function detectJson(file: string, text: string): DetectedInput {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    const why = error instanceof Error ? error.message : String(error);
    throw new InputError(file, `truncated or invalid JSON (${why})`);
  }
  const posts = Array.isArray(json) ? json : [json];
  if (posts.length === 0) throw new InputError(file, 'JSON array holds no posts');
  if (!posts.every(looksLikeWordPressPost)) {
    throw new InputError(file, 'JSON that is not a WordPress REST API post (or array of posts)');
  }
  return { format: 'wordpress-json', text, json };
}

function isHtml(text: string): boolean {
  if (HTML_START.test(text)) return true;
  if (!/^\s*</.test(text)) return false;
  const tags = text.match(HTML_TAG)?.length ?? 0;
  const lines = Math.max(1, text.split('\n').length);
  return tags > 0 && tags / lines >= FRAGMENT_TAGS_PER_LINE;
}

/** Detects the format of `text` (the decoded content of `file`). */
export function detectFormat(file: string, text: string): DetectedInput {
  if (JSON_START.test(text)) return detectJson(file, text);
  if (isHtml(text)) return { format: 'html', text };
  if (XML_START.test(text)) throw new InputError(file, 'unknown format: XML that is not HTML');
  const letters = text.match(/\p{L}/gu)?.length ?? 0;
  if (letters < 20 || letters / text.length < 0.3) {
    throw new InputError(file, 'unknown format: neither a WordPress post, HTML, nor prose');
  }
  return { format: 'plain-text', text };
}
