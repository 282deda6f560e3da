/**
 * The ingest pipeline for one input file, as its list of stages:
 *
 *   1. decode   bytes as received -> text            (src/ingest/decode-input.ts)
 *   2. detect   text -> format, from content alone   (src/ingest/detect-format.ts)
 *   3. clean    format's cleaner -> body blocks, removals, stated metadata (src/clean, src/extract)
 *   4. resolve  metadata fields: source, then curated facts, then the lede (resolve-fields.ts),
 *               and the language: declared, unless the text reliably reads otherwise
 *               (src/language/article-language.ts)
 *   5. assemble one entry per article, validated by the one article schema
 *
 * Every failure caused by the input is an {@link InputError} naming the file.
 */
import { createHash } from 'node:crypto';
import { blocksToMarkdown, blocksToText, countWords } from '../clean/blocks.ts';
import type { CleanResult } from '../clean/clean-result.ts';
import { cleanHtmlFragment } from '../clean/html-fragment.ts';
import { cleanPlainText } from '../clean/plain-text.ts';
import { cleanHtmlPage } from '../extract/page/extract-page.ts';
import { type DecodedInput, decodeInput } from '../ingest/decode-input.ts';
import { articleLanguage } from '../language/article-language.ts';
import { type DetectedInput, detectFormat } from '../ingest/detect-format.ts';
import { assertNesting } from '../ingest/html-nesting.ts';
import { InputError } from '../ingest/input-error.ts';
import { cleanWordPressPost } from '../clean/wordpress.ts';
import type { WordPressPost } from '../ingest/wordpress-post.ts';
import {
  Article,
  type ArticleEntry,
  type Decoding,
  type Source,
  type SourceFormat,
  type SourceRecord,
} from '../schema/article.ts';
import type { FactsForFile } from '../schema/facts.ts';
import { describeIssues } from '../schema/validation-error.ts';
import { articleIds } from './article-id.ts';
import { resolveFields } from './resolve-fields.ts';

/** One input file as received, or one record of a container (a page in a WARC). */
export interface RawInput {
  /** File name as it appears in `seeds/` or on the command line (for a record, the container's);
   * a file in a sub-folder of `seeds/` is named by its path there, with `/` separators. */
  readonly file: string;
  readonly bytes: Uint8Array;
  /** Where a container's record came from: the charset its HTTP header named, the record, and
   * the name its id derives from (its address, see `recordIdName`). */
  readonly origin?: RecordOrigin;
  /** The file's path inside `seeds/`, when it sits in a sub-folder (a saved mirror): its id
   * derives from the whole path, since mirrors are full of `index.html`. */
  readonly path?: string;
  /** The page's address when it names none itself: a saved mirror's path (see
   * `mirrorAddress`), or a record's captured URL. */
  readonly address?: string | null;
}

/** Where a record of a container came from. */
export interface RecordOrigin {
  readonly record: SourceRecord;
  readonly idName: string;
  readonly charset?: string | null;
  /** SHA-256 and size of the container file, for records that are no bytes of their own. */
  readonly container?: { readonly sha256: string; readonly bytes: number };
}

/** A feed or WXR item: a WordPress-shaped post read out of the container `file`. */
export interface PostRecord {
  readonly file: string;
  readonly path?: string;
  readonly post: WordPressPost;
  readonly decoding: DecodedInput['decoding'];
  readonly origin: RecordOrigin & { readonly container: { sha256: string; bytes: number } };
}

/** Every string inside `value` (a parsed post): each may be HTML that a cleaner parses. */
function stringsOf(value: unknown): string[] {
  const found: string[] = [];
  const stack: unknown[] = [value];
  for (let item = stack.pop(); item !== undefined; item = stack.pop()) {
    if (typeof item === 'string') {
      if (item.includes('<')) found.push(item);
    } else if (item !== null && typeof item === 'object') {
      for (const child of Object.values(item)) stack.push(child);
    }
  }
  return found;
}

/** Stage 3: the format's cleaner, from what detection found. Whole HTML pages go through
 * main-text extraction; every HTML string is bounded before it is parsed. */
