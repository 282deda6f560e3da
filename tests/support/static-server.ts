/**
 * A tiny static file server for tests: serves a built site folder on 127.0.0.1 at a random port
 * under a base path, like a plain web host (directory URLs serve their `index.html`; anything not
 * found gets the site's `404.html` with status 404). It records every path requested.
 *
 * Its response types follow one of three common hosts, none of them configured with the headers the
 * README recommends, so a test sees what a careless host would do with each file name:
 * - `nginx`: the last extension alone; unknown gives `application/octet-stream`;
 * - `apache`: mod_mime's multiple extensions: every dotted part of the name counts, the last type
 *   wins, `.gz` and `.br` add a `Content-Encoding`; no known type gives no `Content-Type` at all
 *   (the browser sniffs);
 * - `preview` (`npm run preview`, sirv): a final `.gz` or `.br` becomes the encoding and the type
 *   comes from the extension before it.
 */
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { basename, extname, join, normalize, resolve } from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.wasm': 'application/wasm',
  '.htm': 'text/html; charset=utf-8',
  '.xhtml': 'application/xhtml+xml',
  '.mjs': 'text/javascript; charset=utf-8',
  '.php': 'application/x-httpd-php',
};

/** How a host maps file names to response headers. */
export type HostTypes = 'nginx' | 'apache' | 'preview';

const ENCODINGS: Record<string, string> = { '.gz': 'gzip', '.br': 'br' };

/** The response headers `host` would send for the file `name`. */
export function headersFor(name: string, host: HostTypes): Record<string, string> {
  const parts = name
    .split('.')
    .slice(1)
    .map((p) => `.${p.toLowerCase()}`);
  if (host === 'nginx')
    return { 'Content-Type': TYPES[extname(name)] ?? 'application/octet-stream' };
  const headers: Record<string, string> = {};
  const typed = host === 'apache' ? parts : parts.slice(-1);
  const last = parts.at(-1) ?? '';
  if (host === 'preview' && ENCODINGS[last] !== undefined) typed.splice(0, 1, parts.at(-2) ?? '');
  for (const part of typed) {
    const type = TYPES[part];
    if (type) headers['Content-Type'] = type;
  }
  const encodings = host === 'apache' ? parts : [last];
  for (const part of encodings) {
    const encoding = ENCODINGS[part];
    if (encoding) headers['Content-Encoding'] = encoding;
  }
  return headers;
}

/** A running server; `url` is the site's address including the base path ("http://127.0.0.1:N/archive/"). */
export interface StaticServer {
  readonly url: string;
  readonly origin: string;
  /** Paths requested that were answered 404. */
  readonly misses: string[];
  close(): Promise<void>;
}

async function fileFor(root: string, relative: string): Promise<string | null> {
  const path = normalize(join(root, relative));
  if (!path.startsWith(root)) return null;
  const info = await stat(path).catch(() => null);
  if (info?.isFile()) return path;
  if (info?.isDirectory() && (relative === '' || relative.endsWith('/'))) {
    return fileFor(root, `${relative}index.html`);
  }
  return null;
}

/** Serves `dir` under `base` (e.g. "/" or "/archive/"), with the response types of `host`. */
export async function startStaticServer(
  dir: string,
  base = '/',
  host: HostTypes = 'nginx',
): Promise<StaticServer> {
  const root = resolve(dir);
  const misses: string[] = [];
  const server: Server = createServer((request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname);
    const inside = path.startsWith(base) ? path.slice(base.length) : null;
    void (inside === null ? Promise.resolve(null) : fileFor(root, inside)).then(async (file) => {
      const found = file ?? join(root, '404.html');
      if (file === null) misses.push(path);
      response.writeHead(file === null ? 404 : 200, headersFor(basename(found), host));
      // A folder served without a 404 page (a test's own few files) answers a miss empty.
      createReadStream(found)
        .on('error', () => response.end())
        .pipe(response);
    });
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as AddressInfo;
  const origin = `http://127.0.0.1:${port}`;
  return {
    url: `${origin}${base}`,
    origin,
    misses,
    close: () => new Promise<void>((done) => server.close(() => done())),
  };
}
