/**
 * The key that tells two captures are of one article: its address with the differences that do
 * not change which page it is taken out. Parsed with the WHATWG URL parser (Node's `URL`), which
 * already lowercases the scheme and host, drops a default port, resolves `.` and `..` and
 * percent-encodes what must be; on top of that, as web archives' SURT keys do, `http` and `https`
 * and a leading `www.` are one address, and a fragment, a trailing slash, an `index.html` and the
 * query parameters that only track a reader (`utm_*`, `fbclid`…) are left out; the parameters
 * left are sorted. Anything else in the query stays: it may choose the page.
 */

/** Query parameters that say where a reader came from, never which page: campaign tags
 * (`utm_*`) and the click ids of ad and social platforms and mailing tools. */
const TRACKING_PARAMS = new Set([
  'fbclid',
  'gclid',
  'gclsrc',
  'dclid',
  'msclkid',
  'yclid',
  'igshid',
  'mc_cid',
  'mc_eid',
  '_hsenc',
  '_hsmi',
  'mkt_tok',
]);

function tracking(name: string): boolean {
  const lower = name.toLowerCase();
  return lower.startsWith('utm_') || TRACKING_PARAMS.has(lower);
}

/** The version key of `address`: `host[:port]/path?query` (see the module comment), or null when
 * it is not an absolute http(s) address, so that such an input stays an article of its own.
 * Never throws; a key read again as an `https://` address gives itself. */
export function versionKey(address: string | null): string | null {
  if (address === null) return null;
  let url: URL;
  try {
    url = new URL(address.trim());
  } catch {
    return null;
  }
  if ((url.protocol !== 'http:' && url.protocol !== 'https:') || url.hostname === '') return null;
  const host = url.hostname.replace(/\.+$/, '').replace(/^(?:www\.)+/, '');
  const port = url.port === '' ? '' : `:${url.port}`;
  let path = url.pathname;
  for (let last = ''; last !== path;) {
    last = path;
    path = path.replace(/\/+$/, '').replace(/\/index\.html?$/i, '');
  }
  const params = [...url.searchParams]
    .filter(([name]) => !tracking(name))
    .sort(([a, x], [b, y]) => (a < b ? -1 : a > b ? 1 : x < y ? -1 : x > y ? 1 : 0));
  const query = params.length === 0 ? '' : `?${new URLSearchParams(params).toString()}`;
  return `${host}${port}${path}${query}`;
}
