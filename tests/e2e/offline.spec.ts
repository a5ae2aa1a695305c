import { appendFile } from 'node:fs/promises';
import { networkInterfaces } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { BoardPage } from './pages/board-page.ts';
import { OfflineApp } from './pages/app-offline.ts';
import { StartPage } from './pages/start-page.ts';
import { serveCopyOfBuild } from './static-server.ts';

/*
 * The app at a venue without internet: after one visit it starts, runs a round and makes a PDF with
 * no network; a new version waits for the user's go and never reloads a running workshop; on a
 * plain-http LAN address (no secure context, so no service worker) it starts without an error.
 */

test.use({ serviceWorkers: 'allow' });

test.describe('Offline', () => {
  test('after one visit: start, create, play a round and export a PDF with no network', async ({ page, context }) => {
    const start = new StartPage(page);
    const app = new OfflineApp(page);
    await start.goto();
    await app.waitUntilOfflineReady();

    await context.setOffline(true);
    await page.reload();
    await expect(start.heading).toBeVisible();
    expect(await app.canReachNetwork(), 'the network is really gone').toBe(false);

    const workshop = await start.createWorkshop('Møde uden net');
    await workshop.addOrganisation('Biblioteket', 'Kommunale institutioner');
    await workshop.addOrganisation('Netto', 'Erhvervsdrivende');
    // The board is a chunk of its own, loaded on demand: from the cache now.
    const board = await BoardPage.open(workshop);
    await board.clickToPlace('Bredere målgruppe');
    await board.writeExample('Bredere målgruppe', 'Vi låner lokaler af hinanden.');
    await board.choosePlacingNow('Netto');
    await board.clickToPlace('Øget faglighed');
    await board.expectPlaced('Øget faglighed');

    await workshop.reload();
    await board.waitUntilShown();
    await board.choosePlacingNow('Biblioteket');
    await board.expectPlaced('Bredere målgruppe');

    // The PDF is made in a worker with the DejaVu fonts: all from the cache.
    await page.getByRole('button', { name: 'Eksportér og print' }).click();
    const menu = page.getByRole('dialog', { name: 'Eksportér og print' });
    await menu.getByRole('button', { name: 'Referat (A4)' }).click();
    await expect(menu).toContainText(/PDF’en ".+\.pdf" er klar\./u, { timeout: 30_000 });
    expect(await app.canReachNetwork()).toBe(false);
  });

  test('a new version waits: the user is asked, and nothing reloads by itself', async ({ page }) => {
    const served = await serveCopyOfBuild();
    try {
      const start = new StartPage(page);
      const app = new OfflineApp(page);
      await page.goto(`http://127.0.0.1:${served.port}/`);
      await expect(start.heading).toBeVisible();
      // From the second start on, the service worker serves the page (a new one must then wait).
      await app.waitUntilOfflineReady();
      const workshop = await start.createWorkshop('Workshop i gang');
      await app.markPage();

      // A new build is published: its service worker differs.
      await appendFile(join(served.root, 'sw.js'), '\n// a new version\n');
      await app.checkForUpdate();
      await expect(app.updatePrompt).toBeVisible({ timeout: 30_000 });
      await expect(app.updatePrompt).toContainText('Alt, hvad I har lavet, er gemt på enheden.');
      // The new version waits for the user's go (had it taken over, the page would reload into it).
      expect(await app.waitingWorkerState()).toBe('installed');
      expect(await app.isSamePage(), 'no reload by itself').toBe(true);
      await expect(workshop.title).toHaveText('Workshop i gang');

      await app.updateLaterButton.click();
      await expect(app.updatePrompt).toBeHidden();
      expect(await app.isSamePage()).toBe(true);

      // Still waiting at the next start; now the user says yes.
      await page.reload();
      await expect(app.updatePrompt).toBeVisible({ timeout: 30_000 });
      await app.markPage();
      await app.updateNowButton.click();
      await expect.poll(() => app.isSamePage().catch(() => false), { timeout: 30_000 }).toBe(false);
      await expect(workshop.title).toHaveText('Workshop i gang');
      await expect(app.updatePrompt).toBeHidden();
      expect(await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.waiting ?? null)).toBeNull();
    } finally {
      await served.close();
    }
  });

  test('on a plain-http LAN address there is no service worker, and no error', async ({ page }) => {
    const lan = Object.values(networkInterfaces())
      .flat()
      .find((address) => address?.family === 'IPv4' && !address.internal)?.address;
    test.skip(!lan, 'this machine has no LAN address');
    const served = await serveCopyOfBuild('0.0.0.0');
    try {
      const errors: string[] = [];
      page.on('pageerror', (error) => errors.push(error.message));
      page.on('console', (message) => {
        if (message.type() === 'error' || message.type() === 'warning') errors.push(message.text());
      });
      const start = new StartPage(page);
      const app = new OfflineApp(page);
      await page.goto(`http://${lan}:${served.port}/`);
      await expect(start.heading).toBeVisible();
      expect(await page.evaluate(() => window.isSecureContext)).toBe(false);
      await start.createWorkshop('Møde på skolens net');
      // After the work the app leaves for an idle moment (a service worker would start by then).
      await app.idle();
      expect(await page.evaluate(() => 'serviceWorker' in navigator)).toBe(false);
      expect(errors).toEqual([]);
    } finally {
      await served.close();
    }
  });
});
