import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import * as syncProtocol from 'y-protocols/sync';
import {
  awarenessMessage,
  createRoom,
  delay,
  participantKey,
  RawClient,
  serverContent,
  setOrganisations,
  startTestServer,
  step2Message,
  syncMessage,
  updateMessage,
  type CreatedRoom,
  type TestServer,
} from '../tests/support/test-server.ts';

/**
 * The WebSocket side, spoken by hand: every message here is built byte by byte with y-protocols, the way
 * a hostile tablet could send it, and the server's documents are read back afterwards.
 */

let server: TestServer;
let room: CreatedRoom;
let skolenKey: string;

beforeEach(async () => {
  server = await startTestServer();
  room = await createRoom(server.http, ['skolen', 'klubben']);
  skolenKey = await participantKey(server.http, room.roomId, 'skolen');
});

afterEach(async () => {
  await server.stop();
});

function docUrl(part: string, key: string): string {
  return `${server.ws}/sync/${room.roomId}/${part}?key=${encodeURIComponent(key)}`;
}

/** An update that sets `key` to `value` in the map `name`, made on a scratch document. */
function mapUpdate(name: string, key: string, value: unknown, base?: Y.Doc): Uint8Array {
  const doc = new Y.Doc();
  if (base) Y.applyUpdate(doc, Y.encodeStateAsUpdate(base));
  const before = Y.encodeStateVector(doc);
  doc.getMap(name).set(key, value);
  return Y.encodeStateAsUpdate(doc, before);
}

/** An update that sets `key` in the map `name` to a record (a Y.Map of `fields`), as the app writes entries. */
function recordUpdate(name: string, key: string, fields: Record<string, unknown>, base?: Y.Doc): Uint8Array {
  const doc = new Y.Doc();
  if (base) Y.applyUpdate(doc, Y.encodeStateAsUpdate(base));
  const before = Y.encodeStateVector(doc);
  const record = new Y.Map<unknown>();
  for (const [field, value] of Object.entries(fields)) record.set(field, value);
  doc.getMap(name).set(key, record);
  return Y.encodeStateAsUpdate(doc, before);
}

/**
 * A harmless write of the facilitator's, sent after a refused one: once an observer has it, it has had
 * everything the server sent before it, so the refused change's absence is proven, not just not yet seen.
 */
function marker(part: string): { update: Uint8Array; isIn: (doc: Y.Doc) => boolean } {
  const [root, key, fields]: [string, string, Record<string, unknown>] = part.startsWith('org/')
    ? ['drivers', 'marker', { text: 'Markør', order: 0 }]
    : part.startsWith('pieces/')
      ? ['placed', 'oeget-faglighed', { example: 'Markør', order: 9 }]
      : part === 'setup'
        ? ['customValues', 'marker', { name: 'Markør', colour: '#0e7490', position: 0 }]
        : ['timers', 'opvarmning', { durationMs: 60_000, startedAt: null, elapsedBeforeMs: 0 }];
  return { update: recordUpdate(root, key, fields), isIn: (doc) => doc.getMap(root).has(key) };
}

/** Changes the client's own copy and sends the change, as an honest y-websocket client does. */
function write(client: RawClient, change: (doc: Y.Doc) => void): void {
  const before = Y.encodeStateVector(client.doc);
  change(client.doc);
  client.send(updateMessage(Y.encodeStateAsUpdate(client.doc, before)));
}

describe('syncing', () => {
  it('sends a facilitator change on control to every other client and keeps it', async () => {
    const facilitator = await RawClient.synced(docUrl('control', room.facilitatorKey));
    const projector = await RawClient.synced(docUrl('control', room.projectorKey));
    const tablet = await RawClient.synced(docUrl('control', skolenKey));

    facilitator.send(updateMessage(mapUpdate('control', 'phase', 'vaerdispillet')));

    await projector.until(() => projector.doc.getMap('control').get('phase') === 'vaerdispillet');
    await tablet.until(() => tablet.doc.getMap('control').get('phase') === 'vaerdispillet');
    const stored = await serverContent(server.ws, room.roomId, 'control', room.facilitatorKey);
    expect(stored.getMap('control').get('phase')).toBe('vaerdispillet');
  });

  it('lets a tablet write its own organisation and everyone read it, with the slash encoded or not', async () => {
    const tablet = await RawClient.synced(docUrl('org%2Fskolen', skolenKey));
    const projector = await RawClient.synced(docUrl('org/skolen', room.projectorKey));

    tablet.send(updateMessage(recordUpdate('drivers', 'answer1', { text: 'Fællesskab i kvarteret', order: 0 })));

    await projector.until(() => projector.doc.getMap('drivers').has('answer1'));
    expect(tablet.socket.readyState).toBe(tablet.socket.OPEN);
  });
});

