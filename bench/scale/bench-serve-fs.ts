/**
 * A static file server on 127.0.0.1 for the benchmark's browser measurements. It serves folders
 * under URL prefixes and counts the bytes it sends as a static host would send them: text files
 * gzip-compressed (their compressed size is counted; Pagefind's index files, already gzip, are
 * counted as they are), other files as they are.
 */
import { readFile, stat } from 'node:fs/promises';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize } from 'node:path';
import { gzipSync } from 'node:zlib';

/** A running server. */
export interface StaticServer {
  readonly origin: string;
  /** Bytes counted since the last {@link StaticServer.reset}. */
  bytes(): number;
  /** Requests served since the last reset. */
  requests(): number;
  reset(): void;
  close(): Promise<void>;
}

const TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.xml': 'application/xml',
  '.txt': 'text/plain; charset=utf-8',
  '.wasm': 'application/wasm',
};
const TEXT = new Set(['.html', '.js', '.mjs', '.css', '.json', '.svg', '.xml', '.txt']);

async function resolveFile(dir: string, path: string): Promise<string | null> {
  const file = normalize(join(dir, decodeURIComponent(path)));
  if (!file.startsWith(normalize(dir))) return null;
  const info = await stat(file).catch(() => null);
  if (info?.isFile()) return file;
  if (info?.isDirectory()) {
    const index = join(file, 'index.html');
    return (await stat(index).catch(() => null))?.isFile() ? index : null;
  }
  return null;
}

/** Serves each `{prefix, dir}` (prefix like `/` or `/a/`, longest first wins) on a free port. */
export async function serveStatic(
  routes: readonly { prefix: string; dir: string }[],
): Promise<StaticServer> {
  const sorted = [...routes].sort((a, b) => b.prefix.length - a.prefix.length);
  const sizes = new Map<string, number>();
  let sent = 0;
  let count = 0;
  const server = createServer((req, res) => {
    void (async () => {
      const path = new URL(req.url ?? '/', 'http://127.0.0.1').pathname;
      const route = sorted.find((r) => path.startsWith(r.prefix));
      const file = route ? await resolveFile(route.dir, path.slice(route.prefix.length - 1)) : null;
      if (!file) {
        res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
        return;
      }
      const body = await readFile(file);
      const ext = extname(file);
      const gzipped = body[0] === 0x1f && body[1] === 0x8b;
      let size = sizes.get(file);
      if (size === undefined) {
        size = TEXT.has(ext) && !gzipped ? gzipSync(body).length : body.length;
        sizes.set(file, size);
      }
      sent += size;
      count += 1;
      res.writeHead(200, {
        'content-type': TYPES[ext] ?? 'application/octet-stream',
        'cache-control': 'public, max-age=3600',
        'access-control-allow-origin': '*',
      });
      res.end(body);
    })();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    bytes: () => sent,
    requests: () => count,
    reset: () => {
      sent = 0;
      count = 0;
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
