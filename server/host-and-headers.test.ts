import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { request, type IncomingHttpHeaders } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HOST_REFUSED_TEXT } from './allowed-hosts.ts';
import { optionsFrom } from './options.ts';
import { createRoom, RawClient, startTestServer, type TestServer } from '../tests/support/test-server.ts';

/*
 * The real server on 127.0.0.1: requests and WebSocket upgrades for a name it does not answer to
 * (DNS rebinding) are refused, and every HTTP answer carries the security headers.
 */

let folder: string;
let server: TestServer;

beforeAll(async () => {
  folder = mkdtempSync(join(tmpdir(), 'vaerdi-hosts-'));
  const dist = join(folder, 'dist');
  mkdirSync(join(dist, 'assets'), { recursive: true });
  writeFileSync(join(dist, 'index.html'), '<!doctype html><title>Værdispillet</title>');
  writeFileSync(join(dist, 'assets', 'index-abc.js'), 'console.log(1)');
  server = await startTestServer({ distDir: dist, dataDir: join(folder, 'data'), allowedHosts: ['vaerdi.local'] });
});

afterAll(async () => {
  await server.stop();
  rmSync(folder, { recursive: true, force: true });
});

/** A request with the Host header a test chooses (fetch always sends the URL's). */
function get(
  path: string,
  host: string,
  method = 'GET',
  headers: Record<string, string> = {},
): Promise<{ status: number; headers: IncomingHttpHeaders; body: string }> {
  return new Promise((resolve, reject) => {
    const outgoing = request({ host: '127.0.0.1', port: server.running.port, path, method, headers: { ...headers, Host: host } }, (response) => {
      let body = '';
      response.setEncoding('utf8');
      response.on('data', (chunk: string) => (body += chunk));
      response.on('end', () => resolve({ status: response.statusCode ?? 0, headers: response.headers, body }));
    });
    outgoing.on('error', reject);
    outgoing.end();
  });
}

describe('the Host allow-list', () => {
  it('answers loopback names and allowed names on its port', async () => {
    const port = server.running.port;
    for (const host of [`127.0.0.1:${port}`, `localhost:${port}`, `[::1]:${port}`, 'vaerdi.local', `vaerdi.local:${port}`]) {
      expect((await get('/', host)).status, host).toBe(200);
      expect((await get('/api/info', host)).status, host).toBe(200);
    }
  });

  it.each(['evil.example', 'evil.example:PORT', 'localhost:1', '127.0.0.1'])(
    'refuses Host %s with 421 and a Danish line, for the app and the API',
    async (template) => {
      const host = template.replace('PORT', String(server.running.port));
      for (const path of ['/', '/assets/index-abc.js', '/api/info', '/api/time']) {
        const answer = await get(path, host);
        expect(answer.status, path).toBe(421);
        expect(answer.body).toBe(HOST_REFUSED_TEXT);
        expect(answer.headers['content-type']).toBe('text/plain; charset=utf-8');
      }
    },
  );

  it('refuses a POST to the API from another name before it is read', async () => {
    const answer = await new Promise<number>((resolve, reject) => {
      const outgoing = request(
        { host: '127.0.0.1', port: server.running.port, path: '/api/rooms', method: 'POST', headers: { Host: 'evil.example', 'Content-Type': 'application/json' } },
        (response) => {
          response.resume();
          resolve(response.statusCode ?? 0);
        },
      );
      outgoing.on('error', reject);
      outgoing.end(JSON.stringify({ organisations: [] }));
    });
    expect(answer).toBe(421);
    expect(server.running.rooms.all()).toEqual([]);
  });

  it('refuses a WebSocket upgrade for another name with 421, and takes one for its own', async () => {
    const room = await createRoom(server.http);
    const url = `${server.ws}/sync/${room.roomId}/setup?key=${room.facilitatorKey}`;
    await expect(RawClient.connect(url, { Host: 'evil.example' })).rejects.toThrow('HTTP 421');
    await expect(RawClient.connect(url, { Host: `evil.example:${server.running.port}` })).rejects.toThrow('HTTP 421');
    const client = await RawClient.connect(url, { Host: `localhost:${server.running.port}` });
    client.close();
  });
});

describe('security headers', () => {
  it.each([
    ['the page', '/'],
    ['an app route', '/join/ABC234'],
    ['a script', '/assets/index-abc.js'],
    ['a missing file', '/assets/missing.js'],
    ['the API', '/api/info'],
    ['an API error', '/api/nothing'],
  ])('are on %s', async (_what, path) => {
    const answer = await get(path, `localhost:${server.running.port}`);
    const policy = answer.headers['content-security-policy'];
    expect(policy).toContain("default-src 'self'");
    expect(policy).toContain("script-src 'self';");
    expect(policy).toContain("frame-ancestors 'none'");
    expect(policy).toContain(`connect-src 'self' ws://localhost:${server.running.port} wss://localhost:${server.running.port};`);
    expect(policy).not.toContain('unsafe');
    expect(answer.headers['x-content-type-options']).toBe('nosniff');
    expect(answer.headers['referrer-policy']).toBe('no-referrer');
    expect(answer.headers['x-frame-options']).toBe('DENY');
  });

  it('are on a refusal too, with no WebSocket origin taken from the refused Host', async () => {
    const answer = await get('/', 'evil.example');
    expect(answer.headers['content-security-policy']).toContain("connect-src 'self';");
    expect(answer.headers['content-security-policy']).not.toContain('evil');
    expect(answer.headers['x-content-type-options']).toBe('nosniff');
  });

  it('are on a 304 and a 405', async () => {
    const host = `localhost:${server.running.port}`;
    const first = await get('/assets/index-abc.js', host);
    const notModified = await get('/assets/index-abc.js', host, 'GET', { 'If-None-Match': first.headers.etag! });
    expect(notModified.status).toBe(304);
    expect(notModified.headers['content-security-policy']).toContain("frame-ancestors 'none'");
    const refused = await get('/', host, 'DELETE');
    expect(refused.status).toBe(405);
    expect(refused.headers['content-security-policy']).toContain("frame-ancestors 'none'");
  });
});

describe('--allow-host', () => {
  it('adds up the flag and ALLOWED_HOSTS, and refuses what is not a host name', () => {
    expect(optionsFrom(['--allow-host', 'a.local', '--allow-host', 'b.local:8080'], { ALLOWED_HOSTS: 'c.local, d.local' }).allowedHosts).toEqual([
      'c.local',
      'd.local',
      'a.local',
      'b.local:8080',
    ]);
    expect(optionsFrom([], {}).allowedHosts).toEqual([]);
    expect(() => optionsFrom(['--allow-host', '*.local'], {})).toThrow(/^Ugyldigt værtsnavn/);
    expect(() => optionsFrom([], { ALLOWED_HOSTS: 'a b' })).toThrow(/^Ugyldigt værtsnavn/);
  });
});