function clean(input: DetectedInput, file: string): CleanResult[] {
  switch (input.format) {
    case 'wordpress-json':
      return input.posts.map((post) => {
        for (const html of stringsOf(post)) assertNesting(file, html);
        return cleanWordPressPost(post);
      });
    case 'plain-text':
      return [cleanPlainText(input.text)];
    case 'html':
      if (input.shape === 'page') return [cleanHtmlPage(input.text, file)];
      assertNesting(file, input.text);
      return [cleanHtmlFragment(input.text)];
  }
}

/** The entry's `source`: the file, or the container and its record. */
function sourceOf(
  raw: {
    readonly file: string;
    readonly bytes?: Uint8Array;
    readonly path?: string;
    readonly origin?: RecordOrigin;
  },
  format: SourceFormat,
  decoding: Decoding,
): Source {
  const own = raw.origin?.container;
  const bytes = raw.bytes ?? new Uint8Array();
  return {
    file: raw.file.replace(/^.*[\\/]/, ''),
    format,
    sha256: own?.sha256 ?? createHash('sha256').update(bytes).digest('hex'),
    bytes: own?.bytes ?? bytes.length,
    decoding,
    ...(raw.path === undefined ? {} : { path: raw.path }),
    ...(raw.origin ? { record: raw.origin.record } : {}),
  };
}

/** The cleaned article with `address` as its canonical URL when it names none itself. */
function withAddress(cleaned: CleanResult, address: string | null | undefined): CleanResult {
  if (cleaned.meta.canonicalUrl !== null || !address || !/^https?:\/\//i.test(address)) {
    return cleaned;
  }
  return { ...cleaned, meta: { ...cleaned.meta, canonicalUrl: address } };
}

/** Stage 5: one validated entry. */
function assemble(
  id: string,
  cleaned: CleanResult,
  source: Source,
  file: string,
  facts: FactsForFile | undefined,
): ArticleEntry {
  const text = blocksToText(cleaned.blocks);
  if (!/[\p{L}\p{N}]/u.test(text)) throw new InputError(file, 'no article text after cleaning');
  const fields = resolveFields(cleaned, facts);
  const candidate = {
    id,
    ...fields,
    modified: cleaned.meta.modified,
    summary: cleaned.summary,
    tags: [...cleaned.meta.tags],
    ...articleLanguage(cleaned.meta.language, text),
    images: [...cleaned.images],
    embeds: cleaned.blocks.flatMap((b) => (b.kind === 'embed' ? [b.embed] : [])),
    source,
    removed: [...cleaned.removed],
    facts: [...fields.facts],
    wordCount: countWords(text),
    text,
  };
  const parsed = Article.safeParse(candidate);
  if (!parsed.success) throw new InputError(file, describeIssues(id, parsed.error));
  return { data: parsed.data, markdown: blocksToMarkdown(cleaned.blocks) };
}

/** Runs every stage on one input file (or one record of a container); returns one entry per
 * article it holds. */
export function buildArticles(raw: RawInput, facts?: FactsForFile): ArticleEntry[] {
  const decoded = decodeInput(raw.file, raw.bytes, { transport: raw.origin?.charset });
  const detected = detectFormat(raw.file, decoded.text);
  const cleaned = clean(detected, raw.file).map((c) => withAddress(c, raw.address));
  // A mirror saves every page as `…/index.html`: the folder names the page.
  const idName = raw.origin?.idName ?? raw.path?.replace(/\/index\.html?(?:\.gz)?$/i, '');
  const ids =
    idName === undefined
      ? articleIds(raw.file, cleaned.length)
      : articleIds(idName, cleaned.length, true);
  const decoding = { ...decoded.decoding, nul: detected.nul };
  const source = sourceOf(raw, detected.format, decoding);
  return cleaned.map((c, n) =>
    assemble(ids[n] ?? `${ids[0]}-${n + 1}`, c, source, raw.file, facts),
  );
}

/** Runs the clean, resolve and assemble stages on a feed or WXR item (already decoded with its
 * container, and read into a post). */
export function buildPostArticle(item: PostRecord, facts?: FactsForFile): ArticleEntry {
  for (const html of stringsOf(item.post)) assertNesting(item.file, html);
  const cleaned = withAddress(cleanWordPressPost(item.post), item.origin.record.url);
  const [id] = articleIds(item.origin.idName, 1, true);
  const source = sourceOf(item, 'html', { ...item.decoding, nul: 0 });
  return assemble(id ?? 'article', cleaned, source, item.file, facts);
}
