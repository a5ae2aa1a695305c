import { execFileSync } from 'node:child_process';
import { mkdir } from 'node:fs/promises';
import { expect, test, type Page } from '@playwright/test';
import { serializeWorkshopFile } from '../../src/files/workshop-file.ts';
import { largeWorkshop } from '../support/print-fixtures.ts';
import { expectNoSeriousA11yViolations } from './axe.ts';
import { DESKTOP, device, TABLET } from './live-devices.ts';
import { SYNC_TIMEOUT } from './live-raw.ts';
import { LiveServer } from './live-server.ts';
import { ExportMenu } from './pages/export-menu.ts';
import { GuidePanel } from './pages/guide-panel.ts';
import { JoinPage, LivePanel } from './pages/live-page.ts';
import { ProjectorToggle } from './pages/projector.ts';
import { StartPage } from './pages/start-page.ts';
import { PHASES, type WorkshopPage } from './pages/workshop-page.ts';

/*
 * The facilitator's guide: beside the facilitator's screen in every phase, opened by mouse and by
 * keyboard, never on the projector (projector mode, or the live projector through the real server) nor
 * on a tablet; the preparation's agenda follows the organisations; the guide as a PDF; practice
 * examples on request; the trust note in the follow-up.
 */

/** Screenshots for a person to look at, when SHOTS_DIR is set (they check nothing themselves). */
const SHOTS_DIR = process.env.SHOTS_DIR;

async function shot(page: Page, name: string): Promise<void> {
  if (!SHOTS_DIR) return;
  await mkdir(SHOTS_DIR, { recursive: true });
  await page.screenshot({ path: `${SHOTS_DIR}/${name}.png` });
}

async function workshopWithWarmUp(page: Page, title: string): Promise<WorkshopPage> {
  const start = new StartPage(page);
  await start.goto();
  const workshop = await start.createWorkshop(title);
  await workshop.warmUpCheckbox.check();
  await workshop.addOrganisation('MENY', 'Erhvervsdrivende');
  await workshop.addOrganisation('Biblioteket', 'Kommunale institutioner');
  return workshop;
}

async function openImported(page: Page, organisations: number): Promise<WorkshopPage> {
  const workshop = largeWorkshop(organisations, 5);
  const start = new StartPage(page);
  await start.goto();
  await page.getByLabel('Hent workshop fra fil').setInputFiles({
    name: 'workshop.json',
    mimeType: 'application/json',
    buffer: Buffer.from(serializeWorkshopFile([workshop], new Date(0))),
  });
  return start.open(workshop.setup.title);
}

test('every phase has its guide, opened by mouse and by keyboard, with purpose, script, time, what to watch for and sourced tips', async ({ page }) => {
  test.setTimeout(120_000);
  await page.setViewportSize(DESKTOP.viewport);
  const workshop = await workshopWithWarmUp(page, 'Guide i alle faser');
  const guide = new GuidePanel(page);
  for (const [index, phase] of PHASES.entries()) {
    await workshop.goToPhase(phase);
    const isKeyboard = index % 2 === 1;
    if (isKeyboard) await guide.openByKeyboard();
    else await guide.openByMouse();
    const panel = guide.for(phase);
    await expect(panel).toBeVisible();
    await expect(panel.getByRole('heading', { level: 2 })).toHaveText(`Guide til ${phase}`);
    for (const part of ['Formål', 'Det kan du sige', 'Tid', 'Hold øje med', 'Gode råd']) {
      await expect(panel.getByRole('heading', { level: 3, name: part, exact: true })).toBeVisible();
    }
    await expect(panel.getByText(/^Kilde: /u).first()).toBeVisible();
    if (phase !== 'Forberedelse') await expect(panel).toContainText(/Forslag: \d+ min\. af mødets 150 min\. \(2 organisationer\)/u);
    if (index === 0 || phase === 'Værdispillet') await expectNoSeriousA11yViolations(page, `the guide open in ${phase}`);
    if (phase === 'Værdispillet') await shot(page, 'guide-open-1920');
    // Closed by Escape from the keyboard (focus back on the button), or by its close button.
    if (isKeyboard) {
      await panel.getByRole('heading', { level: 2 }).press('Escape');
      await expect(guide.button).toBeFocused();
    } else {
      await guide.closeButton.click();
    }
    await expect(guide.panel).toHaveCount(0);
    await expect(guide.button).toHaveAttribute('aria-expanded', 'false');
  }

  // Another phase's guide can be read ahead; the guide follows the workshop when it moves on.
  await workshop.goToPhase('Solskinsmodellen');
  await guide.openByMouse();
  await guide.panel.getByRole('combobox', { name: 'Vis guiden for' }).selectOption({ label: 'Aftaler' });
  await expect(guide.for('Aftaler')).toBeVisible();
  await workshop.goToPhase('Værdispillet');
  await expect(guide.for('Værdispillet')).toBeVisible();
});

