/**
 * What a container (a WARC, a WACZ, a feed, a WXR export) yields, one record at a time: an input
 * to clean as a file of its own, or a record skipped with its reason. Readers never hold a whole
 * container: each item is yielded as soon as its record is read.
 */
import type { Decoding, SourceRecord } from '../schema/article.ts';
import type { WordPressPost } from '../ingest/wordpress-post.ts';

/** A record whose payload bytes are cleaned as an input of their own (a page in a WARC). */
export interface PayloadInput {
  readonly kind: 'payload';
  /** The payload: the HTTP body with its transfer and content encodings undone. */
  readonly bytes: Uint8Array;
  /** The charset the HTTP `Content-Type` header named, or null. */
  readonly charset: string | null;
  readonly record: SourceRecord;
}

/** A feed or WXR item, read into the shape of a WordPress post so it is cleaned as one. */
export interface PostInput {
  readonly kind: 'post';
  readonly post: WordPressPost;
  /** How the container's bytes were read as text (the item's text is part of them). */
  readonly decoding: Omit<Decoding, 'nul'>;
  readonly record: SourceRecord;
}

/** A record that is not an article, and why (one of a few short reasons, so they can be counted). */
export interface SkippedRecord {
  readonly kind: 'skipped';
  readonly reason: string;
  /** The record's address, when it has one. */
  readonly url: string | null;
}

/** One item of a container, in the order the container holds them. */
export type ContainerItem = PayloadInput | PostInput | SkippedRecord;

/** The name a record's entry id derives from: its address' host and path (`example.com/news/a`,
 * the `www.`, a trailing slash and `index.html` left off), stable whatever else the container
 * holds; `fallback` (the container and the record's position) when it has no usable address. */
export function recordIdName(url: string | null, fallback: string): string {
  if (url === null) return fallback;
  try {
    const parsed = new URL(url);
    const path = parsed.pathname.replace(/\/index\.html?$/i, '/').replace(/\/+$/, '');
    const name = `${parsed.hostname.replace(/^www\./, '')}${path}`;
    return name === '' ? fallback : name;
  } catch {
    return fallback;
  }
}
