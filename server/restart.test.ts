import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import * as Y from 'yjs';
import { WebsocketProvider } from 'y-websocket';
import { createRoom, participantKey, postJson, RawClient, serverContent } from '../tests/support/test-server.ts';
import { freePort } from '../tests/support/free-port.ts';

/**
 * The real server process, started as `npm start` does (tsx server/main.ts), killed with SIGKILL — no
 * chance to flush anything — and started again on the same data folder.
 */

const dataDir = mkdtempSync(join(tmpdir(), 'vaerdi-restart-'));
const children: ChildProcess[] = [];

afterAll(() => {
  for (const child of children) child.kill('SIGKILL');
  rmSync(dataDir, { recursive: true, force: true });
});


/** Starts the server and resolves once it prints that it is running. */
async function startProcess(port: number): Promise<ChildProcess> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'server/main.ts', '--port', String(port), '--host', '127.0.0.1', '--data', dataDir], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  children.push(child);
  await new Promise<void>((resolve, reject) => {
    let output = '';
    child.stdout!.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      if (output.includes('kører på')) resolve();
    });
    child.once('exit', (code) => reject(new Error(`server exited with ${code}: ${output}`)));
  });
  return child;
}

async function killHard(child: ChildProcess): Promise<void> {
  const exited = new Promise((resolve) => child.once('exit', resolve));
  child.kill('SIGKILL');
  await exited;
}

/** An offer card as the app writes it. */
function record(order: number): Y.Map<unknown> {
  const map = new Y.Map<unknown>();
  for (const [key, value] of Object.entries({ side: 'offer', text: `Kort ${order}`, kind: 'lokaler', valueId: null, order })) map.set(key, value);
  return map;
}

describe('a server killed with SIGKILL', () => {
  it('comes back with every room, key and change', async () => {
    const port = await freePort();
    const http = `http://127.0.0.1:${port}`;
    const ws = `ws://127.0.0.1:${port}`;
    let server = await startProcess(port);
    const room = await createRoom(http, ['skolen']);
    const skolenKey = await participantKey(http, room.roomId, 'skolen');

    const tablet = new WebsocketProvider(`${ws}/sync`, `${room.roomId}/cards/skolen`, new Y.Doc(), {
      params: { key: skolenKey },
      WebSocketPolyfill: WebSocket as unknown as typeof globalThis.WebSocket,
      disableBc: true,
    });
    await new Promise((resolve) => tablet.once('sync', resolve));
    for (let card = 0; card < 50; card++) tablet.doc.getMap('cards').set(`card-${card}`, record(card));
    // A device that joins gets the server's state only once it is on disk, so all 50 are stored.
    const reader = await RawClient.synced(`${ws}/sync/${room.roomId}/cards/skolen?key=${room.facilitatorKey}`);
    await reader.until(() => reader.doc.getMap('cards').size === 50, 10_000);
    // Changes sent on to a connected device are written within the same turn: after a second
    // (server/PROTOCOL.md, Storage) a SIGKILL cannot take them back either.
    for (let card = 50; card < 60; card++) tablet.doc.getMap('cards').set(`card-${card}`, record(card));
    await reader.until(() => reader.doc.getMap('cards').size === 60, 10_000);
    await new Promise((resolve) => setTimeout(resolve, 1000));
    await killHard(server);
    tablet.destroy();
    reader.close();

    server = await startProcess(port);

    const stored = await serverContent(ws, room.roomId, 'cards/skolen', room.facilitatorKey);
    expect(stored.getMap('cards').size).toBe(60);
    expect((await postJson(`${http}/api/join`, { code: room.joinCode })).status).toBe(200);
    await killHard(server);
  }, 30_000);
});
