import { useSyncExternalStore } from 'react';
import type { LinkState } from '../../state/live-link.ts';
import type { LiveSync, PeerPresence } from '../../state/live-sync.ts';

const NO_PEERS: PeerPresence[] = [];
const NOT_LINKED: LinkState = { status: 'connecting', lastSyncedAt: null, closeCode: null, closeReason: null };
const noSubscription = () => () => {};

/** The device's link to the server, re-rendering when it changes (connecting while there is no link yet). */
export function useLinkState(sync: LiveSync | null): LinkState {
  return useSyncExternalStore(sync?.subscribe ?? noSubscription, sync?.getState ?? (() => NOT_LINKED));
}

/** The other devices in the room, re-rendering when one comes, goes or picks up a piece. */
export function usePeers(sync: LiveSync | null): PeerPresence[] {
  return useSyncExternalStore(sync?.subscribePeers ?? noSubscription, sync?.getPeers ?? (() => NO_PEERS));
}
