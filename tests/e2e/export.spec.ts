import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { serializeWorkshopFile } from '../../src/files/workshop-file.ts';
import { exampleText, largeWorkshop } from '../support/print-fixtures.ts';
import { expectNoSeriousA11yViolations } from './axe.ts';
import { ExportMenu } from './pages/export-menu.ts';
import { StartPage } from './pages/start-page.ts';

const TITLE = 'Værdimøde i Ærøskøbing';
const ORGANISATION = 'Børnehuset Åkanden og Søstjernen';

test('exports the summary as a valid PDF with the Danish names in it, loading jsPDF only then', async ({ page }) => {
  const pdfRequests: string[] = [];
  page.on('request', (request) => {
    if (/pdf-worker|\.ttf/u.test(request.url())) pdfRequests.push(request.url());
  });
  const start = new StartPage(page);
  await start.goto();
  const workshop = await start.createWorkshop(TITLE);
  await workshop.addOrganisation(ORGANISATION, 'Beboerdrevne foreninger');

  const menu = new ExportMenu(page);
  await menu.open();
  await expectNoSeriousA11yViolations(page, 'export dialog open');
  expect(pdfRequests, 'jsPDF and the fonts load only when the user exports').toEqual([]);

  await menu.build('Referat (A4)');
  expect(pdfRequests.some((url) => url.includes('pdf-worker'))).toBe(true);
  await expect(menu.status).toContainText(/PDF’en "referat-vaerdimoede-i-aeroeskoebing\.pdf" er klar\./u);
  await expect(menu.openLink).toHaveAttribute('target', '_blank');

  const download = await menu.download();
  expect(download.suggestedFilename()).toBe('referat-vaerdimoede-i-aeroeskoebing.pdf');
  const file = test.info().outputPath('summary.pdf');
  await download.saveAs(file);
  expect(readFileSync(file).subarray(0, 5).toString('latin1')).toBe('%PDF-');
  expect(execFileSync('qpdf', ['--check', file], { encoding: 'utf8' })).toContain('No syntax or stream encoding errors');
  const text = execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8' }).replace(/\s+/gu, ' ');
  expect(text).toContain(TITLE);
  expect(text).toContain(ORGANISATION);
  expect(text).toContain('Side 1 af');

  // The app is still here, with the dialog open over it.
  await expect(page).toHaveURL(/#\/w\//u);
  await expectNoSeriousA11yViolations(page, 'export dialog with a PDF ready');
});

test('a name with an emoji prints whole; the emoji font is fetched only for a workshop with an emoji', async ({ page }) => {
  const fonts: string[] = [];
  page.on('request', (request) => {
    if (/\.ttf/u.test(request.url())) fonts.push(request.url());
  });
  const start = new StartPage(page);
  await start.goto();
  const workshop = await start.createWorkshop(TITLE);
  await workshop.addOrganisation(ORGANISATION, 'Beboerdrevne foreninger');
  const menu = new ExportMenu(page);
  await menu.open();
  await menu.build('Referat (A4)');
  await expect(menu.downloadLink).toBeVisible();
  expect(fonts.length).toBeGreaterThan(0);
  expect(fonts.filter((url) => /NotoEmoji/u.test(url)), 'no emoji, no emoji font').toEqual([]);
  await menu.closeButton.click();

  await workshop.addOrganisation('Café «Ø» & Co. 🍰', 'Erhvervsdrivende');
  await menu.open();
  await menu.build('Referat (A4)');
  const download = await menu.download();
  expect(fonts.filter((url) => /NotoEmoji/u.test(url))).toHaveLength(1);
  const file = test.info().outputPath('emoji.pdf');
  await download.saveAs(file);
  const text = execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8' }).replace(/\s+/gu, ' ');
  expect(text).toContain('Café «Ø» & Co. 🍰');
  expect(text).not.toContain('□');
});

test('the export menu works from the keyboard and closes with Escape', async ({ page }) => {
  const start = new StartPage(page);
  await start.goto();
  await start.createWorkshop('Tastaturmøde');
  const menu = new ExportMenu(page);
  await menu.openButton.focus();
  await page.keyboard.press('Enter');
  await expect(menu.dialog).toBeVisible();
  await menu.choice('Blank solskinsmodel, A3').focus();
  await page.keyboard.press('Enter');
  await expect(menu.status).toContainText('er klar', { timeout: 30_000 });
  await expect(menu.downloadLink).toHaveAttribute('download', 'solskinsmodel-tom-a3-tastaturmoede.pdf');
  await page.keyboard.press('Escape');
  await expect(menu.dialog).toBeHidden();
  await expect(menu.openButton).toBeFocused();
});

test('a large summary (30 organisations × 10 values) is built with progress shown and every example in it', async ({ page }) => {
  test.setTimeout(120_000);
  const workshop = largeWorkshop(30, 10);
  const start = new StartPage(page);
  await start.goto();
  await page.getByLabel('Hent workshop fra fil').setInputFiles({
    name: 'stor-workshop.json',
    mimeType: 'application/json',
    buffer: Buffer.from(serializeWorkshopFile([workshop], new Date(0))),
  });
  await start.open(workshop.setup.title);

  const menu = new ExportMenu(page);
  await menu.open();
  await menu.choice('Referat (A4)').click();
  await expect(menu.status).toContainText('Laver PDF');
  await expect(menu.status.getByRole('progressbar')).toBeVisible();
  // The page's thread stays free while the worker builds: a timer fires on time.
  const timerDelay = await page.evaluate(
    () => new Promise<number>((resolve) => {
      const start = performance.now();
      setTimeout(() => resolve(performance.now() - start), 0);
    }),
  );
  expect(timerDelay).toBeLessThan(250);
  await expect(menu.status).toContainText('er klar', { timeout: 90_000 });

  const file = test.info().outputPath('large-summary.pdf');
  await (await menu.download()).saveAs(file);
  expect(execFileSync('qpdf', ['--check', file], { encoding: 'utf8' })).toContain('No syntax or stream encoding errors');
  const text = execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8' }).replace(/\s+/gu, ' ');
  expect(text).toContain(exampleText(0, 0).replace(/\s+/gu, ' '));
  expect(text).toContain(exampleText(29, 9).replace(/\s+/gu, ' '));
});

/** Every printable, by what the menu calls it in each language, and the file name it must download as. */
const PRINTABLES = {
  da: {
    menu: 'Eksportér og print',
    ready: 'er klar',
    download: 'Hent PDF',
    piecesFor: 'Brikker til at klippe ud',
    piecesMake: 'Lav brikker',
    pageMake: 'Lav siden',
    buttons: [
      ['Referat (A4)', 'referat-vaerdimoede-i-aeroeskoebing.pdf'],
      ['Aftaleliste (A4)', 'aftaler-vaerdimoede-i-aeroeskoebing.pdf'],
      ['Solskinsmodellen med eksempler, A4', 'solskinsmodel-a4-vaerdimoede-i-aeroeskoebing.pdf'],
      ['Solskinsmodellen med eksempler, A3', 'solskinsmodel-a3-vaerdimoede-i-aeroeskoebing.pdf'],
      ['Blank solskinsmodel, A4', 'solskinsmodel-tom-a4-vaerdimoede-i-aeroeskoebing.pdf'],
      ['Blank solskinsmodel, A3', 'solskinsmodel-tom-a3-vaerdimoede-i-aeroeskoebing.pdf'],
      ['Facilitatorguide med dagsorden (A4)', 'facilitatorguide-vaerdimoede-i-aeroeskoebing.pdf'],
    ],
    pieces: [
      ['Alle organisationer', 'brikker-vaerdimoede-i-aeroeskoebing.pdf'],
      [ORGANISATION, 'brikker-boernehuset-aakanden-og-soestjernen-vaerdimoede-i-aeroeskoebing.pdf'],
      ['Blanke brikker', 'brikker-tomme-vaerdimoede-i-aeroeskoebing.pdf'],
    ],
    page: 'organisation-boernehuset-aakanden-og-soestjernen-vaerdimoede-i-aeroeskoebing.pdf',
  },
  en: {
    menu: 'Export and print',
    ready: 'is ready',
    download: 'Download PDF',
    piecesFor: 'Pieces to cut out',
    piecesMake: 'Make pieces',
    pageMake: 'Make the page',
    buttons: [
      ['Summary (A4)', 'summary-vaerdimoede-i-aeroeskoebing.pdf'],
      ['Agreements list (A4)', 'agreements-vaerdimoede-i-aeroeskoebing.pdf'],
      ['Sunshine model with examples, A4', 'sunshine-model-a4-vaerdimoede-i-aeroeskoebing.pdf'],
      ['Sunshine model with examples, A3', 'sunshine-model-a3-vaerdimoede-i-aeroeskoebing.pdf'],
      ['Blank sunshine model, A4', 'sunshine-model-blank-a4-vaerdimoede-i-aeroeskoebing.pdf'],
      ['Blank sunshine model, A3', 'sunshine-model-blank-a3-vaerdimoede-i-aeroeskoebing.pdf'],
      ['Facilitator’s guide with agenda (A4)', 'facilitator-guide-vaerdimoede-i-aeroeskoebing.pdf'],
    ],
    pieces: [
      ['All organisations', 'pieces-vaerdimoede-i-aeroeskoebing.pdf'],
      [ORGANISATION, 'pieces-boernehuset-aakanden-og-soestjernen-vaerdimoede-i-aeroeskoebing.pdf'],
      ['Blank pieces', 'pieces-blank-vaerdimoede-i-aeroeskoebing.pdf'],
    ],
    page: 'organisation-boernehuset-aakanden-og-soestjernen-vaerdimoede-i-aeroeskoebing.pdf',
  },
} as const;

test('every printable downloads under a name in the UI’s language, in letters every system takes', async ({ page }) => {
  test.setTimeout(240_000);
  const start = new StartPage(page);
  await start.goto();
  const workshop = await start.createWorkshop(TITLE);
  await workshop.addOrganisation(ORGANISATION, 'Beboerdrevne foreninger');

  for (const language of ['da', 'en'] as const) {
    if (language === 'en') await page.getByRole('button', { name: 'English', exact: true }).click();
    const texts = PRINTABLES[language];
    await page.getByRole('button', { name: texts.menu }).click();
    const dialog = page.getByRole('dialog', { name: texts.menu });
    const status = dialog.getByRole('status');
    const names: string[] = [];
    const downloadReady = async (): Promise<void> => {
      const previous = names.at(-1);
      if (previous) await expect(status).not.toContainText(previous, { timeout: 60_000 });
      await expect(status).toContainText(texts.ready, { timeout: 60_000 });
      const downloading = page.waitForEvent('download');
      await dialog.getByRole('link', { name: texts.download }).click();
      const name = (await downloading).suggestedFilename();
      names.push(name);
    };
    for (const [label] of texts.buttons) {
      await dialog.getByRole('button', { name: label, exact: true }).click();
      await downloadReady();
    }
    for (const [option] of texts.pieces) {
      await dialog.getByLabel(texts.piecesFor).selectOption({ label: option });
      await dialog.getByRole('button', { name: texts.piecesMake }).click();
      await downloadReady();
    }
    await dialog.getByRole('button', { name: texts.pageMake }).click();
    await downloadReady();

    expect(names).toEqual([...texts.buttons.map(([, name]) => name), ...texts.pieces.map(([, name]) => name), texts.page]);
    for (const name of names) expect(name).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*\.pdf$/u);
    await page.keyboard.press('Escape');
    await expect(dialog).toBeHidden();
  }
});
