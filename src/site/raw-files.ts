/**
 * Where each input file is served, unchanged, from the built site: `raw/<file>`. A file a browser
 * would render as a page (HTML, SVG, XML) would load its scripts and images from other origins, so
 * it is served with `.txt` appended: the bytes are the same, and the browser shows them as text.
 */

/** Extensions a browser would render as an active document. */
const ACTIVE = /\.(html?|xhtml|xht|shtml|svgz?|xml|xsl|mht(ml)?|php|aspx?|jsp)$/i;

/** The name the input file `file` is served under in `raw/`. */
export function rawFileName(file: string): string {
  return ACTIVE.test(file) ? `${file}.txt` : file;
}
