import { describe, expect, it } from 'vitest';
import { bestOffset, offsetOf, SessionClock, type ClockSample } from './server-clock.ts';

describe('the offset to the server clock', () => {
  it.each<[string, ClockSample, number]>([
    ['a device on time, instant answer', { sentAt: 1000, serverNow: 1000, receivedAt: 1000 }, 0],
    ['a device 7 minutes behind', { sentAt: 1000, serverNow: 421_050, receivedAt: 1100 }, 420_000],
    ['a device 3 minutes ahead', { sentAt: 181_000, serverNow: 1_020, receivedAt: 181_040 }, -180_000],
    ['the server read its clock mid-way', { sentAt: 0, serverNow: 250, receivedAt: 500 }, 0],
  ])('%s', (_name, sample, offset) => {
    expect(offsetOf(sample)).toBe(offset);
  });

  it('trusts the sample with the shortest round trip', () => {
    const samples: ClockSample[] = [
      // 400 ms there and back: the server's reading could be off by 200 ms.
      { sentAt: 0, serverNow: 60_350, receivedAt: 400 },
      { sentAt: 1_000, serverNow: 61_010, receivedAt: 1_020 },
      { sentAt: 2_000, serverNow: 62_100, receivedAt: 2_300 },
    ];
    expect(bestOffset(samples)).toBe(60_000);
  });

  it('rounds to a millisecond and skips samples it cannot use', () => {
    expect(bestOffset([])).toBeNull();
    expect(bestOffset([{ sentAt: 10, serverNow: 5, receivedAt: 9 }])).toBeNull();
    expect(bestOffset([{ sentAt: 0, serverNow: Number.NaN, receivedAt: 1 }])).toBeNull();
    expect(bestOffset([{ sentAt: 0, serverNow: 100, receivedAt: 3 }, { sentAt: 0, serverNow: Number.NaN, receivedAt: 1 }])).toBe(99);
  });
});

describe('SessionClock', () => {
  it("reads the device's clock plus the offset", () => {
    let device = 1_000_000;
    const clock = new SessionClock(() => device);
    expect(clock.now()).toBe(1_000_000);
    clock.setOffset(420_000);
    expect(clock.now()).toBe(1_420_000);
    device += 5_000;
    expect(clock.now()).toBe(1_425_000);
  });

  it('gives two devices with clocks minutes apart the same time once each knows its offset', () => {
    const server = 1_800_000_000_000;
    const tablet = new SessionClock(() => server + 7 * 60_000);
    const facilitator = new SessionClock(() => server - 3 * 60_000);
    tablet.setOffset(bestOffset([{ sentAt: server + 7 * 60_000, serverNow: server + 15, receivedAt: server + 7 * 60_000 + 30 }])!);
    facilitator.setOffset(bestOffset([{ sentAt: server - 3 * 60_000, serverNow: server + 10, receivedAt: server - 3 * 60_000 + 20 }])!);
    expect(tablet.now()).toBe(server);
    expect(facilitator.now()).toBe(server);
  });
});
