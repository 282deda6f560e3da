/**
 * Links that work wherever the site is deployed: at a domain root or under a sub-path. Every
 * internal href goes through {@link sitePath} with the build's base (`import.meta.env.BASE_URL`),
 * and every absolute URL (canonical links, feeds, structured data) through {@link absoluteUrl}.
 */

/** `base` with exactly one slash at each end ("/", "/archive/"). */
export function normaliseBase(base: string): string {
  const trimmed = base.replace(/^\/+|\/+$/g, '');
  return trimmed === '' ? '/' : `/${trimmed}/`;
}

/** The site-relative path of `path` under `base`: `sitePath('/archive', 'tags/x/')` is
 * `/archive/tags/x/`. Each segment given is joined with one slash; a trailing slash is kept. */
export function sitePath(base: string, ...segments: string[]): string {
  const joined = segments
    .join('/')
    .replace(/\/{2,}/g, '/')
    .replace(/^\//, '');
  return `${normaliseBase(base)}${joined}`;
}

/** The absolute URL of a site-relative path (one that already includes the base). */
export function absoluteUrl(site: URL | string, path: string): string {
  return new URL(path, site).href;
}

/** A path segment for a name or file: percent-encoded so any character is safe in a link. */
export function segment(value: string): string {
  return encodeURIComponent(value);
}

/** The address of a site path on `site` when the build knows its origin, else the site path
 * itself (resolved against the page by whoever reads it): never an address on a development
 * server. */
export function addressOn(site: URL | undefined, path: string): string {
  return site === undefined ? path : absoluteUrl(site, path);
}
