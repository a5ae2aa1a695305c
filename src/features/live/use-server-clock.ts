import { useEffect } from 'react';
import type { LiveSync } from '../../state/live-sync.ts';
import { bestOffset, sessionClock, type ClockSample } from '../../state/server-clock.ts';
import { pageApi } from './live-api.ts';
import { useLinkState } from './use-live.ts';

/** Questions per measurement: the quickest answer is the one trusted. */
const SAMPLES_PER_MEASUREMENT = 3;
/** Clocks drift apart slowly; once in a while is enough to stay within a second. */
const REMEASURE_MS = 5 * 60_000;

/** Asks the server's time a few times and returns the offset from the quickest answer (null: none came). */
export async function measureOffset(ask: () => Promise<ClockSample | null>, count = SAMPLES_PER_MEASUREMENT): Promise<number | null> {
  const samples: ClockSample[] = [];
  for (let index = 0; index < count; index++) {
    const sample = await ask();
    if (sample) samples.push(sample);
  }
  return bestOffset(samples);
}

async function askPageServer(): Promise<ClockSample | null> {
  const result = await pageApi().clockSample();
  return result.ok ? result.value : null;
}

/**
 * While this device is connected to a live session, the phase timer follows the server's clock
 * (`sessionClock`): measured when the connection is made (again after every reconnect) and every few
 * minutes. The offset stays after the session is left: the countdowns it stamped are in the server's
 * time, and a facilitator carrying on alone should see them go on counting, not jump.
 */
export function useServerClock(sync: LiveSync | null): void {
  const isConnected = useLinkState(sync).status === 'connected';
  useEffect(() => {
    if (!isConnected) return undefined;
    let isCurrent = true;
    const measure = async () => {
      const offset = await measureOffset(askPageServer);
      if (isCurrent && offset !== null) sessionClock.setOffset(offset);
    };
    void measure();
    const interval = window.setInterval(() => void measure(), REMEASURE_MS);
    return () => {
      isCurrent = false;
      window.clearInterval(interval);
    };
  }, [isConnected]);
}
