import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import type { Role } from './rooms.ts';

/**
 * Awareness (presence, remote drags) is allowed from every role, also on read-only documents, but it is
 * still input from the network. Before the server applies a client's awareness update it
 *
 * - drops a state over MAX_AWARENESS_STATE_BYTES (a device's presence is a few dozen bytes),
 * - drops states for more than MAX_AWARENESS_CLIENTS_PER_CONNECTION client ids per connection,
 * - overwrites `role` and `organisationId` with what the connection's key says, so a tablet cannot show
 *   up on the projector as another organisation or as the facilitator.
 *
 * The awareness update format (y-protocols/awareness): count, then per client its id, its clock and its
 * state as a JSON string (`null` when the client left).
 */

export const MAX_AWARENESS_STATE_BYTES = 2048;
export const MAX_AWARENESS_CLIENTS_PER_CONNECTION = 4;

export interface AwarenessEntry {
  clientId: number;
  clock: number;
  state: Record<string, unknown> | null;
}

/** Throws on anything that is not a well-formed awareness update. */
export function decodeAwarenessUpdate(update: Uint8Array): { entries: AwarenessEntry[]; oversized: number } {
  const decoder = decoding.createDecoder(update);
  const count = decoding.readVarUint(decoder);
  const entries: AwarenessEntry[] = [];
  let oversized = 0;
  for (let index = 0; index < count; index++) {
    const clientId = decoding.readVarUint(decoder);
    const clock = decoding.readVarUint(decoder);
    const json = decoding.readVarString(decoder);
    if (Buffer.byteLength(json) > MAX_AWARENESS_STATE_BYTES) {
      oversized++;
      continue;
    }
    const state: unknown = JSON.parse(json);
    if (state !== null && (typeof state !== 'object' || Array.isArray(state))) throw new Error('awareness state is not an object');
    entries.push({ clientId, clock, state: state as Record<string, unknown> | null });
  }
  return { entries, oversized };
}

export function encodeAwarenessEntries(entries: AwarenessEntry[]): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, entries.length);
  for (const { clientId, clock, state } of entries) {
    encoding.writeVarUint(encoder, clientId);
    encoding.writeVarUint(encoder, clock);
    encoding.writeVarString(encoder, JSON.stringify(state));
  }
  return encoding.toUint8Array(encoder);
}

/** The state as the server passes it on: role and organisation from the key, not from the client. */
export function stampState(state: Record<string, unknown> | null, role: Role): Record<string, unknown> | null {
  if (state === null) return null;
  return { ...state, role: role.kind, organisationId: role.kind === 'participant' ? role.organisationId : null };
}

/**
 * The entries a connection may set: its own ids (at most the cap) with stamped states. `owned` is the
 * set of ids this connection has set so far; it is updated.
 */
export function admitAwarenessEntries(entries: AwarenessEntry[], role: Role, owned: Set<number>): AwarenessEntry[] {
  const admitted: AwarenessEntry[] = [];
  for (const entry of entries) {
    if (!owned.has(entry.clientId)) {
      if (owned.size >= MAX_AWARENESS_CLIENTS_PER_CONNECTION) continue;
      owned.add(entry.clientId);
    }
    admitted.push({ ...entry, state: stampState(entry.state, role) });
  }
  return admitted;
}
