import { describe, expect, it } from 'vitest';
import type { Organisation } from '../../domain/organisation.ts';
import type { ValueInPlay } from '../../domain/value.ts';
import { isJoinCodeShaped, LiveApi, normaliseJoinCode, parseFoundRoom, parseHostedRoom, parseRoomStatus } from './live-api.ts';
import { holdsByOrganisation } from './device-holds.tsx';
import { holderOf, joinFailureKey } from './join-screen.tsx';
import { joinUrl, projectorUrl } from './join-panel.tsx';
import type { ClockSample } from '../../state/server-clock.ts';
import { isRoomOver } from './live-session-bar.tsx';
import { measureOffset } from './use-server-clock.ts';
import { devicesPerOrganisation, remoteDrags } from './room-presence.tsx';

const ROOM = { roomId: 'r'.repeat(22), joinCode: 'K7M2QP', facilitatorKey: 'f'.repeat(43), projectorKey: 'p'.repeat(43) };

/** A fetch that answers every request with `status` and `body`, and records what was asked. */
function answering(status: number, body: string) {
  const calls: { url: string; init: RequestInit | undefined }[] = [];
  const fetcher = async (input: URL | RequestInfo, init?: RequestInit) => {
    calls.push({ url: String(input), init });
    return new Response(body, { status, headers: { 'Content-Type': 'application/json' } });
  };
  return { calls, fetcher: fetcher as typeof fetch };
}

describe('join codes', () => {
  it.each([
    ['k7m2qp', 'K7M2QP', true],
    [' K7M-2QP ', 'K7M2QP', true],
    ['K7M2Q', 'K7M2Q', false],
    ['K7M2Q0', 'K7M2Q0', false],
    ['K7M2QPX', 'K7M2QPX', false],
  ])('%j reads as %j (a code: %s)', (typed, normalised, isShaped) => {
    expect(normaliseJoinCode(typed)).toBe(normalised);
    expect(isJoinCodeShaped(normaliseJoinCode(typed))).toBe(isShaped);
  });
});

describe('answers from the server are checked', () => {
  it('reads a new room, and refuses one with a missing key', () => {
    expect(parseHostedRoom({ ...ROOM, extra: 1 })).toEqual(ROOM);
    expect(parseHostedRoom({ ...ROOM, projectorKey: '' })).toBeNull();
    expect(parseHostedRoom('<!doctype html>')).toBeNull();
  });

  it('reads a found room with its organisations and who holds them, and refuses a malformed list', () => {
    expect(parseFoundRoom({ roomId: 'r1', organisations: [{ id: 'o1', name: 'MENY', x: 1 }, { id: 'o2', name: 'Skolen', heldBy: 'd1' }] })).toEqual({
      roomId: 'r1',
      organisations: [
        { id: 'o1', name: 'MENY', heldBy: null },
        { id: 'o2', name: 'Skolen', heldBy: 'd1' },
      ],
    });
    expect(parseFoundRoom({ roomId: 'r1', organisations: [{ id: 7, name: 'MENY' }] })).toBeNull();
    expect(parseFoundRoom({ roomId: 'r1' })).toBeNull();
  });

  it('reads the room as the facilitator sees it, and refuses a malformed hold', () => {
    const hold = { organisationId: 'o1', deviceId: 'd1', device: 'iPad · Safari', claimedAt: '2026-12-06T09:41:00.000Z', connected: true };
    const status = { roomId: 'r1', joinCode: 'K7M2QP', joiningOpen: true, sharedTablets: false, organisations: [{ id: 'o1', name: 'MENY' }], holds: [hold] };
    expect(parseRoomStatus(status)).toEqual({
      joiningOpen: true,
      sharedTablets: false,
      organisations: [{ id: 'o1', name: 'MENY' }],
      holds: [{ organisationId: 'o1', deviceId: 'd1', device: 'iPad · Safari', claimedAt: Date.parse('2026-12-06T09:41:00.000Z'), isConnected: true }],
    });
    expect(parseRoomStatus({ ...status, holds: [{ ...hold, claimedAt: 'soon' }] })).toBeNull();
    expect(parseRoomStatus({ ...status, holds: undefined })).toBeNull();
  });
});

