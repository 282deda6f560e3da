/**
 * The single definition of an archived article. The build script validates every entry it writes
 * with it, Astro's content collection validates every entry it reads with it, and the JSON export
 * is derived from it. Types are inferred from the schema and never written twice.
 */
import { z } from 'zod';
import { RULE_IDS } from '../clean/rules.ts';

/** Input formats the ingester recognises, detected from content, never from the file name. */
export const SourceFormat = z.enum(['wordpress-json', 'plain-text', 'html']);
export type SourceFormat = z.infer<typeof SourceFormat>;

/** How the encoding of an input was chosen, in the order a browser tries them (WHATWG Encoding and
 * HTML standards): `bom`, a byte-order mark; `declared`, a `<meta charset>` or `http-equiv`
 * declaration found by the standard's prescan of the first 1024 bytes; `sniffed`, read off the
 * undeclared bytes themselves (valid or mostly valid UTF-8, else a statistical detector);
 * `default`, windows-1252, the standard's last resort when nothing else says. */
export const DecodingMethod = z.enum(['bom', 'declared', 'sniffed', 'default']);
export type DecodingMethod = z.infer<typeof DecodingMethod>;

/** How the bytes as received were read as text. The archived text is exactly this decoding. */
export const Decoding = z.object({
  /** The WHATWG name of the encoding the bytes were decoded with (`UTF-8`, `windows-1252`,
   * `Shift_JIS`, `gb18030`, `UTF-16LE`, …). */
  encoding: z.string().min(1),
  /** How that encoding was chosen. */
  method: DecodingMethod,
  /** Byte sequences that are not valid in that encoding, each read as U+FFFD REPLACEMENT
   * CHARACTER, as a browser reads them. */
  replaced: z.number().int().nonnegative(),
  /** NUL characters in the decoded text: dropped from HTML, as the HTML parser drops them, and
   * replaced by U+FFFD in the other formats. */
  nul: z.number().int().nonnegative(),
});
export type Decoding = z.infer<typeof Decoding>;

/** Containers that hold many inputs: a WARC web archive (`.warc`, `.warc.gz`), a WACZ package of
 * WARCs, an RSS 2.0 or Atom feed, a WordPress WXR export. Detected from content, like every input. */
export const ContainerFormat = z.enum(['warc', 'wacz', 'rss', 'atom', 'wxr']);
export type ContainerFormat = z.infer<typeof ContainerFormat>;

/** Which record of a container an entry was made from. */
export const SourceRecord = z.object({
  /** The container's format. */
  container: ContainerFormat,
  /** The WARC file inside a WACZ package the record sits in (`archive/data.warc.gz`); null for a
   * plain WARC or a feed. */
  member: z.string().min(1).nullable(),
  /** The record's own identifier: `WARC-Record-ID` (`<urn:uuid:…>`), or a feed item's `guid`,
   * Atom `id` or WXR `wp:post_id`; null when it has none. */
  id: z.string().min(1).nullable(),
  /** The address the record was captured from (`WARC-Target-URI`), or the item's `link`. */
  url: z.string().min(1).nullable(),
  /** When the crawler captured it (`WARC-Date`, ISO 8601 UTC); null for feed items. */
  captured: z.string().min(1).nullable(),
  /** The digest of the payload the WARC states (`WARC-Payload-Digest`, as `algorithm:value`); null
   * when it states none, and for feed items. */
  payloadDigest: z.string().min(1).nullable(),
});
export type SourceRecord = z.infer<typeof SourceRecord>;

