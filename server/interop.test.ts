import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import * as Y from 'yjs';
import { WebsocketProvider } from 'y-websocket';
import { readWorkshop, type WorkshopDocSet } from '../src/domain/workshop-doc.ts';
import { createRoom, participantKey, serverContent, startTestServer, type CreatedRoom, type TestServer } from '../tests/support/test-server.ts';

/**
 * The standard Yjs client, `y-websocket`'s WebsocketProvider, against our server: the same class the app
 * uses in the browser, here with `ws` as its WebSocket. BroadcastChannel is off, or providers in one
 * process would sync with each other without the server.
 */

let server: TestServer;
let room: CreatedRoom;
const providers: WebsocketProvider[] = [];

beforeEach(async () => {
  server = await startTestServer();
  room = await createRoom(server.http, ['skolen', 'klubben']);
});

afterEach(async () => {
  for (const provider of providers.splice(0)) provider.destroy();
  await server.stop();
});

function connect(part: string, key: string, doc = new Y.Doc()): WebsocketProvider {
  const provider = new WebsocketProvider(`${server.ws}/sync`, `${room.roomId}/${part}`, doc, {
    params: { key },
    WebSocketPolyfill: WebSocket as unknown as typeof globalThis.WebSocket,
    disableBc: true,
  });
  providers.push(provider);
  return provider;
}

function synced(provider: WebsocketProvider): Promise<void> {
  return provider.synced ? Promise.resolve() : new Promise((resolve) => provider.once('sync', () => resolve()));
}

