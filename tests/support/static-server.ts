/**
 * A tiny static file server for tests: serves a built site folder on 127.0.0.1 at a random port
 * under a base path, like a plain web host (directory URLs serve their `index.html`; anything not
 * found gets the site's `404.html` with status 404). It records every path requested.
 */
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, resolve } from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.wasm': 'application/wasm',
};

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

/** Serves `dir` under `base` (e.g. "/" or "/archive/"). */
export async function startStaticServer(dir: string, base = '/'): Promise<StaticServer> {
  const root = resolve(dir);
  const misses: string[] = [];
  const server: Server = createServer((request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname);
    const inside = path.startsWith(base) ? path.slice(base.length) : null;
    void (inside === null ? Promise.resolve(null) : fileFor(root, inside)).then(async (file) => {
      const found = file ?? join(root, '404.html');
      if (file === null) misses.push(path);
      response.writeHead(file === null ? 404 : 200, {
        'Content-Type': TYPES[extname(found)] ?? 'application/octet-stream',
      });
      createReadStream(found).pipe(response);
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
