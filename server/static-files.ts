import { createReadStream, type Stats } from 'node:fs';
import { stat } from 'node:fs/promises';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { extname, join, posix, resolve, sep } from 'node:path';

/**
 * Serves the built app (`dist/`). Single-page-app safe: a path without a file extension that is not a
 * file gets index.html (the app routes itself); a missing file with an extension is a plain 404, so a
 * missing script never comes back as HTML. Paths are normalised and must stay inside the folder.
 */

const MIME_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.webp': 'image/webp',
  '.gif': 'image/gif',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.wasm': 'application/wasm',
  '.pdf': 'application/pdf',
};

export function mimeTypeFor(path: string): string {
  return MIME_TYPES[extname(path).toLowerCase()] ?? 'application/octet-stream';
}

/**
 * The file a URL path names inside `root`, or null when the path is malformed (bad percent-encoding,
 * backslashes, NUL bytes). `..`, encoded or not, never leads out of the folder.
 */
export function resolveInside(root: string, urlPath: string): string | null {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return null;
  }
  if (decoded.includes('\0') || decoded.includes('\\')) return null;
  // Normalising an absolute path clamps `..` at the root, so the result cannot climb out.
  const normalised = posix.normalize(`/${decoded}`);
  const absoluteRoot = resolve(root);
  const file = join(absoluteRoot, normalised);
  return file === absoluteRoot || file.startsWith(absoluteRoot + sep) ? file : null;
}

interface FoundFile {
  path: string;
  stats: Stats;
}

/** The first of `paths` that is a regular file. */
async function firstFile(...paths: string[]): Promise<FoundFile | null> {
  for (const path of paths) {
    try {
      const stats = await stat(path);
      if (stats.isFile()) return { path, stats };
    } catch {
      // not there: try the next
    }
  }
  return null;
}

/** Hashed build output may be cached for ever; everything else is checked each time. */
function cacheControlFor(urlPath: string): string {
  return urlPath.startsWith('/assets/') ? 'public, max-age=31536000, immutable' : 'no-cache';
}

function sendFile(request: IncomingMessage, response: ServerResponse, { path, stats }: FoundFile, urlPath: string): void {
  response.writeHead(200, {
    'Content-Type': mimeTypeFor(path),
    'Content-Length': stats.size,
    'Cache-Control': cacheControlFor(urlPath),
    'X-Content-Type-Options': 'nosniff',
  });
  if (request.method === 'HEAD') {
    response.end();
    return;
  }
  createReadStream(path)
    .on('error', () => response.destroy())
    .pipe(response);
}

function sendText(response: ServerResponse, status: number, text: string): void {
  response.writeHead(status, { 'Content-Type': 'text/plain; charset=utf-8', 'X-Content-Type-Options': 'nosniff' });
  response.end(text);
}

export async function serveStatic(root: string, request: IncomingMessage, response: ServerResponse): Promise<void> {
  if (request.method !== 'GET' && request.method !== 'HEAD') {
    response.setHeader('Allow', 'GET, HEAD');
    sendText(response, 405, 'Metoden er ikke tilladt.');
    return;
  }
  const urlPath = new URL(request.url ?? '/', 'http://x').pathname;
  const file = resolveInside(root, urlPath);
  if (file === null) {
    sendText(response, 400, 'Ugyldig sti.');
    return;
  }
  const found = await firstFile(file, join(file, 'index.html'));
  if (found) {
    sendFile(request, response, found, urlPath);
    return;
  }
  if (extname(urlPath) !== '') {
    sendText(response, 404, 'Filen findes ikke.');
    return;
  }
  const index = await firstFile(join(resolve(root), 'index.html'));
  if (!index) {
    sendText(response, 503, 'Appen er ikke bygget. Kør "npm run build" på serveren.');
    return;
  }
  sendFile(request, response, index, '/index.html');
}
