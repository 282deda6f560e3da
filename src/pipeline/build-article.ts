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
import { cleanWordPressPost, parseWordPress } from '../ingest/wordpress.ts';
import { Article, type ArticleEntry } from '../schema/article.ts';
import type { FactsForFile } from '../schema/facts.ts';
import { describeIssues } from '../schema/validation-error.ts';
import { articleIds } from './article-id.ts';
import { resolveFields } from './resolve-fields.ts';

/** One input file as received. */
export interface RawInput {
  /** File name as it appears in `seeds/` or on the command line. */
  readonly file: string;
  readonly bytes: Uint8Array;
}

const WHOLE_PAGE = /<(?:html|head|body)[\s>]|<!doctype\s+html/i;

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

/** Stage 3: the format's cleaner. Whole HTML pages go through main-text extraction. */
function clean(input: DetectedInput, file: string): CleanResult[] {
  switch (input.format) {
    case 'wordpress-json':
      return parseWordPress(input.text, file).map((post) => {
        for (const html of stringsOf(post)) assertNesting(file, html);
        return cleanWordPressPost(post);
      });
    case 'plain-text':
      return [cleanPlainText(input.text)];
    case 'html':
      if (WHOLE_PAGE.test(input.text)) return [cleanHtmlPage(input.text, file)];
      assertNesting(file, input.text);
      return [cleanHtmlFragment(input.text)];
  }
}

/** Stage 5: one validated entry. */
function assemble(
  id: string,
  cleaned: CleanResult,
  input: { readonly decoded: DecodedInput; readonly detected: DetectedInput },
  raw: RawInput,
  facts: FactsForFile | undefined,
): ArticleEntry {
  const text = blocksToText(cleaned.blocks);
  if (!/[\p{L}\p{N}]/u.test(text)) throw new InputError(raw.file, 'no article text after cleaning');
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
    source: {
      file: raw.file.replace(/^.*[\\/]/, ''),
      format: input.detected.format,
      sha256: createHash('sha256').update(raw.bytes).digest('hex'),
      bytes: raw.bytes.length,
      decoding: { ...input.decoded.decoding, nul: input.detected.nul },
    },
    removed: [...cleaned.removed],
    facts: [...fields.facts],
    wordCount: countWords(text),
    text,
  };
  const parsed = Article.safeParse(candidate);
  if (!parsed.success) throw new InputError(raw.file, describeIssues(id, parsed.error));
  return { data: parsed.data, markdown: blocksToMarkdown(cleaned.blocks) };
}

/** Runs every stage on one input file; returns one entry per article it holds. */
export function buildArticles(raw: RawInput, facts?: FactsForFile): ArticleEntry[] {
  const decoded = decodeInput(raw.file, raw.bytes);
  const detected = detectFormat(raw.file, decoded.text);
  const cleaned = clean(detected, raw.file);
  const ids = articleIds(raw.file, cleaned.length);
  const input = { decoded, detected };
  return cleaned.map((c, n) => assemble(ids[n] ?? `${ids[0]}-${n + 1}`, c, input, raw, facts));
}
