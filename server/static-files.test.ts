import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { request, type IncomingHttpHeaders } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliCompressSync, brotliDecompressSync, gunzipSync, gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { precompressFolder } from '../scripts/vite-precompress.ts';
import { resolveInside } from './static-files.ts';
import { startTestServer, type TestServer } from '../tests/support/test-server.ts';

const SCRIPT = `console.log(${JSON.stringify('æøå '.repeat(500))});`;

let folder: string;
let server: TestServer;

beforeAll(async () => {
  folder = mkdtempSync(join(tmpdir(), 'vaerdi-static-'));
  const dist = join(folder, 'dist');
  mkdirSync(join(dist, 'assets'), { recursive: true });
  writeFileSync(join(dist, 'index.html'), '<!doctype html><title>Værdispillet</title>');
  writeFileSync(join(dist, 'assets', 'index-abc.js'), SCRIPT);
  writeFileSync(join(dist, 'assets', 'index-abc.css'), 'body{}');
  writeFileSync(join(dist, 'manifest.webmanifest'), '{}');
  writeFileSync(join(dist, 'icon.svg'), '<svg/>');
  writeFileSync(join(dist, 'sw.js'), SCRIPT);
  writeFileSync(join(dist, 'workbox-1234abcd.js'), SCRIPT);
  // As the build leaves them (only a file over 1 KB is compressed).
  writeFileSync(join(dist, 'assets', 'index-abc.js.br'), brotliCompressSync(SCRIPT));
  writeFileSync(join(dist, 'assets', 'index-abc.js.gz'), gzipSync(SCRIPT));
  writeFileSync(join(folder, 'secret.txt'), 'not for tablets');
  server = await startTestServer({ distDir: dist, dataDir: join(folder, 'data') });
});

afterAll(async () => {
  await server.stop();
  rmSync(folder, { recursive: true, force: true });
});

interface RawAnswer {
  status: number;
  headers: IncomingHttpHeaders;
  bytes: Buffer;
  body: string;
}

/**
 * A GET with the path and headers sent exactly as written (fetch would normalise `..` away before
 * sending, and asks for and undoes compression itself).
 */
function rawGet(path: string, headers: Record<string, string> = {}): Promise<RawAnswer> {
  return new Promise((resolve, reject) => {
    const outgoing = request({ host: '127.0.0.1', port: server.running.port, path, method: 'GET', headers }, (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('end', () => {
        const bytes = Buffer.concat(chunks);
        resolve({ status: response.statusCode ?? 0, headers: response.headers, bytes, body: bytes.toString('utf8') });
      });
    });
    outgoing.on('error', reject);
    outgoing.end();
  });
}