describe('roles', () => {
  /**
   * The forger sends its bytes and is closed with 4403. Then the facilitator writes a marker: once the
   * observer has the marker, it has had every message the server broadcast before it, so the forged
   * change's absence is proven, not just not yet seen.
   */
  async function expectForgeryRefused(part: string, forgerKey: string, send: (forger: RawClient) => void) {
    const facilitator = await RawClient.synced(docUrl(part, room.facilitatorKey));
    const observer = await RawClient.synced(docUrl(part, room.projectorKey));
    const forger = await RawClient.synced(docUrl(part, forgerKey));

    send(forger);
    expect((await forger.closed).code).toBe(4403);

    const { update, isIn } = marker(part);
    facilitator.send(updateMessage(update));
    await observer.until(() => isIn(observer.doc));
    expect(observer.doc.getMap('control').toJSON()).toEqual({});
    expect(observer.doc.getMap('placed').toJSON()).toEqual({});
    const stored = await serverContent(server.ws, room.roomId, part, room.facilitatorKey);
    expect(stored.getMap('control').toJSON()).toEqual({});
    expect(stored.getMap('placed').toJSON()).toEqual({});
    expect(isIn(stored)).toBe(true);
  }

  it('refuses a participant forging a facilitator update on control', async () => {
    await expectForgeryRefused('control', skolenKey, (forger) =>
      forger.send(updateMessage(mapUpdate('control', 'isRevealed', true))),
    );
  });

  it('refuses the same forgery sent as a sync step 2', async () => {
    await expectForgeryRefused('control', skolenKey, (forger) =>
      forger.send(step2Message(mapUpdate('control', 'isLocked', true))),
    );
  });

  it("refuses a participant writing to another organisation's section", async () => {
    await expectForgeryRefused('org/klubben', skolenKey, (forger) =>
      forger.send(updateMessage(recordUpdate('placed', 'bredere-maalgruppe', { example: '', order: 0 }))),
    );
  });

  it('refuses any write from the projector, also a deletion of what is there', async () => {
    const facilitator = await RawClient.synced(docUrl('setup', room.facilitatorKey));
    facilitator.send(updateMessage(mapUpdate('facts', 'title', 'Netværksmøde')));
    const projector = await RawClient.synced(docUrl('setup', room.projectorKey));
    await projector.until(() => projector.doc.getMap('facts').get('title') === 'Netværksmøde');

    const before = Y.encodeStateVector(projector.doc);
    projector.doc.getMap('facts').delete('title');
    projector.send(updateMessage(Y.encodeStateAsUpdate(projector.doc, before)));

    expect((await projector.closed).code).toBe(4403);
    const stored = await serverContent(server.ws, room.roomId, 'setup', room.facilitatorKey);
    expect(stored.getMap('facts').get('title')).toBe('Netværksmøde');
  });

  it('accepts the empty sync step 2 an honest read-only client sends, deletions included', async () => {
    const facilitator = await RawClient.synced(docUrl('control', room.facilitatorKey));
    write(facilitator, (doc) => doc.getMap('control').set('phase', 'opvarmning'));
    // Overwriting a map entry deletes the old one: the server's document now has a delete set.
    write(facilitator, (doc) => doc.getMap('control').set('phase', 'vaerdispillet'));
    const tablet = await RawClient.synced(docUrl('control', skolenKey));
    await tablet.until(() => tablet.doc.getMap('control').get('phase') === 'vaerdispillet');

    // What y-websocket sends after the server's step 1: everything the server lacks (nothing) + all deletions.
    tablet.send(step2Message(Y.encodeStateAsUpdate(tablet.doc, Y.encodeStateVector(tablet.doc))));
    tablet.send(step2Message(Y.encodeStateAsUpdate(tablet.doc)));
    write(facilitator, (doc) => doc.getMap('control').set('isLocked', true));

    await tablet.until(() => tablet.doc.getMap('control').get('isLocked') === true);
    expect(tablet.socket.readyState).toBe(tablet.socket.OPEN);
  });
});