describe('who holds an organisation', () => {
  it.each([
    [null, 'd1', 'free'],
    ['d1', 'd1', 'this-device'],
    ['d2', 'd1', 'other-device'],
    ['d2', null, 'other-device'],
  ] as const)('held by %s, seen from %s: %s', (heldBy, deviceId, holder) => {
    expect(holderOf({ id: 'o1', name: 'MENY', heldBy }, deviceId)).toBe(holder);
  });

  it('lists every organisation with its hold, in the workshop’s order', () => {
    const hold = { organisationId: 'o2', deviceId: 'd1', device: '', claimedAt: 0, isConnected: false };
    expect(
      holdsByOrganisation({
        organisations: [
          { id: 'o1', name: 'MENY' },
          { id: 'o2', name: 'Skolen' },
        ],
        holds: [hold],
      }),
    ).toEqual([
      { organisation: { id: 'o1', name: 'MENY' }, hold: null },
      { organisation: { id: 'o2', name: 'Skolen' }, hold },
    ]);
  });
});

describe('LiveApi', () => {
  it('posts JSON next to the page, with the key as a bearer token', async () => {
    const { calls, fetcher } = answering(200, JSON.stringify({ joiningOpen: false }));
    const api = new LiveApi('http://192.168.1.20:4173/?view=projector#/w/abc', fetcher);
    expect(await api.setJoining(ROOM, false)).toEqual({ ok: true, value: false });
    expect(calls[0]?.url).toBe(`http://192.168.1.20:4173/api/rooms/${ROOM.roomId}/joining`);
    expect(calls[0]?.init?.method).toBe('POST');
    expect(calls[0]?.init?.body).toBe('{"open":false}');
    expect(calls[0]?.init?.headers).toEqual({ 'Content-Type': 'application/json', Authorization: `Bearer ${ROOM.facilitatorKey}` });
  });

  it('passes the server’s refusal code on', async () => {
    const { fetcher } = answering(429, JSON.stringify({ error: 'For mange', code: 'join-rate-limited' }));
    expect(await new LiveApi('http://x/', fetcher).join('K7M2QP')).toEqual({ ok: false, failure: { kind: 'refused', code: 'join-rate-limited' } });
  });

  it('counts an HTML page, a bad answer or a network error as no server', async () => {
    const html = answering(404, '<!doctype html><title>Not found</title>');
    expect(await new LiveApi('http://x/', html.fetcher).createRoom()).toEqual({ ok: false, failure: { kind: 'unreachable' } });
    const wrongShape = answering(200, JSON.stringify({ roomId: 'r1' }));
    expect(await new LiveApi('http://x/', wrongShape.fetcher).createRoom()).toEqual({ ok: false, failure: { kind: 'unreachable' } });
    const down = (async () => {
      throw new TypeError('Failed to fetch');
    }) as typeof fetch;
    expect(await new LiveApi('http://x/', down).join('K7M2QP')).toEqual({ ok: false, failure: { kind: 'unreachable' } });
  });
});

