import { expect, test, type Browser, type BrowserContext, type Page } from '@playwright/test';
import { HIDDEN_TEXT, type BoardPage } from './pages/board-page.ts';
import { LiveServer } from './live-server.ts';

/*
 * The devices of the live-session browser tests: each one its own Chromium context, as on separate
 * machines, with the page errors it met (Content-Security-Policy violations included).
 */

export const DESKTOP = { viewport: { width: 1920, height: 1080 } };
export const TABLET = { viewport: { width: 820, height: 1180 }, hasTouch: true, isMobile: true };
export const TABLET_ON_ITS_SIDE = { viewport: { width: 1180, height: 820 }, hasTouch: true, isMobile: true };

export interface Device {
  context: BrowserContext;
  page: Page;
  errors: string[];
}

/**
 * Makes the device's clock run `skewMs` off, as a tablet whose clock was never set: `Date` and
 * `Date.now()` in every page of the context. Timers and the network are untouched.
 */
async function skewClock(context: BrowserContext, skewMs: number): Promise<void> {
  await context.addInitScript((offset: number) => {
    const RealDate = Date;
    class SkewedDate extends RealDate {
      constructor(...args: unknown[]) {
        if (args.length === 0) super(RealDate.now() + offset);
        else super(...(args as [number]));
      }

      static override now(): number {
        return RealDate.now() + offset;
      }
    }
    Object.defineProperty(globalThis, 'Date', { value: SkewedDate, configurable: true, writable: true });
  }, skewMs);
}

/** A new device on `baseURL`, in Danish with reduced motion; its clock `skewMs` off if given. */
export async function device(browser: Browser, baseURL: string, options: typeof DESKTOP | typeof TABLET, skewMs = 0): Promise<Device> {
  const context = await browser.newContext({ ...options, baseURL, locale: 'da-DK', reducedMotion: 'reduce' });
  if (skewMs !== 0) await skewClock(context, skewMs);
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  // The session server's Content-Security-Policy: what it blocks is an error too.
  page.on('console', (message) => {
    if (/Content Security Policy/i.test(message.text())) errors.push(message.text());
  });
  return { context, page, errors };
}

/**
 * How many pieces `organisation` has placed, as a board shows it: its filled slots, or before the reveal
 * on a device that does not receive its pieces, the count its hidden row says.
 */
export async function expectFilled(board: BoardPage, organisation: string, count: number): Promise<void> {
  await expect
    .poll(
      async () => {
        const texts = await board.rowCellTexts(organisation);
        const hidden = texts.length === 1 && texts[0]?.includes(HIDDEN_TEXT) ? texts[0] : null;
        return hidden === null ? texts.filter((text) => text !== 'tom').length : Number(/\d+/u.exec(hidden)?.[0]);
      },
      { timeout: 20_000 },
    )
    .toBe(count);
}

/**
 * A spec's own session server, started before its tests and stopped after them, with the devices the
 * tests open (each closed after the tests): `const live = useLiveServer();` then `live.server` and
 * `live.devices.push(…)` inside the tests.
 */
export function useLiveServer(): { readonly server: LiveServer; devices: Device[] } {
  let server: LiveServer | null = null;
  const live = {
    get server(): LiveServer {
      if (!server) throw new Error('the session server starts in beforeAll');
      return server;
    },
    devices: [] as Device[],
  };
  test.beforeAll(async () => {
    server = await LiveServer.start();
  });
  test.afterAll(async () => {
    for (const each of live.devices) await each.context.close();
    await server?.stop();
  });
  return live;
}