describe('serving the app', () => {
  it.each([
    ['/', 'text/html; charset=utf-8'],
    ['/assets/index-abc.js', 'text/javascript; charset=utf-8'],
    ['/assets/index-abc.css', 'text/css; charset=utf-8'],
    ['/manifest.webmanifest', 'application/manifest+json; charset=utf-8'],
    ['/icon.svg', 'image/svg+xml'],
  ])('serves %s as %s', async (path, type) => {
    const response = await fetch(`${server.http}${path}`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe(type);
  });

  it('caches hashed assets for a year, and checks the page, the service worker and the manifest each time', async () => {
    for (const path of ['/assets/index-abc.js', '/assets/index-abc.css']) {
      expect((await fetch(`${server.http}${path}`)).headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    }
    for (const path of ['/', '/index.html', '/join/ABC234', '/sw.js', '/workbox-1234abcd.js', '/manifest.webmanifest', '/icon.svg']) {
      expect((await fetch(`${server.http}${path}`)).headers.get('cache-control'), path).toBe('no-cache');
    }
  });

  it.each([
    ['br, gzip', 'br', brotliDecompressSync],
    ['gzip, deflate', 'gzip', gunzipSync],
  ])('sends the compressed copy the build wrote for Accept-Encoding: %s', async (accepted, encoding, decompress) => {
    const answer = await rawGet('/assets/index-abc.js', { 'Accept-Encoding': accepted });
    expect(answer.headers['content-encoding']).toBe(encoding);
    expect(answer.headers['content-type']).toBe('text/javascript; charset=utf-8');
    expect(answer.headers.vary).toBe('Accept-Encoding');
    expect(Number(answer.headers['content-length'])).toBe(answer.bytes.length);
    expect(answer.bytes.length).toBeLessThan(Buffer.byteLength(SCRIPT) / 4);
    expect(decompress(answer.bytes).toString('utf8')).toBe(SCRIPT);
  });

  it('sends the file as it is to a client that accepts no compression, or when there is no compressed copy', async () => {
    const plain = await rawGet('/assets/index-abc.js');
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.body).toBe(SCRIPT);
    const uncompressed = await rawGet('/sw.js', { 'Accept-Encoding': 'br, gzip' });
    expect(uncompressed.headers['content-encoding']).toBeUndefined();
    expect(uncompressed.body).toBe(SCRIPT);
  });

  it('answers a repeated request with 304 by its ETag, one ETag per encoding', async () => {
    const brotli = await rawGet('/assets/index-abc.js', { 'Accept-Encoding': 'br' });
    const plain = await rawGet('/assets/index-abc.js');
    expect(brotli.headers.etag).toMatch(/^W\/"/);
    expect(brotli.headers.etag).not.toBe(plain.headers.etag);
    const again = await rawGet('/assets/index-abc.js', { 'Accept-Encoding': 'br', 'If-None-Match': brotli.headers.etag! });
    expect(again.status).toBe(304);
    expect(again.bytes.length).toBe(0);
    const page = await rawGet('/');
    expect((await rawGet('/join/ABC234', { 'If-None-Match': page.headers.etag! })).status).toBe(304);
  });

  it('refuses other methods than GET and HEAD, and answers HEAD without a body', async () => {
    const post = await fetch(`${server.http}/index.html`, { method: 'POST' });
    expect(post.status).toBe(405);
    expect(post.headers.get('allow')).toBe('GET, HEAD');
    const head = await fetch(`${server.http}/assets/index-abc.js`, { method: 'HEAD' });
    expect(head.status).toBe(200);
    expect(await head.text()).toBe('');
  });

  it('answers app routes with the page and missing files with 404', async () => {
    const route = await fetch(`${server.http}/join/ABC234`);
    expect(route.status).toBe(200);
    expect(route.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(await route.text()).toContain('Værdispillet');
    const missing = await fetch(`${server.http}/assets/missing.js`);
    expect(missing.status).toBe(404);
    expect(missing.headers.get('content-type')).toBe('text/plain; charset=utf-8');
  });

  it('says the app is not built when there is no index.html', async () => {
    const bare = await startTestServer({ distDir: join(folder, 'nothing-here'), dataDir: join(folder, 'data-bare') });
    try {
      const answer = await fetch(`${bare.http}/`);
      expect(answer.status).toBe(503);
      expect(await answer.text()).toContain('npm run build');
    } finally {
      await bare.stop();
    }
  });

  it.each(['/../secret.txt', '/assets/../../secret.txt', '/%2e%2e/secret.txt', '/..%2fsecret.txt', '/assets/..%5c..%5csecret.txt', '/%00'])(
    'never serves a file outside the app folder for %s',
    async (path) => {
      const response = await rawGet(path);
      expect(response.body).not.toContain('not for tablets');
      expect([200, 400, 404]).toContain(response.status);
    },
  );
});

describe('precompressFolder', () => {
  it('writes .br and .gz beside text files over 1 KB, and leaves images, source maps and small files alone', async () => {
    const build = join(folder, 'build');
    mkdirSync(join(build, 'assets'), { recursive: true });
    const big = 'body { color: red; }\n'.repeat(200);
    writeFileSync(join(build, 'assets', 'a.css'), big);
    writeFileSync(join(build, 'assets', 'a.js.map'), big);
    writeFileSync(join(build, 'icon.png'), big);
    writeFileSync(join(build, 'small.js'), 'x()');
    await precompressFolder(build);
    expect(readdirSync(join(build, 'assets')).sort()).toEqual(['a.css', 'a.css.br', 'a.css.gz', 'a.js.map']);
    expect(readdirSync(build).sort()).toEqual(['assets', 'icon.png', 'small.js']);
    expect(brotliDecompressSync(readFileSync(join(build, 'assets', 'a.css.br'))).toString()).toBe(big);
    expect(gunzipSync(readFileSync(join(build, 'assets', 'a.css.gz'))).toString()).toBe(big);
  });
});

describe('resolveInside', () => {
  it.each([
    ['/index.html', '/srv/dist/index.html'],
    ['/assets/a.js', '/srv/dist/assets/a.js'],
    ['/a/../b.js', '/srv/dist/b.js'],
    // Above the root is the root: these stay inside the folder.
    ['/../etc/passwd', '/srv/dist/etc/passwd'],
    ['/%2e%2e/%2e%2e/etc/passwd', '/srv/dist/etc/passwd'],
    ['/a%5c..%5c..%5cetc', null],
    ['/%00', null],
    ['/%E0%A4%A', null],
  ])('resolves %s to %s', (path, expected) => {
    expect(resolveInside('/srv/dist', path)).toBe(expected);
  });
});
