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
