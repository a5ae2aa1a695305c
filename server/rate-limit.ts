/**
 * Counts events per client (an IP address) in a sliding window. Used for wrong join codes (with a
 * six-character code, unlimited guessing would find an open room quickly) and for creating rooms.
 */
export class SlidingWindowLimiter {
  private readonly events = new Map<string, number[]>();

  constructor(
    private readonly maxEvents: number,
    private readonly windowMs: number,
    private readonly now: () => number = Date.now,
  ) {}

  /** Milliseconds until this client may try again, or 0 if it may try now. */
  retryAfterMs(client: string): number {
    const recent = this.recent(client);
    if (recent.length < this.maxEvents) return 0;
    return recent[recent.length - this.maxEvents]! + this.windowMs - this.now();
  }

  record(client: string): void {
    const recent = this.recent(client);
    recent.push(this.now());
    this.events.set(client, recent);
    if (this.events.size > 10_000) this.forgetIdle();
  }

  private recent(client: string): number[] {
    const since = this.now() - this.windowMs;
    return (this.events.get(client) ?? []).filter((time) => time > since);
  }

  /** Keeps memory bounded when many addresses come once. */
  private forgetIdle(): void {
    for (const client of [...this.events.keys()]) {
      if (this.recent(client).length === 0) this.events.delete(client);
    }
  }
}
