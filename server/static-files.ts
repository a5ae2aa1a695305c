import type { IncomingMessage, ServerResponse } from 'node:http';
import { extname, join, posix, resolve, sep } from 'node:path';
import { lookup } from 'mrmime';
import sirv from 'sirv';

/**
 * Serves the built app (`dist/`) with sirv: the `.br` or `.gz` file the build wrote beside each file
 * (scripts/vite-precompress.ts) when the browser accepts it, ETags, and caching by kind of file.
 * Single-page-app safe: a path without a file extension that is not a file gets index.html (the app
 * routes itself); a missing file with an extension is a plain 404, so a missing script never comes
 * back as HTML.
 */

/** Hashed build output never changes under its name; everything else is checked each time (ETag). */
export function cacheControlFor(urlPath: string): string {
  return urlPath.startsWith('/assets/') ? 'public, max-age=31536000, immutable' : 'no-cache';
}

/** The type sirv would send, with the charset for text (the app's texts are Danish). */
export function contentTypeFor(urlPath: string): string {
  const type = lookup(urlPath) ?? 'application/octet-stream';
  return /^text\/|javascript|json$/.test(type) ? `${type}; charset=utf-8` : type;
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

function sendText(response: ServerResponse, status: number, text: string): void {
  response.writeHead(status, { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-cache' });
  response.end(text);
}

export type StaticHandler = (request: IncomingMessage, response: ServerResponse) => void;

export function staticFiles(root: string): StaticHandler {
  const serve = sirv(root, {
    // Looks each file up when asked, as `vite preview` does: the production mode lists the folder once
    // at start, and a file a rebuild removed after that would end the process (its read stream fails
    // with no listener).
    dev: true,
    etag: true,
    gzip: true,
    brotli: true,
    // A path names a file or an app route; no `.html` guessing.
    extensions: [],
    setHeaders(response, pathname) {
      response.setHeader('Cache-Control', cacheControlFor(pathname));
      response.setHeader('Content-Type', contentTypeFor(pathname));
    },
  });

  return (request, response) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      response.setHeader('Allow', 'GET, HEAD');
      sendText(response, 405, 'Metoden er ikke tilladt.');
      return;
    }
    const urlPath = new URL(request.url ?? '/', 'http://x').pathname;
    if (resolveInside(root, urlPath) === null) {
      sendText(response, 400, 'Ugyldig sti.');
      return;
    }
    serve(request, response, () => {
      if (extname(urlPath) !== '') {
        sendText(response, 404, 'Filen findes ikke.');
        return;
      }
      request.url = '/index.html';
      serve(request, response, () => sendText(response, 503, 'Appen er ikke bygget. Kør "npm run build" på serveren.'));
    });
  };
}
