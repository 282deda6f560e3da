/**
 * Where the ingest writes: one output folder that holds the entries and the cross-outlet analysis
 * together, so both are swapped in as one (see `output-fs.ts`), and a marker file that says the
 * folder is the ingest's own (so it never replaces a folder it did not write).
 */

/** The output folder the site builds from. */
export const DEFAULT_OUTPUT_DIR = 'src/content/archive';

/** Sub-folder of the output with one Markdown entry per article. */
export const ENTRIES_FOLDER = 'articles';

/** Sub-folder of the output with the cross-outlet analysis JSON files. */
export const CORPUS_FOLDER = 'corpus';

/** File in the output folder that marks it as written by the ingest. */
export const OUTPUT_MARKER = '.news-archive-output';

/** The text of the marker file. */
export const OUTPUT_MARKER_TEXT =
  'Written by `npm run ingest`, which replaces this whole folder on every build.\n';