async function eventually(condition: () => boolean, ms = 5000): Promise<void> {
  const deadline = Date.now() + ms;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error('timed out waiting');
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

/** A record as the app writes an entry: a Y.Map of plain fields. */
function record(fields: Record<string, unknown>): Y.Map<unknown> {
  const map = new Y.Map<unknown>();
  for (const [key, value] of Object.entries(fields)) map.set(key, value);
  return map;
}

describe('y-websocket client against our server', () => {
  it('syncs a facilitator, a tablet and the projector, which sees the pieces only after the reveal', async () => {
    const skolenKey = await participantKey(server.http, room.roomId, 'skolen');
    const facilitatorSetup = connect('setup', room.facilitatorKey);
    facilitatorSetup.doc.getMap('facts').set('title', 'Netværksmøde i Gellerup');
    const tabletSetup = connect('setup', skolenKey);
    const tabletPieces = connect('pieces/skolen', skolenKey);
    const projectorTally = connect('tally', room.projectorKey);
    await Promise.all([tabletSetup, tabletPieces, projectorTally].map(synced));

    await eventually(() => tabletSetup.doc.getMap('facts').get('title') === 'Netværksmøde i Gellerup');
    tabletPieces.doc.getMap('placed').set('bredere-maalgruppe', record({ example: 'Tillid', order: 0 }));
    // Before the reveal the projector has the count, not the piece.
    await eventually(() => projectorTally.doc.getMap('pieces').get('skolen') === 1);

    const facilitatorControl = connect('control', room.facilitatorKey);
    await synced(facilitatorControl);
    facilitatorControl.doc.getMap('control').set('isRevealed', true);
    await eventually(() => (projectorTally.doc.getMap('pieces').get('skolen') as number) === 1);
    const projectorPieces = connect('pieces/skolen', room.projectorKey);
    await eventually(() => (projectorPieces.doc.getMap('placed').get('bredere-maalgruppe') as Y.Map<unknown> | undefined)?.get('example') === 'Tillid');
  });

  it('merges ten pieces placed while a tablet was offline', async () => {
    const skolenKey = await participantKey(server.http, room.roomId, 'skolen');
    const tablet = connect('cards/skolen', skolenKey);
    const facilitator = connect('cards/skolen', room.facilitatorKey);
    await Promise.all([synced(tablet), synced(facilitator)]);

    tablet.disconnect();
    for (let card = 0; card < 10; card++) tablet.doc.getMap('cards').set(`card-${card}`, record({ side: 'offer', text: `Kort ${card}`, kind: 'lokaler', valueId: null, order: card }));
    expect(facilitator.doc.getMap('cards').size).toBe(0);
    tablet.connect();

    await eventually(() => facilitator.doc.getMap('cards').size === 10);
    const stored = await serverContent(server.ws, room.roomId, 'cards/skolen', room.facilitatorKey);
    expect(stored.getMap('cards').size).toBe(10);
  });

  it('stops a tablet that changes the control document, with 4403, and keeps the change out', async () => {
    const skolenKey = await participantKey(server.http, room.roomId, 'skolen');
    const tablet = connect('control', skolenKey);
    await synced(tablet);
    const closed = new Promise<{ code: number }>((resolve) => tablet.once('closed', (event) => resolve(event)));

    tablet.doc.getMap('control').set('isRevealed', true);

    expect((await closed).code).toBe(4403);
    expect(tablet.shouldConnect).toBe(false);
    const stored = await serverContent(server.ws, room.roomId, 'control', room.facilitatorKey);
    expect(stored.getMap('control').has('isRevealed')).toBe(false);
  });

  it('keeps a read-only tablet connected across reconnects while the facilitator overwrites and deletes', async () => {
    const skolenKey = await participantKey(server.http, room.roomId, 'skolen');
    const facilitator = connect('control', room.facilitatorKey);
    const tablet = connect('control', skolenKey);
    await Promise.all([synced(facilitator), synced(tablet)]);
    const closes: number[] = [];
    tablet.on('connection-close', (event) => closes.push(event?.code ?? 0));

    for (const phase of ['opvarmning', 'vaerdispillet', 'faelles-billede']) facilitator.doc.getMap('control').set('phase', phase);
    facilitator.doc.getMap('control').set('isLocked', true);
    facilitator.doc.getMap('control').delete('isLocked');
    await eventually(() => tablet.doc.getMap('control').get('phase') === 'faelles-billede' && !tablet.doc.getMap('control').has('isLocked'));

    // On reconnect the tablet sends its whole delete set in its sync step 2: the server must see nothing new.
    tablet.disconnect();
    tablet.connect();
    await synced(tablet);
    facilitator.doc.getMap('control').set('phase', 'goer-hinanden-staerkere');
    await eventually(() => tablet.doc.getMap('control').get('phase') === 'goer-hinanden-staerkere');
    expect(closes.filter((code) => code !== 0)).toEqual([]);
    expect(tablet.wsconnected).toBe(true);
  });

  it('stops trying with a wrong key (4401)', async () => {
    const provider = connect('setup', 'wrong');
    const closed = await new Promise<{ code: number }>((resolve) => provider.once('closed', (event) => resolve(event)));
    expect(closed.code).toBe(4401);
  });

  it('shares presence with the role and organisation the key gives', async () => {
    const klubbenKey = await participantKey(server.http, room.roomId, 'klubben');
    const tablet = connect('control', klubbenKey);
    const projector = connect('control', room.projectorKey);
    await Promise.all([synced(tablet), synced(projector)]);

    tablet.awareness.setLocalState({ role: 'participant', organisationId: 'klubben', dragging: { valueId: 'tillid' } });

    await eventually(() => projector.awareness.getStates().has(tablet.doc.clientID));
    expect(projector.awareness.getStates().get(tablet.doc.clientID)).toEqual({
      role: 'participant',
      organisationId: 'klubben',
      dragging: { valueId: 'tillid' },
    });
    tablet.disconnect();
    await eventually(() => !projector.awareness.getStates().has(tablet.doc.clientID));
  });
});

describe('two app versions in one session', () => {
  it('keeps both working when one writes a field the other does not know and leaves out one it expects', async () => {
    const skolenKey = await participantKey(server.http, room.roomId, 'skolen');
    // The facilitator runs this version; the tablet a newer cached one.
    const setup = connect('setup', room.facilitatorKey);
    setup.doc.getMap('facts').set('title', 'Netværksmøde');
    setup.doc.getMap('organisations').set('skolen', record({ name: 'Skolen', actorType: 'kommunale-institutioner', contact: '', position: 0 }));
    setup.doc.getMap('organisations').set('klubben', record({ name: 'Klubben', actorType: 'frivillige-organisationer', contact: '', position: 1 }));
    const facilitator = connect('cards/skolen', room.facilitatorKey);
    const newer = connect('cards/skolen', skolenKey);
    const facilitatorPieces = connect('pieces/skolen', room.facilitatorKey);
    const newerPieces = connect('pieces/skolen', skolenKey);
    await Promise.all([setup, facilitator, newer, facilitatorPieces, newerPieces].map(synced));

    // The newer version's records: a field this version does not know (`priority`), and no `order`.
    newer.doc.getMap('cards').set('c1', record({ side: 'offer', text: 'Lokaler om aftenen', kind: 'lokaler', valueId: null, priority: 'high' }));
    newerPieces.doc.getMap('placed').set('bredere-maalgruppe', record({ example: 'Flere unge', colourHint: 'amber' }));
    const view = (): WorkshopDocSet => ({ workshopId: 'w', setup: setup.doc, control: new Y.Doc(), orgDoc: () => new Y.Doc(), piecesDoc: () => facilitatorPieces.doc, cardsDoc: () => facilitator.doc });
    await eventually(() => readWorkshop(view()).cards.skolen?.length === 1 && readWorkshop(view()).sections.skolen?.placed.length === 1);
    expect(readWorkshop(view()).cards.skolen).toEqual([{ id: 'c1', side: 'offer', text: 'Lokaler om aftenen', kind: 'lokaler', valueId: null }]);
    expect(readWorkshop(view()).sections.skolen?.placed).toEqual([{ valueId: 'bredere-maalgruppe', example: 'Flere unge' }]);

    // This version edits the card as its command does (one field); the newer version's field stays.
    (facilitator.doc.getMap('cards').get('c1') as Y.Map<unknown>).set('text', 'Lokaler hver tirsdag');
    await eventually(() => (newer.doc.getMap('cards').get('c1') as Y.Map<unknown>).get('text') === 'Lokaler hver tirsdag');
    expect((newer.doc.getMap('cards').get('c1') as Y.Map<unknown>).get('priority')).toBe('high');
    const stored = await serverContent(server.ws, room.roomId, 'cards/skolen', room.facilitatorKey);
    expect((stored.getMap('cards').get('c1') as Y.Map<unknown>).toJSON()).toEqual({ side: 'offer', text: 'Lokaler hver tirsdag', kind: 'lokaler', valueId: null, priority: 'high' });
    const storedPieces = await serverContent(server.ws, room.roomId, 'pieces/skolen', room.facilitatorKey);
    expect((storedPieces.getMap('placed').get('bredere-maalgruppe') as Y.Map<unknown>).get('colourHint')).toBe('amber');
    // Nobody was refused: all are still connected.
    expect([newer.wsconnected, facilitator.wsconnected, newerPieces.wsconnected]).toEqual([true, true, true]);
  });
});
