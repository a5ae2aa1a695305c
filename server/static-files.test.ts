import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { resolveInside } from './static-files.ts';
import { startTestServer, type TestServer } from '../tests/support/test-server.ts';

let folder: string;
let server: TestServer;

beforeAll(async () => {
  folder = mkdtempSync(join(tmpdir(), 'vaerdi-static-'));
  const dist = join(folder, 'dist');
  mkdirSync(join(dist, 'assets'), { recursive: true });
  writeFileSync(join(dist, 'index.html'), '<!doctype html><title>Værdispillet</title>');
  writeFileSync(join(dist, 'assets', 'index-abc.js'), 'console.log(1)');
  writeFileSync(join(dist, 'assets', 'index-abc.css'), 'body{}');
  writeFileSync(join(dist, 'manifest.webmanifest'), '{}');
  writeFileSync(join(dist, 'icon.svg'), '<svg/>');
  writeFileSync(join(folder, 'secret.txt'), 'not for tablets');
  server = await startTestServer({ distDir: dist, dataDir: join(folder, 'data') });
});

afterAll(async () => {
  await server.stop();
  rmSync(folder, { recursive: true, force: true });
});

/** A GET with the path sent exactly as written (fetch would normalise `..` away before sending). */
function rawGet(path: string): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const outgoing = request({ host: '127.0.0.1', port: server.running.port, path, method: 'GET' }, (response) => {
      let body = '';
      response.setEncoding('utf8');
      response.on('data', (chunk: string) => (body += chunk));
      response.on('end', () => resolve({ status: response.statusCode ?? 0, body }));
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

  it('caches hashed assets for ever and the page never', async () => {
    expect((await fetch(`${server.http}/assets/index-abc.js`)).headers.get('cache-control')).toContain('immutable');
    expect((await fetch(`${server.http}/`)).headers.get('cache-control')).toBe('no-cache');
  });

  it('answers app routes with the page and missing files with 404', async () => {
    const route = await fetch(`${server.http}/join/ABC234`);
    expect(route.status).toBe(200);
    expect(await route.text()).toContain('Værdispillet');
    expect((await fetch(`${server.http}/assets/missing.js`)).status).toBe(404);
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
