import { expect } from '@playwright/test';
import * as syncProtocol from 'y-protocols/sync';
import * as Y from 'yjs';
import { RawClient, syncMessage, updateMessage } from '../support/test-server.ts';

/*
 * A raw y-websocket client in the test's own process, for the live-session browser tests: what a
 * hostile or buggy device could send the session server, with a real key taken from a tablet.
 */

export const SYNC_TIMEOUT = 20_000;
/** How long a refused write's connection may take to be closed; an accepted write is never closed. */
export const CLOSE_TIMEOUT = 15_000;

/** `promise`, or a failure naming `what` after `ms`: an accepted write's connection is never closed. */
export async function within<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_resolve, reject) => {
    timer = setTimeout(() => reject(new Error(`timed out after ${ms} ms: ${what}`)), ms);
  });
  try {
    return await Promise.race([promise, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

/** The room and the read-only key in the projector's address (`…#/live/<roomId>/<projectorKey>`). */
export function projectorRoom(url: string): { roomId: string; projectorKey: string } {
  const [, id, key] = /#\/live\/([^/]+)\/([^/?#]+)$/.exec(url) ?? [];
  if (!id || !key) throw new Error(`not a projector address: ${url}`);
  return { roomId: id, projectorKey: key };
}

/** One room of the session server on `port`, as raw clients see it. */
export class RawRoom {
  constructor(
    readonly port: number,
    readonly roomId: string,
  ) {}

  /** The server's address for one of the room's documents, with `key`. */
  docUrl(part: string, key: string): string {
    return `ws://127.0.0.1:${this.port}/sync/${this.roomId}/${part}?key=${encodeURIComponent(key)}`;
  }

  /** A raw client on a fresh connection, holding the server's copy of the document. */
  async client(part: string, key: string): Promise<RawClient> {
    const client = await RawClient.connect(this.docUrl(part, key));
    // The server's sync step 2 (message 0, 1) brings its state: RawClient applies it to client.doc.
    const synced = new Promise<void>((resolve) => {
      client.socket.on('message', (data: Buffer) => {
        if (data[0] === 0 && data[1] === syncProtocol.messageYjsSyncStep2) setImmediate(resolve);
      });
    });
    client.send(syncMessage((encoder) => syncProtocol.writeSyncStep1(encoder, client.doc)));
    await within(synced, SYNC_TIMEOUT, `the server's state of ${part}`);
    return client;
  }

  /**
   * Sends one change to `part` on a fresh connection with `key`, as a hostile tablet would, and expects
   * the server to close that connection with `code` and `reason`.
   */
  async expectClosed(part: string, key: string, [code, reason]: [number, string], change: (doc: Y.Doc) => void): Promise<void> {
    const hostile = await this.client(part, key);
    const before = Y.encodeStateVector(hostile.doc);
    change(hostile.doc);
    hostile.send(updateMessage(Y.encodeStateAsUpdate(hostile.doc, before)));
    const closed = await within(hostile.closed, CLOSE_TIMEOUT, `the server closing the connection that wrote ${reason}`);
    expect([closed.code, closed.reason]).toEqual([code, reason]);
  }
}
