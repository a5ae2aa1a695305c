import { cp, mkdtemp, readFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { extname, join, normalize } from 'node:path';

/*
 * A tiny static server over a copy of the built app, for the tests that change the build while it
 * is served (a new service worker) or serve it on another address (a LAN address, not a secure
 * context). The shared preview server serves the build itself and must not be touched.
 */

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.json': 'application/json',
  '.webmanifest': 'application/manifest+json',
  '.ttf': 'font/ttf',
  '.map': 'application/json',
};

export interface StaticApp {
  /** The folder served (a copy of the build: change it freely). */
  root: string;
  port: number;
  close: () => Promise<void>;
}

/** Copies the build under test and serves the copy on `host`, on a free port. */
export async function serveCopyOfBuild(host = '127.0.0.1'): Promise<StaticApp> {
  const root = await mkdtemp(join(tmpdir(), 'vaerdispil-build-'));
  await cp(process.env.E2E_DIST ?? 'dist', root, { recursive: true });
  const server: Server = createServer((request, response) => {
    const path = normalize(decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname)).replace(/^(\.\.[/\\])+/u, '');
    const file = join(root, path.endsWith('/') ? `${path}index.html` : path);
    readFile(file)
      .then((body) => {
        response.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-cache' });
        response.end(body);
      })
      .catch(() => {
        response.writeHead(404);
        response.end();
      });
  });
  await new Promise<void>((resolve) => server.listen(0, host, resolve));
  const { port } = server.address() as AddressInfo;
  return { root, port, close: () => new Promise((resolve) => server.close(() => resolve())) };
}