describe('ending a session and the server clock', () => {
  it('ends a room with the facilitator key, and reads only a clear yes', async () => {
    const { calls, fetcher } = answering(200, JSON.stringify({ ended: true }));
    expect(await new LiveApi('http://192.168.1.20:4173/', fetcher).endRoom(ROOM)).toEqual({ ok: true, value: true });
    expect(calls[0]?.url).toBe(`http://192.168.1.20:4173/api/rooms/${ROOM.roomId}/end`);
    expect(calls[0]?.init?.method).toBe('POST');
    expect(calls[0]?.init?.body).toBe('{}');
    expect(calls[0]?.init?.headers).toEqual({ 'Content-Type': 'application/json', Authorization: `Bearer ${ROOM.facilitatorKey}` });
    const vague = answering(200, JSON.stringify({ ended: 'yes' }));
    expect(await new LiveApi('http://x/', vague.fetcher).endRoom(ROOM)).toEqual({ ok: false, failure: { kind: 'unreachable' } });
    const over = answering(410, JSON.stringify({ error: 'Sessionen er afsluttet.', code: 'room-ended' }));
    expect(await new LiveApi('http://x/', over.fetcher).endRoom(ROOM)).toEqual({ ok: false, failure: { kind: 'refused', code: 'room-ended' } });
  });

  it.each([
    [{ ok: true, value: true } as const, true],
    [{ ok: false, failure: { kind: 'refused', code: 'room-ended' } } as const, true],
    [{ ok: false, failure: { kind: 'refused', code: 'room-unknown' } } as const, true],
    [{ ok: false, failure: { kind: 'refused', code: 'key-wrong' } } as const, false],
    [{ ok: false, failure: { kind: 'unreachable' } } as const, false],
  ])('after ending %j the room is over: %s', (result, isOver) => {
    expect(isRoomOver(result)).toBe(isOver);
  });

  it("times a question for the server's clock on the device's clock", async () => {
    const { calls, fetcher } = answering(200, JSON.stringify({ now: 1_800_000_000_000 }));
    const readings = [5_000, 5_040];
    const sample = await new LiveApi('http://x/', fetcher).clockSample(() => readings.shift()!);
    expect(sample).toEqual({ ok: true, value: { sentAt: 5_000, serverNow: 1_800_000_000_000, receivedAt: 5_040 } });
    expect(calls[0]?.url).toBe('http://x/api/time');
    expect(calls[0]?.init?.method).toBe('GET');
    const html = answering(200, JSON.stringify({ now: 'soon' }));
    expect((await new LiveApi('http://x/', html.fetcher).clockSample()).ok).toBe(false);
  });

  it('measures the offset from the quickest of three answers, and gives up without answers', async () => {
    const answers: (ClockSample | null)[] = [
      { sentAt: 0, serverNow: 60_900, receivedAt: 800 },
      null,
      { sentAt: 1_000, serverNow: 61_020, receivedAt: 1_040 },
    ];
    expect(await measureOffset(async () => answers.shift() ?? null)).toBe(60_000);
    expect(await measureOffset(async () => null)).toBeNull();
  });
});

describe('join messages', () => {
  it.each([
    [{ kind: 'unreachable' } as const, 'live.join.unreachable'],
    [{ kind: 'refused', code: 'join-code-unknown' } as const, 'live.join.unknown'],
    [{ kind: 'refused', code: 'join-rate-limited' } as const, 'live.join.rateLimited'],
    [{ kind: 'refused', code: 'joining-closed' } as const, 'live.join.closed'],
    [{ kind: 'refused', code: 'organisation-held' } as const, 'live.join.held'],
    [{ kind: 'refused', code: 'bad-request' } as const, 'live.join.failed'],
  ])('%j → %s', (failure, key) => {
    expect(joinFailureKey(failure)).toBe(key);
  });
});

describe('addresses for tablets and the projector', () => {
  it('puts the code and the projector key in the hash', () => {
    expect(joinUrl('http://192.168.1.20:4173/', 'K7M2QP')).toBe('http://192.168.1.20:4173/#/join/K7M2QP');
    expect(projectorUrl('http://192.168.1.20:4173/', ROOM)).toBe(`http://192.168.1.20:4173/?view=projector#/live/${ROOM.roomId}/${ROOM.projectorKey}`);
  });
});

describe('presence on the projector', () => {
  const organisations: Organisation[] = [
    { id: 'o1', name: 'MENY', actorType: 'erhvervsdrivende', contact: '' },
    { id: 'o2', name: 'Biblioteket', actorType: 'kommunale-institutioner', contact: '' },
  ];
  const peers = [
    { clientId: 1, role: 'participant' as const, organisationId: 'o1' },
    { clientId: 2, role: 'participant' as const, organisationId: 'o1', dragging: { valueId: 'v1' } },
    { clientId: 3, role: 'facilitator' as const, organisationId: null },
    { clientId: 4, role: 'participant' as const, organisationId: 'gone', dragging: { valueId: 'v1' } },
  ];

  it('counts tablets per organisation, not the facilitator or the projector', () => {
    expect([...devicesPerOrganisation(peers)]).toEqual([
      ['o1', 2],
      ['gone', 1],
    ]);
  });

  it('lists the pieces carried by organisations in the workshop, with values in play', () => {
    const values: ValueInPlay[] = [{ kind: 'custom', id: 'v1', name: 'Tryghed', colour: '#123456' }];
    const drags = remoteDrags(peers, organisations, values);
    expect(drags.map(({ organisation, value }) => `${organisation.name}:${value.id}`)).toEqual(['MENY:v1']);
  });
});
