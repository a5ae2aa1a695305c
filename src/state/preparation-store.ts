import { readPreparation, type Preparation } from '../domain/preparation.ts';

/*
 * The facilitator's preparation for a workshop (meeting length, start time, checklist ticks), kept in
 * this device's localStorage under the workshop's id: local to the facilitator, never in the workshop's
 * documents (docs/facilitator-guide.md). Screens that show it subscribe, so the guide and the export
 * menu agree.
 */

const PREFIX = 'vaerdispil.preparation.';
const listeners = new Set<() => void>();
/** Read once per workshop and then kept: `useSyncExternalStore` needs the same object until it changes. */
const cache = new Map<string, Preparation>();

export function loadPreparation(workshopId: string): Preparation {
  const cached = cache.get(workshopId);
  if (cached) return cached;
  let raw: unknown = null;
  try {
    const text = localStorage.getItem(PREFIX + workshopId);
    raw = text === null ? null : JSON.parse(text);
  } catch {
    // Storage refused or spoilt: start from the defaults.
  }
  const preparation = readPreparation(raw);
  cache.set(workshopId, preparation);
  return preparation;
}

export function savePreparation(workshopId: string, preparation: Preparation): void {
  const clean = readPreparation(preparation);
  cache.set(workshopId, clean);
  try {
    localStorage.setItem(PREFIX + workshopId, JSON.stringify(clean));
  } catch {
    // Storage refused (private browsing): the preparation lasts for this visit only.
  }
  for (const listener of listeners) listener();
}

/**
 * A copied workshop (usually the next meeting of the same group) takes the meeting's length and start,
 * with the checklist unticked. Nothing is written when the original has no preparation stored.
 */
export function copyPreparation(fromId: string, toId: string): void {
  let isStored = false;
  try {
    isStored = localStorage.getItem(PREFIX + fromId) !== null;
  } catch {
    // Storage refused: there is nothing to copy.
  }
  if (isStored) savePreparation(toId, { ...loadPreparation(fromId), checked: [] });
}

/** Forgets a deleted workshop's preparation. */
export function forgetPreparation(workshopId: string): void {
  cache.delete(workshopId);
  try {
    localStorage.removeItem(PREFIX + workshopId);
  } catch {
    // Nothing stored, or storage refused: nothing to forget.
  }
}

export function subscribePreparation(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
