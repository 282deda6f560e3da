/**
 * Limits on what the ingester accepts. An input past a limit is refused with a one-line error
 * rather than risking a build that runs out of memory or time.
 */

/** Largest input file accepted, in bytes. Real article pages are well under 5 MB. */
export const MAX_INPUT_BYTES = 20 * 1024 * 1024;

/** Largest size a gzip-compressed input may expand to, in bytes. */
export const MAX_DECOMPRESSED_BYTES = 40 * 1024 * 1024;

/** Share of control characters (other than tab, newline, carriage return, form feed) above which
 * a decoded text is treated as binary data rather than an article. */
export const MAX_CONTROL_CHAR_SHARE = 0.01;

/** Nesting depth of HTML elements past which an input is refused: real pages stay under a few
 * hundred levels, and deeper trees are broken or hostile (tree builders slow down with depth). */
export const MAX_NESTING_DEPTH = 1000;

/** Bytes of an undeclared input the statistical encoding detector reads: its verdict settles within
 * a few kilobytes, and reading no more keeps every input linear in its length. */
export const SNIFF_SAMPLE_BYTES = 64 * 1024;

/** Share of an undeclared input's non-ASCII characters that must be valid UTF-8 for it to be read
 * as UTF-8 with its few invalid bytes replaced: legacy-encoded text almost never forms valid UTF-8
 * sequences (a windows-1252 "é" before a space is invalid), so even half is decisive. */
export const MIN_UTF8_SHARE = 0.5;

/** Confidence (0-100) below which the statistical detector's guess is not taken, and the input is
 * read as windows-1252, the standard's default. */
export const MIN_SNIFF_CONFIDENCE = 10;