/** Where an input came from, so a reader can check the entry against the file as received. */
export const Source = z.object({
  /** File name as received in `seeds/` (no directories); for a record, the container's name. */
  file: z.string().min(1),
  /** Format detected from the file's content (for a record, its payload's). */
  format: SourceFormat,
  /** Lowercase hex SHA-256 of the file's bytes as received; for a WARC record, of its payload
   * (the HTTP body, transfer and content encodings undone), the bytes the entry was made from. */
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
  /** Size in bytes of what `sha256` hashes. */
  bytes: z.number().int().nonnegative(),
  /** How its bytes were read as text. */
  decoding: Decoding,
  /** The file's path inside `seeds/` with `/` separators, when it sits in a sub-folder (a saved
   * mirror); absent for a file directly in `seeds/`. */
  path: z.string().min(1).optional(),
  /** The record of a container (WARC, WACZ, feed, WXR export) the entry was made from; absent for a
   * file that is one input. */
  record: SourceRecord.optional(),
});
export type Source = z.infer<typeof Source>;

/** One thing the cleaner took out of the body, and the named rule that took it. */
export const Removal = z.object({
  /** The cleaning rule that removed it: one of the registry's ids (`src/clean/rules.ts`). */
  rule: z.enum(RULE_IDS),
  /** The removed text, whitespace-collapsed; empty when the removed part had no text (a script). */
  text: z.string(),
});
export type Removal = z.infer<typeof Removal>;

/** How a field's value is known. `source`: the file says so in its own metadata; `curated`: the
 * curated facts file says so (with a note); `lede`: derived from the first sentence of the body;
 * `copyright`: read off a copyright line; `footer`: read off the outlet's own footer text; `site`:
 * the host name of the URL the file was published at. */
export const Origin = z.enum(['source', 'curated', 'lede', 'copyright', 'footer', 'site']);
export type Origin = z.infer<typeof Origin>;

/** How precisely the publication date is known; `unknown` goes with `published: null`. */
export const DatePrecision = z.enum(['datetime', 'day', 'month', 'year', 'unknown']);
export type DatePrecision = z.infer<typeof DatePrecision>;

/** An image the article carried. Its URL is shown as a link, never loaded (the site is private). */
export const Image = z.object({
  /** Where the image lived, when the source gave it. */
  url: z.string().nullable(),
  /** Alternative text or caption as published. */
  caption: z.string().nullable(),
  /** Photographer or agency credit as published ("Photo by …"). */
  credit: z.string().nullable(),
});
export type Image = z.infer<typeof Image>;

/** A social-media post embedded in the article: the poster's words, not the outlet's. */
export const Embed = z.object({
  /** Platform the post lives on, when it can be told ("twitter", "instagram", …). */
  platform: z.string().nullable(),
  /** Display name of the poster. */
  author: z.string().nullable(),
  /** Handle of the poster, with its `@`. */
  handle: z.string().nullable(),
  /** Date of the post as ISO 8601 (`YYYY-MM-DD`), or null when not given. */
  date: z.string().nullable(),
  /** The post's text as published, lines joined by newlines. */
  text: z.string(),
  /** The post's own URL, when given. */
  url: z.string().nullable(),
});
export type Embed = z.infer<typeof Embed>;

/** A curated fact applied to this entry, kept so the page can say how it is known. */
export const AppliedFact = z.object({
  /** The article field the fact fills. */
  field: z.string().min(1),
  /** The value it was given. */
  value: z.string(),
  /** How the curator knows it. */
  note: z.string().min(1),
});

/** One capture of an article's address: when, and the input it came from. */
export const Capture = z.object({
  /** When the crawler captured it (the record's `WARC-Date`); null when unknown (a loose file, a
   * feed item). */
  captured: z.string().min(1).nullable(),
  /** The input the capture was made from, as the article's own `source`. */
  source: Source,
});
export type Capture = z.infer<typeof Capture>;

/** An earlier text of the article: what one or more captures of its address held before the text
 * the article shows. Identical captures are one version. */
export const Version = z.object({
  /** Lowercase hex SHA-256 of the version's `text` (NFC): the version's identity. */
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
  /** Every capture that held this text, earliest first, undated ones first. */
  captures: z.array(Capture).min(1),
  /** Its headline as that capture printed it; null when it printed none. */
  title: z.string().min(1).nullable(),
  /** Words in its body. */
  wordCount: z.number().int().nonnegative(),
  /** Its clean body as plain text, as the article's `text`. */
  text: z.string(),
  /** Its clean body as Markdown, as the entry's body. */
  markdown: z.string(),
});
export type Version = z.infer<typeof Version>;