test('the guide is not on the projector view: projector mode leaves it and its button out', async ({ page }) => {
  await page.setViewportSize(DESKTOP.viewport);
  const workshop = await workshopWithWarmUp(page, 'Guide og projektor');
  await workshop.goToPhase('Værdispillet');
  const guide = new GuidePanel(page);
  await guide.openByMouse();
  const projector = new ProjectorToggle(page);
  await projector.enter();
  await expect(guide.panel).toHaveCount(0);
  await expect(guide.button).toHaveCount(0);
  await expect(page.getByText('Gode råd')).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Vis et eksempel' })).toHaveCount(0);
  // Reloaded straight into projector mode, it is not there either.
  await page.reload();
  await projector.expectOn();
  await expect(page.getByRole('navigation', { name: 'Workshoppens faser' })).toBeVisible();
  await expect(guide.button).toHaveCount(0);
  await page.getByRole('button', { name: 'Afslut projektorvisning', exact: true }).click();
  await projector.expectOff();
  await expect(guide.button).toBeVisible();
});

test.describe('with the session server', () => {
  let server: LiveServer;
  test.beforeAll(async () => {
    server = await LiveServer.start();
  });
  test.afterAll(async () => {
    await server?.stop();
  });

  test('the live projector link and a tablet show no guide, while the facilitator has it open', async ({ browser }) => {
    test.setTimeout(120_000);
    const facilitator = await device(browser, server.url, DESKTOP);
    const projector = await device(browser, server.url, DESKTOP);
    const tablet = await device(browser, server.url, TABLET);
    try {
      const workshop = await workshopWithWarmUp(facilitator.page, 'Guide i live-session');
      await workshop.goToPhase('Gør hinanden stærkere');
      const panel = new LivePanel(facilitator.page);
      const started = await panel.start();
      await panel.close();
      const guide = new GuidePanel(facilitator.page);
      await guide.openByMouse();
      await expect(guide.for('Gør hinanden stærkere')).toBeVisible();

      await projector.page.goto(started.projectorUrl);
      await expect(projector.page.getByRole('region', { name: 'Gør hinanden stærkere', exact: true })).toBeVisible({ timeout: SYNC_TIMEOUT });
      const join = new JoinPage(tablet.page);
      await join.goto(started.code);
      await join.pick('MENY');
      await expect(tablet.page.getByRole('heading', { name: /Gør hinanden stærkere/u }).first()).toBeVisible({ timeout: SYNC_TIMEOUT });
      for (const other of [projector.page, tablet.page]) {
        await expect(new GuidePanel(other).button).toHaveCount(0);
        await expect(new GuidePanel(other).panel).toHaveCount(0);
        await expect(other.getByText('Gode råd')).toHaveCount(0);
        await expect(other.getByRole('button', { name: 'Vis et eksempel' })).toHaveCount(0);
      }
      expect(projector.errors).toEqual([]);
      expect(tablet.errors).toEqual([]);
    } finally {
      for (const each of [facilitator, projector, tablet]) await each.context.close();
    }
  });
});

