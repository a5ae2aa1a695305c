// Shared by the benchmarks that talk to the session server: start it, its REST calls, and a room's
// documents opened with y-websocket's client as the app opens them.
import { spawn } from 'node:child_process';
import WebSocket from 'ws';
import * as Y from 'yjs';
import { WebsocketProvider } from 'y-websocket';

export async function waitForHttp(url) {
  for (let attempt = 0; attempt < 200; attempt++) {
    try {
      await fetch(url);
      return;
    } catch {
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
  throw new Error(`${url} did not start`);
}

/** Our session server (server/main.ts) on loopback with the data folder `dataDir`; `flags` go to Node. */
export async function startOurServer(port, dataDir, flags = []) {
  const child = spawn(process.execPath, [...flags, '--import', 'tsx', 'server/main.ts', '--port', String(port), '--host', '127.0.0.1', '--data', dataDir], {
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  await waitForHttp(`http://127.0.0.1:${port}/api/info`);
  return child;
}

export async function postJson(url, body) {
  const response = await fetch(url, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) });
  if (!response.ok) throw new Error(`${url}: ${response.status}`);
  return response.json();
}

/**
 * One of a room's documents with y-websocket's client. With a key, on our server's `/sync`; without, on
 * the reference server, which takes the room name as it is. Presence lives on control only, as in the app.
 */
export function openDoc(port, roomId, part, key) {
  const doc = new Y.Doc();
  const provider = new WebsocketProvider(`ws://127.0.0.1:${port}${key ? '/sync' : ''}`, `${roomId}/${part}`, doc, {
    params: key ? { key } : {},
    WebSocketPolyfill: WebSocket,
    disableBc: true,
  });
  if (part !== 'control') provider.awareness.setLocalState(null);
  return provider;
}

export function synced(provider) {
  return provider.synced ? Promise.resolve() : new Promise((resolve) => provider.once('sync', resolve));
}

/**
 * Lists `organisationIds` in the room's setup document, as the facilitator's app does (our server reads
 * the room's organisations from there), and resolves once the server has them.
 */
export async function listOrganisations(port, room, organisationIds) {
  const provider = openDoc(port, room.roomId, 'setup', room.facilitatorKey);
  await synced(provider);
  provider.doc.transact(() => {
    organisationIds.forEach((id, position) => {
      const record = new Y.Map();
      for (const [field, value] of Object.entries({ name: id, actorType: 'erhvervsdrivende', contact: '', position })) record.set(field, value);
      provider.doc.getMap('organisations').set(id, record);
    });
  });
  for (;;) {
    const { organisations } = await postJson(`http://127.0.0.1:${port}/api/join`, { code: room.joinCode });
    if (organisations.length === organisationIds.length) break;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  provider.destroy();
}

/**
 * The facilitator shows every organisation's cards (control.areCardsShown), as on the collaboration
 * screen; resolves once another connection reads it back, so the server has it before any device asks.
 */
export async function showCards(port, room) {
  const provider = openDoc(port, room.roomId, 'control', room.facilitatorKey);
  await synced(provider);
  provider.doc.getMap('control').set('areCardsShown', true);
  const reader = openDoc(port, room.roomId, 'control', room.projectorKey);
  while (reader.doc.getMap('control').get('areCardsShown') !== true) await new Promise((resolve) => setTimeout(resolve, 20));
  reader.destroy();
  provider.destroy();
}
