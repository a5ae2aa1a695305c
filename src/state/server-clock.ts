/*
 * In a live session the phase timer must count down alike on every device, whatever each device's own
 * clock says: a tablet's clock can be minutes off. The session server tells its time (`GET /api/time`);
 * a device keeps the difference between the server's clock and its own (the offset) and reads the time
 * as its own clock plus the offset. Until a device has been in a live session the offset is zero: the
 * device's own clock.
 */

/** One question to the server: when it left and when the answer came (device clock), and what the server said. */
export interface ClockSample {
  sentAt: number;
  serverNow: number;
  receivedAt: number;
}

/**
 * The server's clock minus the device's for one sample. The server read its clock somewhere during the
 * round trip; taking the middle makes the error at most half the round trip.
 */
export function offsetOf(sample: ClockSample): number {
  return sample.serverNow - (sample.sentAt + sample.receivedAt) / 2;
}

/**
 * The offset from the sample with the shortest round trip (the one that leaves the least room for
 * error), rounded to a millisecond; null when no sample is usable (none, or a clock that ran backwards
 * during the question, or an answer that is not a time).
 */
export function bestOffset(samples: readonly ClockSample[]): number | null {
  let best: ClockSample | null = null;
  for (const sample of samples) {
    const roundTrip = sample.receivedAt - sample.sentAt;
    if (!(roundTrip >= 0) || !Number.isFinite(sample.serverNow)) continue;
    if (!best || roundTrip < best.receivedAt - best.sentAt) best = sample;
  }
  return best ? Math.round(offsetOf(best)) : null;
}

/** A device's clock corrected by the offset to the session server's clock. */
export class SessionClock {
  private offsetMs = 0;

  constructor(private readonly deviceNow: () => number = () => Date.now()) {}

  /** The time (epoch ms) on the server's clock while in a live session, else the device's. */
  now(): number {
    return this.deviceNow() + this.offsetMs;
  }

  get offset(): number {
    return this.offsetMs;
  }

  setOffset(offsetMs: number): void {
    this.offsetMs = offsetMs;
  }
}

/**
 * The clock the phase timer reads and writes with on this device. One per device, because a device is
 * in at most one live session at a time (the facilitator's workshop, or the room a tablet joined); the
 * live feature sets its offset while connected.
 */
export const sessionClock = new SessionClock();