/** How the article's own text (its latest version) is known: its hash and every capture that
 * held it. */
export const LatestVersion = z.object({
  /** Lowercase hex SHA-256 of the article's `text` (NFC). */
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
  /** Every capture that held it, earliest first; the last is the article's `source`. */
  captures: z.array(Capture).min(1),
});
export type LatestVersion = z.infer<typeof LatestVersion>;

/** The article entry: frontmatter of `src/content/archive/articles/<id>.md` (the body is the Markdown). */
export const Article = z.object({
  /** Stable identifier derived from the source file name; also the page slug. */
  id: z.string().regex(/^[a-z0-9][a-z0-9_-]*$/),
  /** Headline as shown. Never invented: from the source, a curated fact, or the lede; null when
   * none of them gives one (the site shows the title as unknown). */
  title: z.string().min(1).nullable(),
  /** Where the title came from; null exactly when the title is. */
  titleOrigin: z.enum(['source', 'curated', 'lede']).nullable(),
  /** Name of the outlet that published this copy, or null when nobody knows. */
  outlet: z.string().min(1).nullable(),
  /** How the outlet is known; null when the outlet is unknown. */
  outletOrigin: Origin.nullable(),
  /** Publication date as ISO 8601 at its real precision (`2025`, `2025-04`, `2025-04-01`, or a
   * full timestamp with offset), or null when unknown. */
  published: z.string().nullable(),
  /** Precision of `published`. */
  publishedPrecision: DatePrecision,
  /** How the date is known; null when unknown. */
  publishedOrigin: Origin.nullable(),
  /** Last modification timestamp, when the source gives one. */
  modified: z.string().nullable(),
  /** Byline as published, or null when the source has none. */
  byline: z.string().nullable(),
  /** An editor's summary published with the article (never generated), or null. */
  summary: z.string().nullable(),
  /** Who first wrote the text, from a syndication notice or credit line; null when not stated. */
  credit: z.string().nullable(),
  /** Tags and categories by name, as the source gives them. */
  tags: z.array(z.string()),
  /** The outlet's own URL for the article, when known. */
  canonicalUrl: z.string().nullable(),
  /** The article's language as a lowercase ISO 639 code (`de`), or null when unknown. */
  language: z
    .string()
    .regex(/^[a-z]{2,3}$/)
    .nullable(),
  /** How the language is known: `source` (the input declares it, and the text does not read
   * otherwise) or `detected` (read from the text); null when unknown. */
  languageOrigin: z.enum(['source', 'detected']).nullable(),
  /** Images the article carried, with their credits. */
  images: z.array(Image),
  /** Social posts embedded in the article, kept apart from the outlet's prose. */
  embeds: z.array(Embed),
  /** The input file this entry was made from. */
  source: Source,
  /** Everything the cleaner removed from the body, in document order. */
  removed: z.array(Removal),
  /** Curated facts that filled fields the file does not carry. */
  facts: z.array(AppliedFact),
  /** Words in the body (runs of letters or digits). */
  wordCount: z.number().int().nonnegative(),
  /** The clean body as plain text, paragraphs separated by a blank line (embeds excluded). */
  text: z.string(),
  /** Present when its address was captured more than once (see `src/versions/`): the captures
   * of the text shown (the latest version), and the article's earlier versions, oldest first.
   * Absent for an article captured once, whose `source` is its one capture. */
  versions: z.object({ latest: LatestVersion, earlier: z.array(Version) }).optional(),
});
export type Article = z.infer<typeof Article>;

/** An article together with its clean Markdown body, as the pipeline produces it. */
export interface ArticleEntry {
  readonly data: Article;
  readonly markdown: string;
}
