// `npx tsx scripts/board-screenshots.ts [out-dir]`: the board as a jigsaw (docs/value-game-board.md), with 8
// and 15 organisations, on the projector (1920 × 1080) and a tablet upright (820 × 1180), before and after
// the reveal, and Det fælles billede; written to docs/images/ unless told otherwise. Needs a build (SCREENSHOTS_DIST, default dist)
// and Debian's Chromium. The tablet is the facilitator's device at a tablet's size, placing for one
// organisation, so before the reveal the other rows lie face down as they do on a live tablet.
import { mkdir, stat } from 'node:fs/promises';
import path from 'node:path';
import { expect } from '@playwright/test';
import { chromium, type Browser, type Page } from 'playwright-core';
import { serializeWorkshopFile } from '../src/files/workshop-file.ts';
import { chromiumLaunchOptions } from '../tests/e2e/chromium.ts';
import { device, DESKTOP, TABLET } from '../tests/e2e/live-devices.ts';
import { LiveServer } from '../tests/e2e/live-server.ts';
import { BoardPage } from '../tests/e2e/pages/board-page.ts';
import { CommonPicturePage } from '../tests/e2e/pages/common-picture-page.ts';
import { FilesPage } from '../tests/e2e/pages/files-page.ts';
import { ProjectorToggle } from '../tests/e2e/pages/projector.ts';
import { StartPage } from '../tests/e2e/pages/start-page.ts';
import { WorkshopPage } from '../tests/e2e/pages/workshop-page.ts';
import { fullRoomWorkshop, showcaseWorkshop } from '../tests/support/showcase-workshop.ts';

const OUT = path.resolve(process.argv[2] ?? 'docs/images');
const DIST = path.resolve(process.env.SCREENSHOTS_DIST ?? 'dist');

async function shoot(page: Page, name: string): Promise<void> {
  const file = path.join(OUT, name);
  await page.evaluate(async () => {
    await document.fonts.ready;
  });
  await page.screenshot({ path: file, animations: 'disabled', caret: 'hide' });
  console.log(`${path.relative(process.cwd(), file)}  ${Math.round((await stat(file)).size / 1024)} KB`);
}

async function boardOf(browser: Browser, url: string, size: typeof DESKTOP | typeof TABLET, file: string, title: string): Promise<BoardPage> {
  const { page } = await device(browser, url, size);
  const start = new StartPage(page);
  await start.goto();
  await new FilesPage(page).importFile('braet.json', file);
  const workshop = await start.open(title);
  // The import's notice shows for 4 s: the pictures are of the board, not of it.
  await page.waitForTimeout(4500);
  return BoardPage.open(workshop);
}

async function main(): Promise<void> {
  await mkdir(OUT, { recursive: true });
  process.env.E2E_DIST = DIST;
  const server = await LiveServer.start();
  let browser: Browser | null = null;
  try {
    browser = await chromium.launch(chromiumLaunchOptions);
    const eight = showcaseWorkshop();
    eight.control = { ...eight.control, isRevealed: false, isLocked: false };
    const fifteen = fullRoomWorkshop(15);
    fifteen.control = { ...fifteen.control, isRevealed: false, isLocked: false };
    for (const [workshop, count] of [
      [eight, 8],
      [fifteen, 15],
    ] as const) {
      const file = serializeWorkshopFile([workshop], new Date());
      // The projector: the facilitator's laptop in projector view.
      const projector = await boardOf(browser, server.url, DESKTOP, file, workshop.setup.title);
      await new ProjectorToggle(projector.page).enter();
      await expect(projector.board.getByRole('table')).toBeVisible();
      await shoot(projector.page, `braet-${count}-projektor-foer.png`);
      await new ProjectorToggle(projector.page).off.click();
      await projector.revealButton.click();
      await new ProjectorToggle(projector.page).enter();
      await expect(projector.page.locator('.board-shared')).toBeVisible();
      await shoot(projector.page, `braet-${count}-projektor-efter.png`);
      // Det fælles billede: the whole puzzle with the counts per value.
      await new WorkshopPage(projector.page).goToPhase('Det fælles billede');
      await expect(new CommonPicturePage(projector.page).heading).toBeVisible();
      await shoot(projector.page, `faelles-billede-${count}-projektor.png`);
      await projector.page.context().close();

      const tablet = await boardOf(browser, server.url, TABLET, file, workshop.setup.title);
      await tablet.choosePlacingNow('Café Nord');
      // The board from its top, the tray docked below it.
      await tablet.board.evaluate((board) => board.scrollIntoView({ block: 'start' }));
      await shoot(tablet.page, `braet-${count}-tablet-foer.png`);
      await tablet.revealButton.click();
      await expect(tablet.page.locator('.board-shared')).toBeVisible();
      await tablet.board.evaluate((board) => board.scrollIntoView({ block: 'start' }));
      await shoot(tablet.page, `braet-${count}-tablet-efter.png`);
      await tablet.page.context().close();
    }
  } finally {
    await browser?.close();
    await server.stop();
  }
}

await main();
