/**
 * A tiny static server for a built site, on loopback and a free port, for browser tests and the
 * benchmark: `const site = await serveStatic(dir); ... await site.close();`. Directory URLs serve
 * their index.html; a path outside the root or a missing file is a 404. With `gzip`, text responses
 * are gzip-compressed when the browser asks, as any static host does, so transferred bytes are real.
 * With `prefix` ("/lintas/"), the site is served under that path, as a GitHub Pages project site is:
 * a request outside it is a 404.
 */
import { createServer } from 'node:http';
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import path from 'node:path';
import type { AddressInfo } from 'node:net';
import { createGzip } from 'node:zlib';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.wasm': 'application/wasm',
  '.xml': 'application/xml',
  '.txt': 'text/plain; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.ics': 'text/calendar; charset=utf-8',
};
const COMPRESSIBLE = /^(text\/|application\/(json|xml|wasm)|image\/svg)/;

export interface Site {
  /** The origin, e.g. "http://127.0.0.1:41234". */
  url: string;
  close: () => Promise<void>;
}

export async function serveStatic(root: string, options: { gzip?: boolean; prefix?: string } = {}): Promise<Site> {
  const prefix = options.prefix ?? '/';
  const server = createServer(async (req, res) => {
    const requested = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    if (!requested.startsWith(prefix)) return void res.writeHead(404, { 'content-type': 'text/plain' }).end('not found (outside the base path)');
    const pathname = `/${requested.slice(prefix.length)}`;
    let file = path.join(root, pathname);
    if (!file.startsWith(root + path.sep) && file !== root) return void res.writeHead(404).end();
    try {
      if ((await stat(file)).isDirectory()) file = path.join(file, 'index.html');
      await stat(file);
    } catch {
      return void res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
    }
    const type = TYPES[path.extname(file)] ?? 'application/octet-stream';
    if (options.gzip && COMPRESSIBLE.test(type) && /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''))) {
      res.writeHead(200, { 'content-type': type, 'content-encoding': 'gzip', vary: 'accept-encoding' });
      createReadStream(file).pipe(createGzip()).pipe(res);
      return;
    }
    res.writeHead(200, { 'content-type': type });
    createReadStream(file).pipe(res);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((e) => (e ? reject(e) : resolve()));
      }),
  };
}
