import type { CDPSession, Locator, Page } from '@playwright/test';

/**
 * Drag helpers for pointer, touch and keyboard, so a test drags the way a person does:
 * the mouse through several intermediate points, a finger that holds before it moves, keys one by one.
 */

export interface Point {
  x: number;
  y: number;
}

/** The centre of an element as it is on screen now (it must be in the viewport to be dragged). */
export async function centreOf(locator: Locator): Promise<Point> {
  const box = await locator.boundingBox();
  if (!box) throw new Error(`No box for ${locator.toString()}: is it on screen?`);
  return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
}

function pointsBetween(from: Point, to: Point, steps: number): Point[] {
  return Array.from({ length: steps }, (_, index) => {
    const share = (index + 1) / steps;
    return { x: from.x + (to.x - from.x) * share, y: from.y + (to.y - from.y) * share };
  });
}

/** Visible signs of a drag's progress, so a helper waits on them instead of on the clock. */
export interface DragSigns {
  /** Resolves once the drag has started (e.g. the live region says the piece is picked up). */
  whenStarted?: () => Promise<void>;
  /** Resolves once the target shows it will take the drop (e.g. "… er over pladsen for …"). */
  beforeDrop?: () => Promise<void>;
}

/**
 * A mouse drag: press on `from`, nudge past dnd-kit's 6 px activation distance as a hand would, move
 * in `steps` steps to `to` (a locator's centre or a point), release. Waits on `signs` on the way: a
 * person does not let go before the slot lights up, and a busy machine may take a moment for that.
 */
export async function mouseDrag(page: Page, from: Locator, to: Locator | Point, signs: DragSigns = {}, steps = 8): Promise<void> {
  await bringIntoReach(from, to);
  const start = await centreOf(from);
  await page.mouse.move(start.x, start.y);
  await page.mouse.down();
  await page.mouse.move(start.x + 4, start.y - 8);
  await signs.whenStarted?.();
  const end = 'x' in to ? to : await centreOf(to);
  for (const point of pointsBetween(start, end, steps)) await page.mouse.move(point.x, point.y);
  await signs.beforeDrop?.();
  await page.mouse.up();
}

/**
 * Scrolls until both ends of a drag are on screen and uncovered, as a person would before dragging:
 * Playwright's actionability checks (a trial hover) scroll an element into view and wait until
 * nothing lies over it — not a docked tray over the lower rows, not a piece still gliding back.
 */
export async function bringIntoReach(from: Locator, to: Locator | Point): Promise<void> {
  await from.hover({ trial: true });
  if ('x' in to) return;
  await to.hover({ trial: true });
  // Scrolling to the target must not have hidden the source.
  await from.hover({ trial: true });
}

/** How long a finger rests on a piece before moving it: more than the TouchSensor's 150 ms delay. */
export const TOUCH_HOLD_MS = 250;

/**
 * Touch input through the DevTools protocol: Playwright has `tap()` but no touch drag. The page must
 * come from a context with `hasTouch: true`.
 */
export class Finger {
  private constructor(private readonly cdp: CDPSession) {}

  static async on(page: Page): Promise<Finger> {
    return new Finger(await page.context().newCDPSession(page));
  }

  async down(point: Point): Promise<void> {
    await this.cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: [{ x: point.x, y: point.y }] });
  }

  async move(point: Point): Promise<void> {
    await this.cdp.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: [{ x: point.x, y: point.y }] });
  }

  async up(): Promise<void> {
    await this.cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
  }

  async detach(): Promise<void> {
    await this.cdp.detach();
  }
}

/**
 * A touch drag: put a finger on `from`, hold it still past the activation delay, slide it to `to`
 * in `steps` moves, lift it. Waits on `signs` on the way, as with the mouse.
 */
export async function touchDrag(page: Page, from: Locator, to: Locator | Point, signs: DragSigns = {}, steps = 10): Promise<void> {
  await bringIntoReach(from, to);
  const finger = await Finger.on(page);
  try {
    const start = await centreOf(from);
    const end = 'x' in to ? to : await centreOf(to);
    await finger.down(start);
    // The one fixed wait: the TouchSensor starts a drag only after the finger has rested 150 ms.
    await page.waitForTimeout(TOUCH_HOLD_MS);
    await signs.whenStarted?.();
    for (const point of pointsBetween(start, end, steps)) await finger.move(point);
    await signs.beforeDrop?.();
    await finger.up();
  } finally {
    await finger.detach();
  }
}

/** A quick swipe with no hold: finger down and straight away moving, as when scrolling the page. */
export async function touchSwipe(page: Page, from: Locator, by: Point, steps = 6): Promise<void> {
  const finger = await Finger.on(page);
  try {
    const start = await centreOf(from);
    await finger.down(start);
    for (const point of pointsBetween(start, { x: start.x + by.x, y: start.y + by.y }, steps)) await finger.move(point);
    await finger.up();
  } finally {
    await finger.detach();
  }
}

/**
 * Presses Tab until `target` has the focus, as a keyboard user would (fails after `maxPresses`).
 * Returns how many presses it took.
 */
export async function tabTo(page: Page, target: Locator, maxPresses = 80): Promise<number> {
  for (let presses = 0; presses <= maxPresses; presses += 1) {
    if (await target.evaluate((element) => element === document.activeElement)) return presses;
    await page.keyboard.press('Tab');
  }
  throw new Error(`${target.toString()} did not get the focus after ${maxPresses} presses of Tab`);
}