test('the agenda follows the organisations and the meeting’s length; the checklist is kept; the invitation is copied', async ({ page, context }) => {
  test.setTimeout(90_000);
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.setViewportSize(DESKTOP.viewport);
  const workshop = await workshopWithWarmUp(page, 'Forberedelse af mødet');
  await workshop.field('Sted').fill('Beboerhuset, Åvej 2');
  const guide = new GuidePanel(page);
  await guide.openByKeyboard();
  await guide.minutesField.fill('120');
  await expect(guide.agenda).toContainText('2 organisationer · 120 min.');
  const few = await guide.agendaMinutes();
  expect(Object.values(few).reduce((sum, minutes) => sum + minutes, 0)).toBe(120);

  for (const [name, type] of [
    ['Skolen', 'Kommunale institutioner'],
    ['Boligselskabet', 'Boligrelaterede organisationer'],
    ['Ungdomsklubben', 'Kommunale institutioner'],
    ['Lejerforeningen', 'Beboerdrevne foreninger'],
    ['Røde Kors', 'Frivillige organisationer'],
    ['Apoteket', 'Erhvervsdrivende'],
  ] as const) {
    await workshop.addOrganisation(name, type);
  }
  await expect(guide.agenda).toContainText('8 organisationer · 120 min.');
  const many = await guide.agendaMinutes();
  expect(Object.values(many).reduce((sum, minutes) => sum + minutes, 0)).toBe(120);
  expect(many, 'the agenda changed with the organisations').not.toEqual(few);
  expect(many['Solskinsmodellen']).toBeLessThanOrEqual(few['Solskinsmodellen'] ?? 0);

  // A start time puts clock times on the agenda; a meeting too short is said plainly.
  await guide.startField.fill('13:00');
  await expect(guide.agenda.getByRole('row').nth(1)).toContainText('13:00–13:10');
  await guide.minutesField.fill('50');
  await expect(guide.panel.getByRole('alert')).toHaveText(/Mødet er for kort\. Med 8 organisationer skal I bruge mindst 70 min\./u);
  await guide.minutesField.fill('150');
  await expect(guide.panel.getByRole('alert')).toHaveCount(0);
  await expect(guide.agenda.getByRole('rowheader', { name: 'Pause' })).toBeVisible();

  // The checklist: ticked by keyboard and mouse, kept on the device with the workshop.
  const tablets = guide.checklist.getByRole('checkbox', { name: /^Tabletter ladet op/u });
  await tablets.focus();
  await page.keyboard.press('Space');
  await guide.checklist.getByRole('checkbox', { name: /^Den tomme solskinsmodel printet/u }).click();
  await expect(guide.checklist).toContainText('2 af 10 er klar');
  await expectNoSeriousA11yViolations(page, 'the guide open with the preparation');
  await shot(page, 'guide-preparation-1920');
  await page.reload();
  await guide.openByMouse();
  await expect(guide.checklist.getByRole('checkbox', { name: /^Tabletter ladet op/u })).toBeChecked();
  await expect(guide.checklist).toContainText('2 af 10 er klar');
  await expect(guide.agenda).toContainText('8 organisationer · 150 min.');

  // The invitation, with the workshop's facts, copied for a mail.
  await expect(guide.invitation).toHaveValue(/^Invitation: Forberedelse af mødet\n/u);
  await expect(guide.invitation).toHaveValue(/Hvor: Beboerhuset, Åvej 2/u);
  await expect(guide.invitation).toHaveValue(/Hvornår: kl\. 13:00–15:30, dato følger/u);
  await guide.copyButton.click();
  await expect(guide.panel.getByRole('status').filter({ hasText: 'Invitationen er kopieret' })).toBeVisible();
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied).toContain('Hvor: Beboerhuset, Åvej 2');
});

test('the facilitator’s guide PDF downloads with the agenda in it', async ({ page }) => {
  test.setTimeout(90_000);
  const workshop = await workshopWithWarmUp(page, 'Guide på papir i Ærøskøbing');
  const guide = new GuidePanel(page);
  await guide.openByMouse();
  await guide.minutesField.fill('120');
  await guide.startField.fill('9:00');
  await guide.closeButton.click();
  expect(await workshop.currentPhase()).toBe('Forberedelse');

  const menu = new ExportMenu(page);
  await menu.open();
  await menu.build('Facilitatorguide med dagsorden (A4)');
  const download = await menu.download();
  expect(download.suggestedFilename()).toBe('facilitatorguide-guide-paa-papir-i-aeroeskoebing.pdf');
  const file = test.info().outputPath('guide.pdf');
  await download.saveAs(file);
  expect(execFileSync('qpdf', ['--check', file], { encoding: 'utf8' })).toContain('No syntax or stream encoding errors');
  const first = execFileSync('pdftotext', ['-enc', 'UTF-8', '-f', '1', '-l', '1', file, '-'], { encoding: 'utf8' }).replace(/\s+/gu, ' ');
  expect(first).toContain('Facilitatorguide');
  expect(first).toContain('Guide på papir i Ærøskøbing');
  expect(first).toContain('Dagsorden');
  expect(first).toMatch(/09:00–09:15 Solskinsmodellen 15 min\./u);
  expect(first).toContain('120 min.');
  const text = execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8' }).replace(/\s+/gu, ' ');
  expect(text).toContain('Det kan du sige');
  expect(text).toContain('Tabletter ladet op');
});

