import type { IncomingMessage } from 'node:http';
import { describe, expect, it } from 'vitest';
import { admitAwarenessEntries, decodeAwarenessUpdate, encodeAwarenessEntries, MAX_AWARENESS_STATE_BYTES } from './awareness-guard.ts';
import { lanUrls } from './lan-addresses.ts';
import { optionsFrom } from './options.ts';
import { isOriginAllowed } from './origin.ts';
import { parseSyncPath } from './sync-server.ts';
import { mayWrite } from './sync-connection.ts';

function requestWith(headers: Record<string, string>): IncomingMessage {
  return { headers } as unknown as IncomingMessage;
}

describe('origin', () => {
  const allowed = new Set(['http://localhost:5173']);
  it.each([
    [{ host: '192.168.1.20:4173' }, true],
    [{ host: '192.168.1.20:4173', origin: 'http://192.168.1.20:4173' }, true],
    [{ host: '192.168.1.20:4173', origin: 'http://192.168.1.20:9999' }, false],
    [{ host: '192.168.1.20:4173', origin: 'http://evil.example' }, false],
    [{ host: '192.168.1.20:4173', origin: 'null' }, false],
    [{ host: '127.0.0.1:4173', origin: 'http://localhost:5173' }, true],
  ])('%j → %s', (headers, expected) => {
    expect(isOriginAllowed(requestWith(headers), allowed)).toBe(expected);
  });
});

describe('sync paths', () => {
  it.each([
    ['/sync/room1/setup', { roomId: 'room1', part: 'setup' }],
    ['/sync/room1/control', { roomId: 'room1', part: 'control' }],
    ['/sync/room1/org/abc', { roomId: 'room1', part: 'org/abc' }],
    ['/sync/room1/org%2Fabc', { roomId: 'room1', part: 'org/abc' }],
    ['/sync/room1%2Forg%2Fabc', { roomId: 'room1', part: 'org/abc' }],
    ['/sync/room1/org/abc/extra', null],
    ['/sync/room1/org/', null],
    ['/sync/room1/other', null],
    ['/sync/room1/org/..', null],
    ['/sync/room1/%E0%A4%A', null],
    ['/other/room1/setup', null],
  ])('%s → %j', (path, expected) => {
    expect(parseSyncPath(path)).toEqual(expected);
  });
});

describe('who may write what', () => {
  const tablet = { kind: 'participant', organisationId: 'skolen', deviceId: 'd1' } as const;
  it.each([
    [{ kind: 'facilitator' } as const, 'control', true],
    [{ kind: 'facilitator' } as const, 'org/skolen', true],
    [tablet, 'org/skolen', true],
    [tablet, 'org/klubben', false],
    [tablet, 'org/skolen2', false],
    [tablet, 'setup', false],
    [tablet, 'control', false],
    [{ kind: 'projector' } as const, 'org/skolen', false],
  ])('%j on %s → %s', (role, part, expected) => {
    expect(mayWrite(role, part)).toBe(expected);
  });
});

describe('awareness guard', () => {
  it('round-trips entries and drops oversized states', () => {
    const update = encodeAwarenessEntries([
      { clientId: 1, clock: 3, state: { dragging: null } },
      { clientId: 2, clock: 1, state: { big: 'x'.repeat(MAX_AWARENESS_STATE_BYTES) } },
      { clientId: 3, clock: 9, state: null },
    ]);
    expect(decodeAwarenessUpdate(update)).toEqual({
      entries: [
        { clientId: 1, clock: 3, state: { dragging: null } },
        { clientId: 3, clock: 9, state: null },
      ],
      oversized: 1,
    });
  });

  it.each([['[1,2]'], ['"text"'], ['7']])('refuses a state that is %s', (json) => {
    const update = new Uint8Array([1, 1, 1, json.length, ...Buffer.from(json)]);
    expect(() => decodeAwarenessUpdate(update)).toThrow();
  });

  it('stamps role and organisation and caps the ids per connection', () => {
    const owned = new Set<number>();
    const admitted = admitAwarenessEntries(
      [1, 2, 3, 4, 5].map((clientId) => ({ clientId, clock: 1, state: { role: 'facilitator', organisationId: 'x' } })),
      { kind: 'participant', organisationId: 'skolen', deviceId: 'd1' },
      owned,
    );
    expect(admitted.map((entry) => entry.clientId)).toEqual([1, 2, 3, 4]);
    expect(admitted[0]!.state).toEqual({ role: 'participant', organisationId: 'skolen' });
    expect(admitAwarenessEntries([{ clientId: 1, clock: 2, state: null }], { kind: 'projector' }, owned)).toEqual([
      { clientId: 1, clock: 2, state: null },
    ]);
  });
});

describe('options', () => {
  it('takes flags over the environment, and defaults to port 4173 on all interfaces', () => {
    expect(optionsFrom([], {})).toMatchObject({ port: 4173, host: '0.0.0.0', allowedOrigins: [] });
    const options = optionsFrom(['--port', '8080', '--allow-origin', 'http://a.example'], { PORT: '9000', HOST: '127.0.0.1', ALLOWED_ORIGINS: 'http://b.example, http://c.example' });
    expect(options).toMatchObject({ port: 8080, host: '127.0.0.1', allowedOrigins: ['http://b.example', 'http://c.example', 'http://a.example'] });
    expect(options.dataDir).toMatch(/\/data$/);
    expect(() => optionsFrom(['--port', 'x'], {})).toThrow();
    expect(() => optionsFrom(['--unknown'], {})).toThrow();
  });
});

describe('LAN addresses', () => {
  it('lists IPv4 addresses others can reach', () => {
    const interfaces = {
      lo: [{ address: '127.0.0.1', family: 'IPv4', internal: true }],
      wlan0: [
        { address: '192.168.1.20', family: 'IPv4', internal: false },
        { address: 'fe80::1', family: 'IPv6', internal: false },
      ],
    } as unknown as Parameters<typeof lanUrls>[1];
    expect(lanUrls(4173, interfaces)).toEqual(['http://192.168.1.20:4173/']);
  });
});
