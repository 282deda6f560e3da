/**
 * Where each input file is published, unchanged, as evidence to read and download, never as a
 * document to render or a script to run. In the built site it is `raw/<name>-<hash>.txt`: the
 * whole original name (every dot included) becomes a readable slug, so no static host sees an
 * extension but the final `.txt` (Apache's multiple extensions would otherwise serve
 * `page.html.gz` as gzip-encoded HTML, and `x.php.txt` could run), and every common host serves
 * `.txt` as `text/plain`, which no browser renders or runs. The bytes and their SHA-256 are those
 * received; the page's download link restores the original name. When the build is told the
 * inputs are published elsewhere (`RAW_INPUTS_URL`, another origin), the link goes there and
 * nothing is copied.
 */
import { readableSlug } from '../text/slug.ts';
import { segment, sitePath } from './urls.ts';

/** Hex digits of the SHA-256 in a published name: enough to tell apart two inputs whose names
 * give the same slug, and to show which bytes the address serves. */
const HASH_DIGITS = 12;

/** The name the input `file` (with SHA-256 `sha256`) is published under in `raw/`: letters,
 * digits, `-` and `_`, then `-<hash>.txt`; one dot only. */
export function rawFileName(file: string, sha256: string): string {
  const slug = readableSlug(file.replace(/^.*[\\/]/, ''));
  return `${slug === '' ? 'input' : slug}-${sha256.slice(0, HASH_DIGITS)}.txt`;
}

/** The name a reader's download of the raw input is saved under: the file's own name, or for a
 * web archive's record (whose link serves the record's payload, see `raw-fs.ts`) the archive's
 * name, the payload's hash and the payload's extension, never the archive's own name. */
export function rawDownloadName(source: {
  readonly file: string;
  readonly sha256: string;
  readonly format: string;
  readonly record?: { readonly container: string } | undefined;
}): string {
  const container = source.record?.container;
  if (container !== 'warc' && container !== 'wacz') return source.file;
  const extension = source.format === 'wordpress-json' ? 'json' : 'html';
  return `${source.file}-${source.sha256.slice(0, HASH_DIGITS)}.${extension}`;
}

/** The link to the input file `file`: under `external` (a URL ending in `/` or not) when given,
 * else its published name in `raw/` under the site's `base`. */
export function rawHref(base: string, file: string, sha256: string, external?: string): string {
  if (external === undefined || external === '')
    return sitePath(base, 'raw', segment(rawFileName(file, sha256)));
  return `${external.replace(/\/+$/, '')}/${encodeURIComponent(file)}`;
}

/** The problem with `RAW_INPUTS_URL` for a site at `site`, or null when it is fine: it must be an
 * absolute `http`/`https` address on another origin, since a file served from the archive's own
 * origin could run with the archive's privileges. */
export function externalRawProblem(external: string, site: string | undefined): string | null {
  let url: URL;
  try {
    url = new URL(external);
  } catch {
    return `RAW_INPUTS_URL must be an absolute address (got ${JSON.stringify(external)})`;
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:')
    return `RAW_INPUTS_URL must be an http or https address (got ${url.protocol})`;
  if (site !== undefined && new URL(site).origin === url.origin)
    return 'RAW_INPUTS_URL must be on another origin than SITE_URL (raw inputs are never served from the archive’s own origin)';
  return null;
}
