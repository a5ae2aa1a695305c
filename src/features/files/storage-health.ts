/*
 * How safe the workshops are on this device: whether the browser has promised to keep them
 * (persistent storage, asked for once per start) and how full its storage is.
 */

/** Above this share of the quota the start page warns, while there is still room for a backup file. */
export const NEARLY_FULL_SHARE = 0.8;

export interface StorageHealth {
  /** True: the browser will not clear the data to make room; null: the browser does not say. */
  isPersisted: boolean | null;
  usage: number | null;
  quota: number | null;
}

let asked: Promise<boolean | null> | null = null;

/** Asks the browser once per start to keep this site's data (it may say no, or decide by itself). */
function askForPersistence(): Promise<boolean | null> {
  asked ??= (async () => {
    const storage = typeof navigator === 'undefined' ? undefined : navigator.storage;
    if (!storage?.persist || !storage.persisted) return null;
    try {
      return (await storage.persisted()) || (await storage.persist());
    } catch {
      return null;
    }
  })();
  return asked;
}

export async function readStorageHealth(): Promise<StorageHealth> {
  const isPersisted = await askForPersistence();
  try {
    const estimate = await navigator.storage?.estimate?.();
    return { isPersisted, usage: estimate?.usage ?? null, quota: estimate?.quota ?? null };
  } catch {
    return { isPersisted, usage: null, quota: null };
  }
}

/** The share of the quota in use (0–1), or null when the browser does not tell. */
export function usedShare(health: StorageHealth): number | null {
  return health.usage !== null && health.quota !== null && health.quota > 0 ? health.usage / health.quota : null;
}

export function isNearlyFull(health: StorageHealth): boolean {
  return (usedShare(health) ?? 0) > NEARLY_FULL_SHARE;
}

