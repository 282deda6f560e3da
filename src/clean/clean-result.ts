/**
 * What every format's cleaner returns: the body as blocks, what was removed and why, the parts
 * kept apart from the body, and the metadata the source itself states. The pipeline turns this into
 * an {@link Article}; cleaners never invent a value: a field the source does not state is null.
 */
import type { DatePrecision, Image, Origin, Removal } from '../schema/article.ts';
import type { Block } from './blocks.ts';

/** A date as the source states it, at the precision it states it. */
export interface StatedDate {
  /** ISO 8601 at that precision: `2025`, `2025-04`, `2025-04-01` or a full timestamp. */
  readonly value: string;
  readonly precision: Exclude<DatePrecision, 'unknown'>;
  /** How it is known (`source` for metadata, `copyright` for a copyright line, …). */
  readonly origin: Origin;
}

/** A name the source states for its outlet, and where it states it. */
export interface StatedOutlet {
  readonly name: string;
  readonly origin: Origin;
}

/** Metadata the source states about itself; null where it says nothing. */
export interface SourceMeta {
  readonly title: string | null;
  readonly byline: string | null;
  readonly published: StatedDate | null;
  /** Last modification as a full timestamp, when the source gives one. */
  readonly modified: string | null;
  readonly outlet: StatedOutlet | null;
  readonly canonicalUrl: string | null;
  /** Tags and categories by name, in source order, without duplicates. */
  readonly tags: readonly string[];
  /** The language tag the source declares for itself (`<html lang>`, `og:locale`, …), as
   * written; read and checked by `src/language/`. */
  readonly language: string | null;
}

/** A cleaner's whole output. */
export interface CleanResult {
  readonly blocks: readonly Block[];
  readonly removed: readonly Removal[];
  /** An editor's summary published with the article (above a "Read more" break, an excerpt). */
  readonly summary: string | null;
  /** Who first wrote the text, from a syndication notice or credit line. */
  readonly credit: string | null;
  readonly images: readonly Image[];
  readonly meta: SourceMeta;
}

/** Metadata with every field unknown; cleaners start from it and fill what the source states. */
export const EMPTY_META: SourceMeta = {
  title: null,
  byline: null,
  published: null,
  modified: null,
  outlet: null,
  canonicalUrl: null,
  tags: [],
  language: null,
};