describe('what a device writes (a hostile tablet with a real participant key)', () => {
  /** A raw client on skolen's own section, which the server lets it write. */
  async function expectWriteRefused(part: string, key: string, reason: string, update: Uint8Array, setUp?: () => Promise<void>) {
    await setUp?.();
    const facilitator = await RawClient.synced(docUrl(part, room.facilitatorKey));
    // The facilitator's second device: it receives every document (the projector no pieces before the reveal).
    const observer = await RawClient.synced(docUrl(part, room.facilitatorKey));
    const before = Y.encodeStateAsUpdate(await serverContent(server.ws, room.roomId, part, room.facilitatorKey));
    const device = await RawClient.synced(docUrl(part, key));

    device.send(updateMessage(update));
    const closed = await device.closed;
    expect([closed.code, closed.reason]).toEqual([4422, reason]);

    const { update: markerUpdate, isIn } = marker(part);
    facilitator.send(updateMessage(markerUpdate));
    await observer.until(() => isIn(observer.doc));
    const stored = await serverContent(server.ws, room.roomId, part, room.facilitatorKey);
    // Nothing of the refused write was stored or sent on: the document is what it was, plus the marker.
    const expected = new Y.Doc();
    Y.applyUpdate(expected, before);
    Y.applyUpdate(expected, markerUpdate);
    expect(contentOf(stored, expected)).toEqual(contentOf(expected, stored));
    expect(contentOf(observer.doc, expected)).toEqual(contentOf(expected, observer.doc));
    expect(Y.encodeStateVector(stored)).toEqual(Y.encodeStateVector(expected));
  }

  const org = 'org/skolen';
  const pieces = 'pieces/skolen';

  /** Every top-level map of `doc` (and of `other`, so a map only one has shows) as JSON. */
  function contentOf(doc: Y.Doc, other: Y.Doc): Record<string, unknown> {
    const names = new Set([...doc.share.keys(), ...other.share.keys()]);
    return Object.fromEntries([...names].sort().map((name) => [name, doc.getMap(name).toJSON()]));
  }

  it('refuses a placed entry that is a number instead of a record (the write that blanked every screen)', async () => {
    await expectWriteRefused(pieces, skolenKey, 'write-wrong-shape', mapUpdate('placed', 'bredere-maalgruppe', 7));
  });

  it('refuses an example of almost a megabyte', async () => {
    await expectWriteRefused(pieces, skolenKey, 'write-wrong-field', recordUpdate('placed', 'bredere-maalgruppe', { example: 'x'.repeat(900_000), order: 0 }));
  });

  it('refuses a value that is not in play', async () => {
    await expectWriteRefused(pieces, skolenKey, 'value-missing', recordUpdate('placed', 'noget-helt-andet', { example: '', order: 0 }), async () => {
      const setup = await RawClient.synced(docUrl('setup', room.facilitatorKey));
      write(setup, (doc) => doc.getMap('coreDisabled').set('oeget-faglighed', true));
      await delay(50);
    });
  });

  it('refuses a value the facilitator switched off', async () => {
    const setup = await RawClient.synced(docUrl('setup', room.facilitatorKey));
    const { update, isIn } = marker('setup');
    write(setup, (doc) => doc.getMap('coreDisabled').set('oeget-faglighed', true));
    setup.send(updateMessage(update));
    const check = await RawClient.synced(docUrl('setup', room.projectorKey));
    await check.until(() => isIn(check.doc) && check.doc.getMap('coreDisabled').has('oeget-faglighed'));
    await expectWriteRefused(pieces, skolenKey, 'value-missing', recordUpdate('placed', 'oeget-faglighed', { example: '', order: 0 }));
  });

  it('refuses placing while the board is locked, and accepts it once unlocked', async () => {
    const control = await RawClient.synced(docUrl('control', room.facilitatorKey));
    write(control, (doc) => doc.getMap('control').set('isLocked', true));
    const check = await RawClient.synced(docUrl('control', room.projectorKey));
    await check.until(() => check.doc.getMap('control').get('isLocked') === true);
    await expectWriteRefused(pieces, skolenKey, 'board-locked', recordUpdate('placed', 'bredere-maalgruppe', { example: '', order: 0 }));

    write(control, (doc) => doc.getMap('control').set('isLocked', false));
    await check.until(() => check.doc.getMap('control').get('isLocked') === false);
    const tablet = await RawClient.synced(docUrl(pieces, skolenKey));
    const facilitator = await RawClient.synced(docUrl(pieces, room.facilitatorKey));
    write(tablet, (doc) => {
      const record = new Y.Map<unknown>();
      record.set('example', 'Flere unge i klubben');
      record.set('order', 0);
      doc.getMap('placed').set('bredere-maalgruppe', record);
    });
    await facilitator.until(() => facilitator.doc.getMap('placed').has('bredere-maalgruppe'));
    expect(tablet.socket.readyState).toBe(tablet.socket.OPEN);
  });

  it('refuses a warm-up answer while the facilitator has locked the warm-up, takes "Vi er færdige" meanwhile, and the answer once unlocked', async () => {
    const control = await RawClient.synced(docUrl('control', room.facilitatorKey));
    write(control, (doc) => doc.getMap('locks').set('opvarmning', true));
    const check = await RawClient.synced(docUrl('control', room.projectorKey));
    await check.until(() => check.doc.getMap('locks').get('opvarmning') === true);
    await expectWriteRefused(org, skolenKey, 'phase-locked', recordUpdate('drivers', 'a1', { text: 'Nye kunder', order: 0 }));

    const tablet = await RawClient.synced(docUrl(org, skolenKey));
    const facilitator = await RawClient.synced(docUrl(org, room.facilitatorKey));
    write(tablet, (doc) => doc.getMap('done').set('opvarmning', true));
    await facilitator.until(() => facilitator.doc.getMap('done').get('opvarmning') === true);
    write(control, (doc) => doc.getMap('locks').delete('opvarmning'));
    await check.until(() => !check.doc.getMap('locks').has('opvarmning'));
    write(tablet, (doc) => {
      const record = new Y.Map<unknown>();
      record.set('text', 'Nye kunder');
      record.set('order', 0);
      doc.getMap('drivers').set('a1', record);
    });
    await facilitator.until(() => facilitator.doc.getMap('drivers').has('a1'));
    expect(tablet.socket.readyState).toBe(tablet.socket.OPEN);
  });

  it('refuses a map the app does not know', async () => {
    await expectWriteRefused(org, skolenKey, 'write-unknown-map', mapUpdate('stickers', 'x', 1));
  });

  it('refuses a piece written into the organisation document, where an app from before the pieces had their own put it', async () => {
    await expectWriteRefused(org, skolenKey, 'write-unknown-map', recordUpdate('placed', 'bredere-maalgruppe', { example: '', order: 0 }));
  });

  it("keeps another organisation's pieces and examples from a tablet and the projector until the reveal, and again after hiding", async () => {
    const klubbenKey = await participantKey(server.http, room.roomId, 'klubben');
    const skolenPieces = await RawClient.synced(docUrl(pieces, skolenKey));
    write(skolenPieces, (doc) => {
      const record = new Y.Map<unknown>();
      record.set('example', 'Lektiehjælp hver tirsdag');
      record.set('order', 0);
      doc.getMap('placed').set('bredere-maalgruppe', record);
    });

    // Before the reveal: another tablet and the projector are refused skolen's pieces (4423) and get nothing of them.
    for (const key of [klubbenKey, room.projectorKey]) {
      const peeker = await RawClient.connect(docUrl(pieces, key));
      peeker.send(syncMessage((encoder) => syncProtocol.writeSyncStep1(encoder, peeker.doc)));
      const closed = await peeker.closed;
      expect([closed.code, closed.reason]).toEqual([4423, 'hidden until the reveal']);
      expect(peeker.doc.getMap('placed').size).toBe(0);
    }
    // What they may see: how many pieces skolen has placed, counted by the server.
    const tally = await RawClient.synced(docUrl('tally', klubbenKey));
    await tally.until(() => tally.doc.getMap('pieces').get('skolen') === 1);
    expect(JSON.stringify(tally.doc.toJSON())).not.toContain('Lektiehjælp');

    // After the reveal: both receive them.
    const control = await RawClient.synced(docUrl('control', room.facilitatorKey));
    write(control, (doc) => doc.getMap('control').set('isRevealed', true));
    const klubbenControl = await RawClient.synced(docUrl('control', klubbenKey));
    await klubbenControl.until(() => klubbenControl.doc.getMap('control').get('isRevealed') === true);
    const revealed = await RawClient.synced(docUrl(pieces, klubbenKey));
    const projector = await RawClient.synced(docUrl(pieces, room.projectorKey));
    for (const device of [revealed, projector]) {
      expect((device.doc.getMap('placed').get('bredere-maalgruppe') as Y.Map<unknown>).get('example')).toBe('Lektiehjælp hver tirsdag');
    }

    // Hidden again: their connections to skolen's pieces close, and a new one is refused; skolen's own stays.
    write(control, (doc) => doc.getMap('control').set('isRevealed', false));
    expect((await revealed.closed).code).toBe(4423);
    expect((await projector.closed).code).toBe(4423);
    expect((await (await RawClient.connect(docUrl(pieces, klubbenKey))).closed).code).toBe(4423);
    expect(skolenPieces.socket.readyState).toBe(skolenPieces.socket.OPEN);
  });

  it("keeps another organisation's cards from a tablet and the projector until the facilitator opens them up", async () => {
    const klubbenKey = await participantKey(server.http, room.roomId, 'klubben');
    const skolenCards = await RawClient.synced(docUrl('cards/skolen', skolenKey));
    write(skolenCards, (doc) => {
      const record = new Y.Map<unknown>();
      for (const [field, value] of Object.entries({ side: 'offer', text: 'Lokaler om aftenen', kind: 'lokaler', valueId: null, order: 0 })) record.set(field, value);
      doc.getMap('cards').set('card1', record);
    });
    for (const key of [klubbenKey, room.projectorKey]) {
      const peeker = await RawClient.connect(docUrl('cards/skolen', key));
      expect((await peeker.closed).code).toBe(4423);
      expect(peeker.doc.getMap('cards').size).toBe(0);
    }
    const tally = await RawClient.synced(docUrl('tally', room.projectorKey));
    await tally.until(() => tally.doc.getMap('cards').get('skolen') === 1);

    const control = await RawClient.synced(docUrl('control', room.facilitatorKey));
    write(control, (doc) => doc.getMap('control').set('areCardsShown', true));
    const check = await RawClient.synced(docUrl('control', room.projectorKey));
    await check.until(() => check.doc.getMap('control').get('areCardsShown') === true);
    const projector = await RawClient.synced(docUrl('cards/skolen', room.projectorKey));
    expect(projector.doc.getMap('cards').has('card1')).toBe(true);
    // The pieces stay hidden: opening the cards is not the reveal.
    expect((await (await RawClient.connect(docUrl(pieces, room.projectorKey))).closed).code).toBe(4423);
  });

  it('refuses every write to the tally, also from the facilitator (it is the server’s count)', async () => {
    const facilitator = await RawClient.synced(docUrl('tally', room.facilitatorKey));
    facilitator.send(updateMessage(mapUpdate('pieces', 'skolen', 30)));
    expect((await facilitator.closed).code).toBe(4403);
  });

  it('holds the facilitator to the same shapes (a buggy device is a hostile one)', async () => {
    await expectWriteRefused('control', room.facilitatorKey, 'write-wrong-field', mapUpdate('control', 'phase', 'dans'));
  });
});

