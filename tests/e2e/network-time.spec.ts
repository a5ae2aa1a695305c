import { execFileSync } from 'node:child_process';
import { mkdir } from 'node:fs/promises';
import { expect, test, type Page } from '@playwright/test';
import { serializeWorkshopFile } from '../../src/files/workshop-file.ts';
import { AUTUMN_TITLE, autumnMeeting, SPRING_TITLE, springMeeting } from '../support/network-meetings.ts';
import { expectNoSeriousA11yViolations } from './axe.ts';
import { StartPage } from './pages/start-page.ts';

/*
 * The network over time: two meetings of one group chosen on the device, their networks side by side,
 * the measures before and after (the numbers of the hand-computed example, see the fixture), and the
 * landscape PDF with the same measures.
 */

const SHOTS_DIR = process.env.SHOTS_DIR;

async function shot(page: Page, name: string): Promise<void> {
  if (!SHOTS_DIR) return;
  await mkdir(SHOTS_DIR, { recursive: true });
  await page.screenshot({ path: `${SHOTS_DIR}/${name}.png`, fullPage: true });
}

async function importMeetings(page: Page): Promise<StartPage> {
  const start = new StartPage(page);
  await start.goto();
  await page.getByLabel('Hent workshop fra fil').setInputFiles({
    name: 'moeder.json',
    mimeType: 'application/json',
    buffer: Buffer.from(serializeWorkshopFile([autumnMeeting(), springMeeting()], new Date(0))),
  });
  await expect(start.row(AUTUMN_TITLE)).toBeVisible();
  await expect(start.row(SPRING_TITLE)).toBeVisible();
  return start;
}

/** The measures table's row for `measure` (its data-measure id) as before, after and change. */
async function measure(page: Page, id: string): Promise<string[]> {
  const row = page.locator(`tr[data-measure="${id}"]`);
  return (await row.getByRole('cell').allInnerTexts()).map((text) => text.trim());
}

test('the before/after network of two meetings shows the measures, and the PDF has them too', async ({ page }, testInfo) => {
  test.setTimeout(90_000);
  await page.setViewportSize({ width: 1920, height: 1080 });
  await importMeetings(page);
  await shot(page, 'start-1920');
  await page.getByRole('link', { name: 'Netværket over tid' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Netværket over tid' })).toBeVisible();

  // The two latest meetings, earliest first, are chosen for the facilitator.
  await expect(page.getByLabel('Første møde (før)')).toHaveValue('moede-foraar');
  await expect(page.getByLabel('Senere møde (efter)')).toHaveValue('moede-efteraar');
  const table = page.getByRole('table', { name: 'Målene før og efter' });
  await expect(table).toBeVisible();

  expect(await measure(page, 'organisations')).toEqual(['4', '6', '+2']);
  expect(await measure(page, 'ties')).toEqual(['1', '4', '+3']);
  // 1 / (4·3/2) = 0,17 and 4 / (6·5/2) = 0,27.
  expect(await measure(page, 'density')).toEqual(['0,17', '0,27', '+0,10']);
  expect(await measure(page, 'average')).toEqual(['0,5', '1,3', '+0,8']);
  expect(await measure(page, 'cross-sector')).toEqual(['100 %', '75 %', '−25 pct.-point']);
  expect(await measure(page, 'new')).toEqual(['', '3', '']);
  expect(await measure(page, 'kept')).toEqual(['', '1', '']);
  expect(await measure(page, 'ended')).toEqual(['', '0', '']);
  expect(await measure(page, 'type-frivillige-organisationer')).toEqual(['0', '2', '+2']);
  expect(await measure(page, 'type-kommunale-institutioner')).toEqual(['1', '2', '+1']);
  expect(await measure(page, 'without-ties')).toEqual(['Boligselskabet Ålykke og Købmanden i Nørreparken', 'Biblioteket Nørreparken', '−1']);

  // Both pictures, each described for a screen reader with its organisations and ties.
  await expect(page.getByRole('img', { name: /^Netværket før: .*forår 4 organisationer og 1 relation\./u })).toBeVisible();
  await expect(page.getByRole('img', { name: /^Netværket efter: .*efterår 6 organisationer og 4 relationer\./u })).toBeVisible();
  // The school typed in lower case in the autumn is the same organisation: each picture places the six
  // organisations of both meetings once (the spring picture shows the two that came later as outlines).
  await expect(page.locator('.network-time-side').first().locator('.network-node-label')).toHaveCount(6);
  await expect(page.locator('.network-time-side').first().locator('.tie-absent')).toHaveCount(2);
  await expect(page.locator('.network-time-side').last().locator('.tie-absent')).toHaveCount(0);
  await expectNoSeriousA11yViolations(page, 'the network over time');
  await shot(page, 'network-time-1920');

  await page.getByRole('button', { name: 'PDF, A4 på tværs' }).click();
  const link = page.getByRole('link', { name: 'Hent PDF' });
  await expect(link).toBeVisible({ timeout: 30_000 });
  const downloading = page.waitForEvent('download');
  await link.click();
  const download = await downloading;
  expect(download.suggestedFilename()).toBe('netvaerket-over-tid-a4-samarbejdsgruppen-i-noerreparken-efteraar.pdf');
  const file = testInfo.outputPath('netvaerk.pdf');
  await download.saveAs(file);
  // Laid out, the PDF's two tables of measures read row by row.
  const text = execFileSync('pdftotext', ['-layout', '-enc', 'UTF-8', file, '-'], { encoding: 'utf8' }).replace(/[ \t]+/gu, ' ');
  expect(text).toContain('NETVÆRKET OVER TID');
  expect(text).toContain('Tæthed (relationer ud af alle mulige par) 0,17 0,27 +0,10');
  expect(text).toMatch(/^ ?Relationer 1 4 \+3/mu);
  expect(text).toContain('Andel relationer på tværs af sektorer 100 % 75 % −25 pct.-point');
  expect(text).toContain('Efter: Biblioteket Nørreparken.');

  await page.setViewportSize({ width: 820, height: 1180 });
  await expect(table).toBeVisible();
  await shot(page, 'network-time-820');
});

test('the facilitator can swap the meetings and use the page by keyboard', async ({ page }) => {
  await importMeetings(page);
  await page.goto('./#/netvaerk');
  const before = page.getByLabel('Første møde (før)');
  await expect(before).toHaveValue('moede-foraar');
  await page.getByRole('button', { name: 'Byt om' }).focus();
  await page.keyboard.press('Enter');
  await expect(before).toHaveValue('moede-efteraar');
  await expect(page.getByText('Det første møde har en senere dato end det andet.', { exact: false })).toBeVisible();
  expect(await measure(page, 'ties')).toEqual(['4', '1', '−3']);
  // In English, numbers as English writes them.
  await page.getByRole('button', { name: 'English' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'The network over time' })).toBeVisible();
  expect(await measure(page, 'density')).toEqual(['0.27', '0.17', '−0.10']);
  expect(await measure(page, 'cross-sector')).toEqual(['75%', '100%', '+25 percentage points']);
  await page.getByRole('button', { name: 'Dansk' }).click();
  await before.selectOption('moede-foraar');
  await page.getByLabel('Senere møde (efter)').selectOption('moede-foraar');
  await expect(page.getByText('Vælg to forskellige møder.')).toBeVisible();
});