test('"Vis et eksempel" helps a stuck group in Værdispillet and Gør hinanden stærkere', async ({ page }) => {
  const workshop = await workshopWithWarmUp(page, 'Eksempler');
  await workshop.goToPhase('Værdispillet');
  const show = page.getByRole('button', { name: 'Vis et eksempel' });
  await show.click();
  const examples = page.getByRole('region', { name: 'Eksempler fra praksis' });
  await expect(examples).toContainText('Bredere målgruppe: Sundhedsplejen rykker ind i beboerhuset');
  await expect(examples).toContainText('Genfortalt efter Boligsocialnet');
  await examples.getByRole('button', { name: 'Adgang til flere ressourcer' }).click();
  await expect(examples.getByRole('button', { name: 'Adgang til flere ressourcer' })).toHaveAttribute('aria-pressed', 'true');
  await expect(examples).toContainText('Et fitnesscenter på torvet');
  await expectNoSeriousA11yViolations(page, 'a practice example open in Værdispillet');
  await page.getByRole('button', { name: 'Skjul eksemplet' }).click();
  await expect(examples).toHaveCount(0);

  await workshop.goToPhase('Gør hinanden stærkere');
  await page.getByRole('button', { name: 'Vis et eksempel' }).focus();
  await page.keyboard.press('Enter');
  await expect(examples).toContainText('Videndele: To foreninger deler erfaringer');
  await examples.getByRole('button', { name: 'Samskabe' }).click();
  await expect(examples).toContainText('En ny idrætsklub på tværs af kvarterer');
});

test('the follow-up shows each agreement’s rung on the ladder and what builds the trust for the next', async ({ page }) => {
  const workshop = await openImported(page, 6);
  await workshop.goToPhase('Opsamling');
  const followUp = page.getByRole('region', { name: 'Opfølgning: hvad holdt?' });
  const first = followUp.getByRole('listitem').filter({ hasText: 'Fælles madklub nr. 1 i kælderen' });
  await expect(first).toContainText('Trin 1 af 5 på samarbejdsstigen: Videndele');
  await expect(first).toContainText('Sådan bygger I tillid til næste trin');
  const fifth = followUp.getByRole('listitem').filter({ hasText: 'Fælles madklub nr. 5 i kælderen' });
  await expect(fifth).toContainText('Trin 5 af 5 på samarbejdsstigen: Samskabe');
  await expect(fifth).toContainText('Sådan holder I samarbejdet i live');
  await expect(first).not.toContainText('Til opfølgningen');
  await first.getByRole('radio', { name: 'Droppet' }).check();
  await expect(first).toContainText('Til opfølgningen: Sig åbent, hvorfor det ikke blev til noget.');
  await expectNoSeriousA11yViolations(page, 'the follow-up with trust notes');
});

test('the guide speaks English when the app does', async ({ page }) => {
  const workshop = await workshopWithWarmUp(page, 'Guide in English');
  await workshop.goToPhase('Værdispillet');
  await page.getByRole('button', { name: 'English', exact: true }).click();
  await page.getByRole('button', { name: 'Facilitator’s guide', exact: true }).click();
  const panel = page.getByRole('complementary', { name: 'Facilitator’s guide: The value game', exact: true });
  await expect(panel.getByRole('heading', { level: 2 })).toHaveText('Guide to The value game');
  for (const part of ['Purpose', 'What you can say', 'Time', 'Watch for', 'Tips']) {
    await expect(panel.getByRole('heading', { level: 3, name: part, exact: true })).toBeVisible();
  }
  await expect(panel).toContainText('Put the pieces in your section that the collaboration creates for you.');
  await expect(panel).toContainText('Source: CFBU: Få flere på banen (2019)');
});
