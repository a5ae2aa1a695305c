import { useCallback, useSyncExternalStore } from 'react';
import type { Preparation } from '../domain/preparation.ts';
import { loadPreparation, savePreparation, subscribePreparation } from '../state/preparation-store.ts';

/** The facilitator's preparation for a workshop on this device, and a way to change it. */
export function usePreparation(workshopId: string): [Preparation, (change: Partial<Preparation>) => void] {
  const preparation = useSyncExternalStore(subscribePreparation, () => loadPreparation(workshopId));
  const update = useCallback(
    (change: Partial<Preparation>) => savePreparation(workshopId, { ...loadPreparation(workshopId), ...change }),
    [workshopId],
  );
  return [preparation, update];
}
