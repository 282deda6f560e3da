/**
 * The articles of one container (a WARC, a WACZ, a feed, a WXR export): each record the reader
 * yields goes through the pipeline as an input of its own; a record that is not an article (by the
 * reader's judgement, or the pipeline's: no article text, not a post…) is skipped and counted with
 * its reason, and an identical second capture of one address (same payload) is skipped as a
 * duplicate. Records are taken one at a time, as the reader streams them.
 */
import { createHash } from 'node:crypto';
import type { ContainerItem } from '../inputs/container-item.ts';
import { recordIdName } from '../inputs/container-item.ts';
import { type InputError, isInputError } from '../ingest/input-error.ts';
import type { ArticleEntry } from '../schema/article.ts';
import type { FactsForFile } from '../schema/facts.ts';
import { buildArticles, buildPostArticle } from './build-article.ts';

/** The container being read: its name in `seeds/`, and for feeds the SHA-256 and size of its
 * bytes (a feed item has no bytes of its own). */
export interface ContainerFile {
  readonly file: string;
  readonly path?: string;
  readonly whole?: { readonly sha256: string; readonly bytes: number };
}

/** What one container gave: entries grouped per record (each group claims its ids under the
 * container and the record's own id, see `withUniqueIds`), and skipped records per reason. */
export interface ContainerArticles {
  readonly built: { file: string; entries: ArticleEntry[] }[];
  readonly skipped: Map<string, number>;
  /** The input error that stopped the reader (a damaged record), after which nothing was read;
   * the records read before it stand. */
  failure?: InputError;
}

function count(skipped: Map<string, number>, reason: string): void {
  skipped.set(reason, (skipped.get(reason) ?? 0) + 1);
}

/** The entries of one item (throws as the pipeline throws). */
function entriesOf(item: ContainerItem, at: ContainerFile, facts?: FactsForFile): ArticleEntry[] {
  if (item.kind === 'skipped') return [];
  const idName = recordIdName(item.record.url, `${at.path ?? at.file}#${item.record.id ?? ''}`);
  const base = { file: at.path ?? at.file, ...(at.path ? { path: at.path } : {}) };
  if (item.kind === 'post') {
    const whole = at.whole ?? { sha256: '0'.repeat(64), bytes: 0 };
    const origin = { record: item.record, idName, container: whole };
    return [buildPostArticle({ ...base, post: item.post, decoding: item.decoding, origin }, facts)];
  }
  const origin = { record: item.record, idName, charset: item.charset };
  return buildArticles({ ...base, bytes: item.bytes, origin, address: item.record.url }, facts);
}

/** The key two identical captures of one address share: the address and the payload's hash. */
function captureKey(item: ContainerItem): string | null {
  if (item.kind !== 'payload') return null;
  const digest = createHash('sha256').update(item.bytes).digest('hex');
  return `${item.record.url ?? ''}\u0000${digest}`;
}

/** Runs one item through the pipeline into `result`. */
function take(
  item: ContainerItem,
  position: number,
  context: { at: ContainerFile; facts: FactsForFile | undefined; seen: Set<string> },
  result: ContainerArticles,
): void {
  if (item.kind === 'skipped') return count(result.skipped, item.reason);
  const key = captureKey(item);
  if (key !== null && context.seen.has(key)) {
    return count(result.skipped, 'duplicate capture (same address, same payload)');
  }
  if (key !== null) context.seen.add(key);
  try {
    const entries = entriesOf(item, context.at, context.facts);
    const claim = item.record.id ?? item.record.url ?? String(position);
    result.built.push({ file: `${context.at.path ?? context.at.file}#${claim}`, entries });
  } catch (error) {
    if (!isInputError(error)) throw error;
    count(result.skipped, `not an article: ${error.reason}`);
  }
}

/** Runs every item of `items` (one container's, as its reader yields them) through the pipeline.
 * A reader's input error (a damaged container) ends the reading and is returned as `failure`, with
 * what was read before it; only internal errors are thrown. A record's own input error is a skip. */
export async function containerArticles(
  items: AsyncIterable<ContainerItem> | Iterable<ContainerItem>,
  at: ContainerFile,
  facts?: FactsForFile,
): Promise<ContainerArticles> {
  const result: ContainerArticles = { built: [], skipped: new Map() };
  const context = { at, facts, seen: new Set<string>() };
  let position = 0;
  try {
    for await (const item of items) take(item, (position += 1), context, result);
  } catch (error) {
    if (!isInputError(error)) throw error;
    result.failure = error;
  }
  return result;
}
