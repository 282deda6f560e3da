/**
 * Where each input file is served, unchanged: `raw/<file>` in the built site, or, when the build
 * is told the inputs are published elsewhere (`RAW_INPUTS_URL`, e.g. the seeds folder of the
 * repository), `<that URL>/<file>` with nothing copied into the site. A file a browser
 * would render as a page (HTML, SVG, XML) would load its scripts and images from other origins, so
 * it is served with `.txt` appended: the bytes are the same, and the browser shows them as text.
 */

import { segment, sitePath } from './urls.ts';

/** Extensions a browser would render as an active document. */
const ACTIVE = /\.(html?|xhtml|xht|shtml|svgz?|xml|xsl|mht(ml)?|php|aspx?|jsp)$/i;

/** The name the input file `file` is served under in `raw/`. */
export function rawFileName(file: string): string {
  return ACTIVE.test(file) ? `${file}.txt` : file;
}

/** The input file a `raw/` name serves: the inverse of {@link rawFileName}. */
export function inputFileName(rawName: string): string {
  const input = rawName.endsWith('.txt') ? rawName.slice(0, -'.txt'.length) : rawName;
  return ACTIVE.test(input) ? input : rawName;
}

/** The link to the input file `file`: under `external` (a URL ending in `/` or not) when given,
 * else `raw/` under the site's `base`. */
export function rawHref(base: string, file: string, external?: string): string {
  if (external === undefined || external === '')
    return sitePath(base, 'raw', segment(rawFileName(file)));
  return `${external.replace(/\/+$/, '')}/${encodeURIComponent(file)}`;
}
