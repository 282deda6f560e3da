/**
 * The address of a page saved in a mirror (wget `--mirror`, HTTrack): both lay a site out as
 * `<host>/<path>`, so a file's path inside the mirror folder says where it was published. Used only
 * when the page names no canonical URL of its own.
 */

/** A path segment that is a host name (`www.example.com`, `example.co.uk:8080`). */
const HOST = /^(?=.{4,253}$)(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}(?::\d{1,5})?$/i;

/** The address of the page at `path` (relative to `seeds/`, `/` separators), read from the first
 * folder named like a host: `mirror/www.example.com/news/a.html` ->
 * `https://www.example.com/news/a.html`, and `…/index.html` -> `…/`. The scheme is https: a mirror
 * does not record it, and news sites serve https. Null when no folder is named like a host. */
export function mirrorAddress(path: string): string | null {
  const segments = path.split('/');
  const at = segments.slice(0, -1).findIndex((s) => HOST.test(s));
  if (at === -1) return null;
  const rest = segments
    .slice(at + 1)
    .map((s) => encodeURIComponent(s))
    .join('/')
    .replace(/(?:^|\/)index\.html?$/i, (m) => (m.startsWith('/') ? '/' : ''));
  try {
    return new URL(`https://${segments[at]?.toLowerCase() ?? ''}/${rest}`).href;
  } catch {
    return null;
  }
}