describe('bad input', () => {
  it('closes a connection that sends more than 1 MB and keeps serving others', async () => {
    const facilitator = await RawClient.synced(docUrl('setup', room.facilitatorKey));
    facilitator.send(updateMessage(mapUpdate('facts', 'huge', 'x'.repeat(1024 * 1024 + 10))));

    expect((await facilitator.closed).code).toBe(1009);
    const stored = await serverContent(server.ws, room.roomId, 'setup', room.facilitatorKey);
    expect(stored.getMap('facts').has('huge')).toBe(false);
  });

  it.each([
    ['garbage bytes', new Uint8Array([0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff])],
    ['an empty message', new Uint8Array([])],
    ['an unknown message type', new Uint8Array([7, 0])],
    ['an unknown sync message', new Uint8Array([0, 9, 0])],
    ['a truncated update', updateMessage(mapUpdate('facts', 'title', 'Halvt')).slice(0, 12)],
    ['an update that is not Yjs', updateMessage(new Uint8Array([5, 200, 3, 1, 2, 3, 4, 5, 6, 7]))],
    ['an awareness update that is not JSON', new Uint8Array([1, 5, 1, 1, 1, 2, 123, 123])],
  ])('closes the connection on %s with 4400 and changes nothing', async (_name, bytes) => {
    const facilitator = await RawClient.synced(docUrl('setup', room.facilitatorKey));
    facilitator.send(bytes);
    expect((await facilitator.closed).code).toBe(4400);
    const stored = await serverContent(server.ws, room.roomId, 'setup', room.facilitatorKey);
    expect(stored.getMap('facts').size).toBe(0);
  });

  it('closes a connection that floods the server with messages (4429) and keeps serving others', async () => {
    const flooder = await RawClient.synced(docUrl('control', skolenKey));
    const projector = await RawClient.synced(docUrl('control', room.projectorKey));
    const query = new Uint8Array([3]);
    for (let message = 0; message < 1000; message++) flooder.send(query);
    expect((await flooder.closed).code).toBe(4429);
    const facilitator = await RawClient.synced(docUrl('control', room.facilitatorKey));
    write(facilitator, (doc) => doc.getMap('control').set('isLocked', true));
    await projector.until(() => projector.doc.getMap('control').get('isLocked') === true);
  });

  it('closes a connection that sends text frames', async () => {
    const facilitator = await RawClient.synced(docUrl('setup', room.facilitatorKey));
    facilitator.send('hello');
    expect((await facilitator.closed).code).toBe(4400);
  });

  it('survives a broken WebSocket frame on the wire', async () => {
    const facilitator = await RawClient.synced(docUrl('setup', room.facilitatorKey));
    // A frame with reserved bits set and an unknown opcode: not WebSocket at all.
    const raw = (facilitator.socket as unknown as { _socket: { write(bytes: Buffer): void } })._socket;
    raw.write(Buffer.from([0x7f, 0x85, 1, 2, 3, 4, 5, 6, 7, 8, 9]));
    expect((await facilitator.closed).code).not.toBe(1000);
    const again = await RawClient.synced(docUrl('setup', room.facilitatorKey));
    expect(again.socket.readyState).toBe(again.socket.OPEN);
  });

  it.each([
    ['an unknown room', () => `${server.ws}/sync/AAAAAAAAAAAAAAAAAAAAAA/setup?key=${room.facilitatorKey}`, 4404],
    ['a wrong key', () => docUrl('setup', 'not-the-key'), 4401],
    ['no key', () => `${server.ws}/sync/${room.roomId}/setup`, 4401],
    ['an organisation not in the room', () => docUrl('org/nobody', room.facilitatorKey), 4404],
    ['an unknown document', () => docUrl('secrets', room.facilitatorKey), 4400],
    ['a path with dots', () => `${server.ws}/sync/${room.roomId}/org/..%2F..%2Fsetup?key=${room.facilitatorKey}`, 4400],
  ])('closes a connection to %s', async (_name, url, code) => {
    const client = await RawClient.connect(url());
    expect((await client.closed).code).toBe(code);
  });

  it('refuses an upgrade from another origin, and allows its own and an allow-listed one', async () => {
    const url = docUrl('setup', room.facilitatorKey);
    await expect(RawClient.connect(url, { Origin: 'http://evil.example' })).rejects.toThrow('HTTP 403');
    const own = await RawClient.connect(url, { Origin: server.http });
    own.close();

    const allowing = await startTestServer({ allowedOrigins: ['http://localhost:5173'] });
    const otherRoom = await createRoom(allowing.http);
    const dev = await RawClient.connect(`${allowing.ws}/sync/${otherRoom.roomId}/setup?key=${otherRoom.facilitatorKey}`, {
      Origin: 'http://localhost:5173',
    });
    dev.close();
    await allowing.stop();
  });

  it('closes a tablet whose organisation was taken out of the setup document', async () => {
    const tablet = await RawClient.synced(docUrl('org/skolen', skolenKey));
    await setOrganisations(server.http, room, ['klubben']);
    expect((await tablet.closed).code).toBe(4401);
  });
});

