import type { Role } from './rooms.ts';

/**
 * Caps on open WebSocket connections, so that one device (or a script with a participant key) cannot
 * hold the server's sockets and memory: per client address, and per room. Every device opens one
 * connection per document (setup, control, one per organisation), so a device in a workshop with
 * 20 organisations holds 22; the defaults leave room for the facilitator's laptop that is also the
 * projector with 100 organisations (204), and for 30 devices in a 30-organisation workshop (960).
 */
export interface ConnectionCapsOptions {
  perAddress: number;
  perRoom: number;
  /**
   * Addresses not capped per address: loopback by default. They are the server's own machine, whose
   * users can read the data folder anyway, or a reverse proxy on it, behind which every device would
   * share one address.
   */
  isUncapped: (address: string) => boolean;
}

/** Refused because a cap is reached; 44xx: y-websocket 3 does not reconnect (see PROTOCOL.md). */
export const TOO_MANY_CONNECTIONS = 4429;

export function isLoopbackAddress(address: string): boolean {
  return address === '::1' || /^(::ffff:)?127\./.test(address);
}

export const DEFAULT_CONNECTION_CAPS: ConnectionCapsOptions = { perAddress: 256, perRoom: 1024, isUncapped: isLoopbackAddress };

/** A place taken for one connection; give it back when the connection closes. */
export interface ConnectionPlace {
  release(): void;
}

function increment(counts: Map<string, number>, key: string, by: number): void {
  const count = (counts.get(key) ?? 0) + by;
  if (count === 0) counts.delete(key);
  else counts.set(key, count);
}

export class ConnectionCaps {
  private readonly options: ConnectionCapsOptions;
  private readonly byAddress = new Map<string, number>();
  private readonly byRoom = new Map<string, number>();

  constructor(options: Partial<ConnectionCapsOptions> = {}) {
    this.options = { ...DEFAULT_CONNECTION_CAPS, ...options };
  }

  /**
   * Takes a place for a connection from `address` to `roomId`, or says which cap is reached. The
   * facilitator is counted in the room but never refused by its cap: a full room must not lock out
   * the one device that can end it.
   */
  admit(address: string, roomId: string, role: Role): ConnectionPlace | 'address' | 'room' {
    const key = address.replace(/^::ffff:/, '');
    const isCapped = !this.options.isUncapped(address);
    if (isCapped && (this.byAddress.get(key) ?? 0) >= this.options.perAddress) return 'address';
    if (role.kind !== 'facilitator' && (this.byRoom.get(roomId) ?? 0) >= this.options.perRoom) return 'room';
    if (isCapped) increment(this.byAddress, key, 1);
    increment(this.byRoom, roomId, 1);
    let isReleased = false;
    return {
      release: () => {
        if (isReleased) return;
        isReleased = true;
        if (isCapped) increment(this.byAddress, key, -1);
        increment(this.byRoom, roomId, -1);
      },
    };
  }

  /** Open connections counted for an address (loopback is not counted) and for a room. */
  count(what: { address: string } | { roomId: string }): number {
    return 'address' in what ? (this.byAddress.get(what.address.replace(/^::ffff:/, '')) ?? 0) : (this.byRoom.get(what.roomId) ?? 0);
  }
}
