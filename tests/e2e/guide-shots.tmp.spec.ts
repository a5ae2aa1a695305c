import { test, expect } from '@playwright/test';
import { serializeWorkshopFile } from '../../src/files/workshop-file.ts';
import { largeWorkshop } from '../support/print-fixtures.ts';
import { StartPage } from './pages/start-page.ts';
import { GuidePanel } from './pages/guide-panel.ts';

test('screenshots', async ({ page }) => {
  test.setTimeout(120_000);
  const w = largeWorkshop(8, 5);
  const start = new StartPage(page);
  await page.setViewportSize({ width: 1920, height: 1080 });
  await start.goto();
  await page.getByLabel('Hent workshop fra fil').setInputFiles({ name: 'w.json', mimeType: 'application/json', buffer: Buffer.from(serializeWorkshopFile([w], new Date(0))) });
  const workshop = await start.open(w.setup.title);
  const guide = new GuidePanel(page);
  await workshop.goToPhase('Gør hinanden stærkere');
  await guide.openByMouse();
  await page.getByRole('button', { name: 'Vis et eksempel' }).click();
  await page.screenshot({ path: '/tmp/guide-shots/s-collab-1920.png' });
  await workshop.goToPhase('Opsamling');
  await page.getByRole('heading', { name: 'Opfølgning: hvad holdt?' }).scrollIntoViewIfNeeded();
  await page.screenshot({ path: '/tmp/guide-shots/s-followup-1920.png' });
  await page.setViewportSize({ width: 820, height: 1180 });
  await workshop.goToPhase('Forberedelse');
  await expect(guide.panel).toBeVisible();
  await page.screenshot({ path: '/tmp/guide-shots/s-prep-820.png' });
});