describe('presence', () => {
  it("stamps each state with the connection's real role and organisation", async () => {
    const projector = await RawClient.synced(docUrl('control', room.projectorKey));
    const tablet = await RawClient.synced(docUrl('control', skolenKey));

    tablet.send(awarenessMessage([{ clientId: 77, clock: 1, state: { role: 'facilitator', organisationId: 'klubben', dragging: { valueId: 'tillid' } } }]));

    await projector.until(() => projector.awareness.has(77));
    expect(projector.awareness.get(77)).toEqual({ role: 'participant', organisationId: 'skolen', dragging: { valueId: 'tillid' } });
  });

  it('drops oversized states and removes a closed connection’s states for everyone', async () => {
    const projector = await RawClient.synced(docUrl('control', room.projectorKey));
    const tablet = await RawClient.synced(docUrl('control', skolenKey));

    tablet.send(awarenessMessage([{ clientId: 5, clock: 1, state: { filler: 'x'.repeat(5000) } }]));
    tablet.send(awarenessMessage([{ clientId: 6, clock: 1, state: { dragging: null } }]));
    await projector.until(() => projector.awareness.has(6));
    expect(projector.awareness.has(5)).toBe(false);

    tablet.close();
    await projector.until(() => !projector.awareness.has(6));
  });

  it('ignores a state echoed back by another device, so it still leaves with the device that set it', async () => {
    const projector = await RawClient.synced(docUrl('control', room.projectorKey));
    const tablet = await RawClient.synced(docUrl('control', skolenKey));
    const facilitator = await RawClient.synced(docUrl('control', room.facilitatorKey));
    tablet.send(awarenessMessage([{ clientId: 40, clock: 1, state: { dragging: null } }]));
    await facilitator.until(() => facilitator.awareness.has(40));

    // y-websocket clients send every awareness change they receive back to the server, unchanged.
    facilitator.send(awarenessMessage([{ clientId: 40, clock: 1, state: { dragging: null } }]));
    facilitator.send(awarenessMessage([{ clientId: 41, clock: 1, state: { dragging: null } }]));
    await projector.until(() => projector.awareness.has(41));
    expect(projector.awareness.get(40)).toEqual({ dragging: null, role: 'participant', organisationId: 'skolen' });

    tablet.close();
    await projector.until(() => !projector.awareness.has(40));
    expect(projector.awareness.has(41)).toBe(true);
  });

  it("refuses a connection changing or removing another device's presence", async () => {
    const projector = await RawClient.synced(docUrl('control', room.projectorKey));
    const facilitator = await RawClient.synced(docUrl('control', room.facilitatorKey));
    const tablet = await RawClient.synced(docUrl('control', skolenKey));
    facilitator.send(awarenessMessage([{ clientId: 7, clock: 1, state: { dragging: null } }]));
    await projector.until(() => projector.awareness.has(7));

    // The tablet takes the facilitator's id with a newer clock: as itself, then to make it leave.
    tablet.send(awarenessMessage([{ clientId: 7, clock: 5, state: { dragging: { valueId: 'x' } } }]));
    tablet.send(awarenessMessage([{ clientId: 7, clock: 6, state: null }]));
    // A marker of the tablet's own, sent after: once the projector has it, it has had everything before.
    tablet.send(awarenessMessage([{ clientId: 8, clock: 1, state: {} }]));
    await projector.until(() => projector.awareness.has(8));
    expect(projector.awareness.get(7)).toEqual({ dragging: null, role: 'facilitator', organisationId: null });
  });

  it('lets one connection own at most four awareness ids', async () => {
    const projector = await RawClient.synced(docUrl('control', room.projectorKey));
    const tablet = await RawClient.synced(docUrl('control', skolenKey));
    tablet.send(awarenessMessage([1, 2, 3, 4, 5, 6].map((clientId) => ({ clientId, clock: 1, state: {} }))));
    await projector.until(() => projector.awareness.size >= 4);
    await delay(100);
    expect([...projector.awareness.keys()].sort()).toEqual([1, 2, 3, 4]);
  });
});

describe('memory', () => {
  it('unloads a room document after its last connection and loads it again from disk', async () => {
    const quick = await startTestServer({ unloadAfterMs: 50 });
    const quickRoom = await createRoom(quick.http);
    const url = `${quick.ws}/sync/${quickRoom.roomId}/setup?key=${quickRoom.facilitatorKey}`;
    const facilitator = await RawClient.synced(url);
    write(facilitator, (doc) => doc.getMap('facts').set('title', 'Gemt'));
    const reader = await RawClient.synced(url);
    await reader.until(() => reader.doc.getMap('facts').get('title') === 'Gemt');
    // The room's documents are held while anyone is connected: setup, control, the tally and three per organisation.
    expect(quick.running.docs.loadedCount).toBe(9);

    facilitator.close();
    reader.close();
    await reader.until(() => quick.running.docs.loadedCount === 0);

    const later = await RawClient.synced(url);
    expect(later.doc.getMap('facts').get('title')).toBe('Gemt');
    later.close();
    await quick.stop();
  });
});
