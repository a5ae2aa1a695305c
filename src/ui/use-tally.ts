import { useCallback, useSyncExternalStore } from 'react';
import { readTally, type Tally } from '../domain/workshop-doc.ts';
import type { WorkshopSession } from '../state/workshop-session.ts';

/**
 * How many pieces and cards each organisation has, as the session server counts them: what a tablet or
 * the projector has of the others' before they are shown. Empty on a device that receives everything (the
 * facilitator's, or any device outside a live session).
 */
export function useTally(session: WorkshopSession): Tally {
  const { tally } = session.docs;
  const subscribe = useCallback(
    (listener: () => void) => {
      tally.on('update', listener);
      return () => tally.off('update', listener);
    },
    [tally],
  );
  return useSyncExternalStore(subscribe, () => readTally(tally));
}
