/*
 * What a device knows of its link to a live session's server: the state the screens show and the close
 * codes that end it. Apart from the sync code (live-sync.ts, with y-websocket), so that screens showing
 * a link do not load it: it loads when a workshop goes live.
 */

/** What a device shows about its link to the server. */
export type LinkStatus = 'connecting' | 'connected' | 'offline' | 'refused';

export interface LinkState {
  status: LinkStatus;
  /** When every document was last in step with the server (ms since epoch), or null: never yet. */
  lastSyncedAt: number | null;
  /** With 'refused': the server's final close code (4400–4499, see server/PROTOCOL.md). */
  closeCode: number | null;
  /** With 4422 (a write refused): the reason the server gave, a problem code. */
  closeReason: string | null;
}

/** The server stopped taking this device's key: the facilitator freed its organisation, or took it out. */
export const KEY_REVOKED = 4401;

/** The server refused a write from this device (it does not read back whole, or breaks a rule of the game). */
export const WRITE_REFUSED = 4422;

/** The facilitator ended the room (server/PROTOCOL.md). */
export const ROOM_ENDED = 4410;
/** The room expired: nobody was connected for its time to live. */
export const ROOM_EXPIRED = 4411;

/** Why the live session is over for this device, or null while it is not. */
export function sessionOverReason(state: LinkState): 'ended' | 'expired' | null {
  if (state.status !== 'refused') return null;
  if (state.closeCode === ROOM_ENDED) return 'ended';
  if (state.closeCode === ROOM_EXPIRED) return 'expired';
  return null;
}
