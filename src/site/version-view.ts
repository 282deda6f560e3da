/**
 * An article's versions as its page lists them and the version comparison names them: newest
 * first, each with its captures (date, or "Capture date unknown"; the input it came from) and the
 * address of its comparison with the latest. A version's address is the first 12 hex digits of
 * its text's hash under the article's id, so it stays when a newer capture arrives (the page then
 * compares it with the new latest text).
 */
import type { Article, Capture } from '../schema/article.ts';
import type { Appearance, WithdrawnQuote } from '../schema/quote.ts';
import { inputLabel } from './source-record.ts';
import { segment, sitePath } from './urls.ts';

/** Hex digits of a version's hash in its address and as it is shown. */
export const VERSION_DIGITS = 12;

/** What the version list says of a capture of its time when none is known. */
export const UNKNOWN_CAPTURE = 'Capture date unknown';

/** One capture as listed. */
export interface CaptureView {
  /** The capture date as shown (`2026-01-02 14:05 UTC`), or {@link UNKNOWN_CAPTURE}. */
  readonly date: string;
  /** The `datetime` of the date, or null when unknown. */
  readonly datetime: string | null;
  /** What the input is called (see `inputLabel`). */
  readonly input: string;
  readonly source: Capture['source'];
}

/** One version as listed. */
export interface VersionView {
  readonly sha256: string;
  /** The hash as shown and in the comparison's address. */
  readonly short: string;
  /** True for the text the article page shows. */
  readonly latest: boolean;
  /** Its headline; null when it printed none. */
  readonly title: string | null;
  readonly words: number;
  readonly captures: readonly CaptureView[];
  /** The quotations it printed that the latest text does not (none for the latest). */
  readonly withdrawn: readonly WithdrawnQuote[];
}

/** `captured` (ISO 8601 UTC, as `WARC-Date` gives it) as shown: day, and time to the minute. */
export function captureDate(captured: string | null): string {
  if (captured === null) return UNKNOWN_CAPTURE;
  const match = /^(\d{4}-\d{2}-\d{2})(?:T(\d{2}:\d{2}))?/.exec(captured);
  if (match === null) return captured;
  return match[2] === undefined ? (match[1] ?? captured) : `${match[1]} ${match[2]} UTC`;
}

const captureView = (c: Capture): CaptureView => ({
  date: captureDate(c.captured),
  datetime: c.captured,
  input: inputLabel(c.source),
  source: c.source,
});

/** The versions of `article`, newest first (its own text first); empty when it has none. Each
 * earlier version lists those of the article's `withdrawn` quotations it printed. */
export function versionList(
  article: Article,
  withdrawn: readonly WithdrawnQuote[] = [],
): VersionView[] {
  const { versions } = article;
  if (versions === undefined) return [];
  const latest: VersionView = {
    sha256: versions.latest.sha256,
    short: versions.latest.sha256.slice(0, VERSION_DIGITS),
    latest: true,
    title: article.title,
    words: article.wordCount,
    captures: versions.latest.captures.map(captureView),
    withdrawn: [],
  };
  const earlier = versions.earlier.map((v): VersionView => ({
    sha256: v.sha256,
    short: v.sha256.slice(0, VERSION_DIGITS),
    latest: false,
    title: v.title,
    words: v.wordCount,
    captures: v.captures.map(captureView),
    withdrawn: withdrawn.filter((w) => w.versions.includes(v.sha256)),
  }));
  return [latest, ...earlier.reverse()];
}

/** The page comparing the version `sha256` of article `id` with its latest text. */
export function versionPath(base: string, id: string, sha256: string): string {
  return sitePath(base, 'versions', segment(id), `${sha256.slice(0, VERSION_DIGITS)}/`);
}

/** One sentence per earlier version of `article` that printed `appearance`'s words otherwise or
 * not at all (see `src/versions/quote-versions.ts`), naming the version by its first capture. */
export function quoteVersionNotes(
  appearance: Pick<Appearance, 'versions'>,
  article: Article | null | undefined,
): string[] {
  return (appearance.versions ?? []).map((change) => {
    const version = article?.versions?.earlier.find((v) => v.sha256 === change.version);
    const captured = captureDate(version?.captures[0]?.captured ?? null);
    const which =
      captured === UNKNOWN_CAPTURE
        ? `An earlier version (${change.version.slice(0, VERSION_DIGITS)}, capture date unknown)`
        : `An earlier version (captured ${captured})`;
    return change.was === null
      ? `${which} did not print these words.`
      : `${which} printed them otherwise: “${change.was}”`;
  });
}
