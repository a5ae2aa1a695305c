import { readFileSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { expect, test, type Page } from '@playwright/test';
import * as Y from 'yjs';
import { extractText, normaliseText, savePdf } from '../support/pdf-checks.ts';
import { RawClient, updateMessage } from '../support/test-server.ts';
import { expectNoSeriousA11yViolations } from './axe.ts';
import { DESKTOP, device, TABLET, type Device } from './live-devices.ts';
import { LiveServer } from './live-server.ts';
import { AgreementsPage } from './pages/agreements-page.ts';
import { CONNECTED, connectionBadge, JoinPage, LivePanel } from './pages/live-page.ts';
import { StartPage } from './pages/start-page.ts';
import { TabletProgress } from './pages/warm-up-page.ts';
import { TabletAgreementsPage } from './pages/tablet-agreements-page.ts';
import { WorkshopPage } from './pages/workshop-page.ts';

/*
 * Aftaler in a live session (issue 16 item 3), through the real session server: the facilitator makes
 * agreements, and each tablet (820×1180, touch) sees the ones its organisation is part of as they are
 * made, says "Vi er med", writes a comment, and the coordinator's tablet writes the first step; the
 * facilitator sees it all arrive. A raw Yjs client with a tablet's real key cannot write a first step
 * for an agreement it does not coordinate. The facilitator sees how far each tablet is and may lock the
 * answers: the tablets say so, the server holds the lock, and "Vi er færdige" still goes through.
 */

const MENY = 'MENY';
const BIBLIOTEKET = 'Biblioteket';
const SKOLEN = 'Nørreskolen';
const LEKTIECAFE = 'Fælles lektiecafé om torsdagen';
const GYMNASTIKSAL = 'MENY låner skolens gymnastiksal';
const SYNC_TIMEOUT = 20_000;

/** Screenshots for a person to look at, when SHOTS_DIR is set (they check nothing themselves). */
const SHOTS_DIR = process.env.SHOTS_DIR;

async function shot(page: Page, name: string): Promise<void> {
  if (!SHOTS_DIR) return;
  await mkdir(SHOTS_DIR, { recursive: true });
  await page.screenshot({ path: `${SHOTS_DIR}/${name}.png` });
}

test.describe.configure({ mode: 'serial' });

let server: LiveServer;
let facilitator: Device;
let meny: Device;
let biblioteket: Device;

test.beforeAll(async () => {
  server = await LiveServer.start();
});

test.afterAll(async () => {
  for (const each of [facilitator, meny, biblioteket]) await each?.context.close();
  await server?.stop();
});

test('agreements reach the tablets of their organisations; "Vi er med", a comment and the first step reach the facilitator', async ({ browser }) => {
  test.setTimeout(240_000);
  facilitator = await device(browser, server.url, DESKTOP);
  const start = new StartPage(facilitator.page);
  await start.goto();
  const workshop = await start.createWorkshop('Aftaler i Gellerup');
  await workshop.addOrganisation(MENY, 'Erhvervsdrivende');
  await workshop.addOrganisation(BIBLIOTEKET, 'Kommunale institutioner');
  await workshop.addOrganisation(SKOLEN, 'Kommunale institutioner');
  const panel = new LivePanel(facilitator.page);
  const started = await panel.start();
  await panel.close();
  await expect(connectionBadge(facilitator.page)).toHaveText(CONNECTED, { timeout: SYNC_TIMEOUT });
  await workshop.goToPhase('Aftaler');
  const agreements = new AgreementsPage(facilitator.page);
  await expect(agreements.heading).toBeVisible();

  meny = await device(browser, server.url, TABLET);
  await new JoinPage(meny.page).goto(started.code);
  await new JoinPage(meny.page).pick(MENY);
  biblioteket = await device(browser, server.url, TABLET);
  await new JoinPage(biblioteket.page).goto(started.code);
  await new JoinPage(biblioteket.page).pick(BIBLIOTEKET);
  const menyAgreements = new TabletAgreementsPage(meny.page);
  const biblioteketAgreements = new TabletAgreementsPage(biblioteket.page);
  await expect(menyAgreements.none).toHaveText('Der er ingen aftaler med MENY endnu. De kommer frem her, så snart facilitatoren laver dem.');
  await shot(meny.page, 'tablet-aftaler-none');

  // Two agreements: the first with MENY and Biblioteket (Biblioteket coordinates), the second with MENY and the school.
  await agreements.make({ what: LEKTIECAFE, organisations: [MENY, BIBLIOTEKET], coordinator: BIBLIOTEKET, form: 'Samordne', firstStep: 'Vi finder en dato' });
  await agreements.make({ what: GYMNASTIKSAL, organisations: [MENY, SKOLEN], coordinator: SKOLEN, form: 'Ressourceudveksle' });
  await expect(menyAgreements.whats).toHaveText([LEKTIECAFE, GYMNASTIKSAL], { timeout: SYNC_TIMEOUT });
  await expect(biblioteketAgreements.whats).toHaveText([LEKTIECAFE], { timeout: SYNC_TIMEOUT });
  await expect(biblioteketAgreements.card(GYMNASTIKSAL)).toHaveCount(0);
  await expect(menyAgreements.card(LEKTIECAFE)).toContainText('Tovholder: Biblioteket');
  await expect(menyAgreements.card(LEKTIECAFE)).toContainText('Første skridt: Vi finder en dato');
  // Only the coordinator writes the first step.
  await expect(menyAgreements.firstStepButton(LEKTIECAFE)).toHaveCount(0);
  await expect(biblioteketAgreements.card(LEKTIECAFE)).toContainText('I er tovholder');
  await expectNoSeriousA11yViolations(meny.page, 'the agreements on a tablet');
  await shot(meny.page, 'tablet-aftaler-two');

  // MENY says "Vi er med" and writes a comment; the facilitator sees both.
  await menyAgreements.sayIn(LEKTIECAFE);
  await menyAgreements.commentButton(LEKTIECAFE).tap();
  await shot(meny.page, 'tablet-aftaler-comment-open');
  await expectNoSeriousA11yViolations(meny.page, 'a comment being written on a tablet');
  await meny.page.keyboard.press('Escape');
  await expect(menyAgreements.commentButton(LEKTIECAFE)).toBeFocused();
  await menyAgreements.writeComment(LEKTIECAFE, 'Vi tager kaffe og boller med');
  await shot(meny.page, 'tablet-aftaler-in-commented');
  const card = agreements.card(LEKTIECAFE);
  await expect(card).toContainText('Vi er med: MENY', { timeout: SYNC_TIMEOUT });
  await expect(card.getByRole('list', { name: 'Kommentarer' }).getByRole('listitem')).toHaveText(['MENY: Vi tager kaffe og boller med'], { timeout: SYNC_TIMEOUT });
  await expect(agreements.card(GYMNASTIKSAL)).toContainText('Ingen har sagt "Vi er med" endnu.');
  // Biblioteket sees who else is in.
  await expect(biblioteketAgreements.card(LEKTIECAFE)).toContainText('Vi er med: MENY', { timeout: SYNC_TIMEOUT });

  // Biblioteket, the coordinator, writes the first step: the facilitator's card and MENY's tablet show it.
  await biblioteketAgreements.writeFirstStep(LEKTIECAFE, 'Biblioteket ringer til skolen mandag');
  await expect(card).toContainText('Første skridtBiblioteket ringer til skolen mandag', { timeout: SYNC_TIMEOUT });
  await expect(menyAgreements.card(LEKTIECAFE)).toContainText('Første skridt: Biblioteket ringer til skolen mandag', { timeout: SYNC_TIMEOUT });
  await biblioteketAgreements.sayIn(LEKTIECAFE);
  await expect(card).toContainText('Vi er med: MENY, Biblioteket', { timeout: SYNC_TIMEOUT });
  await shot(biblioteket.page, 'tablet-aftaler-coordinator');
  await shot(facilitator.page, 'facilitator-aftaler-answers');

  // MENY takes "Vi er med" back: the facilitator sees it go.
  await menyAgreements.takeBackButton(LEKTIECAFE).tap();
  await expect(menyAgreements.inButton(LEKTIECAFE)).toBeFocused();
  await expect(card).toContainText('Vi er med: Biblioteket', { timeout: SYNC_TIMEOUT });

  // The facilitator edits the first step: it stands everywhere, on the coordinator's tablet too.
  await card.getByRole('button', { name: `Ret aftalen "${LEKTIECAFE}"` }).click();
  await agreements.firstStep.fill('Skolen ringer til biblioteket tirsdag');
  await agreements.saveButton.click();
  await expect(card).toContainText('Første skridtSkolen ringer til biblioteket tirsdag');
  await expect(biblioteketAgreements.card(LEKTIECAFE)).toContainText('Første skridt: Skolen ringer til biblioteket tirsdag', { timeout: SYNC_TIMEOUT });

  for (const each of [facilitator, meny, biblioteket]) expect(each.errors).toEqual([]);
});

test('a raw Yjs client with MENY’s real key cannot write the first step of an agreement Biblioteket coordinates', async () => {
  test.setTimeout(60_000);
  const roomId = /#\/live\/([^/?#]+)/u.exec(meny.page.url())?.[1] ?? '';
  const record = await meny.page.evaluate((id) => localStorage.getItem(`vaerdispil.live.joined.${id}`), roomId);
  const { key, organisationId } = JSON.parse(record ?? '{}') as { key: string; organisationId: string };
  const url = (part: string) => `ws://127.0.0.1:${server.port}/sync/${roomId}/${part}?key=${encodeURIComponent(key)}`;

  const setup = await RawClient.synced(url('setup'));
  const agreementId = [...setup.doc.getMap<Y.Map<unknown>>('agreements').entries()].find(([, agreement]) => agreement.get('what') === LEKTIECAFE)?.[0];
  setup.close();
  if (!agreementId) throw new Error('the agreement is not in the setup');

  const hostile = await RawClient.synced(url(`org/${organisationId}`));
  const before = Y.encodeStateVector(hostile.doc);
  const answer = hostile.doc.getMap<Y.Map<unknown>>('agreementAnswers').get(agreementId);
  if (!answer) throw new Error('MENY has not answered');
  answer.set('firstStep', 'MENY bestemmer alt');
  hostile.send(updateMessage(Y.encodeStateAsUpdate(hostile.doc, before)));
  const closed = await hostile.closed;
  expect([closed.code, closed.reason]).toEqual([4422, 'agreement-not-coordinator']);

  // Nothing of it reached anyone: the facilitator's card still shows the facilitator's first step.
  const card = new AgreementsPage(facilitator.page).card(LEKTIECAFE);
  await expect(card).toContainText('Første skridtSkolen ringer til biblioteket tirsdag');
  await expect(card).not.toContainText('MENY bestemmer alt');
});

test('the facilitator sees the tablets\' answers and locks them: the tablet says so, the server holds it, "Vi er færdige" goes through', async () => {
  test.setTimeout(120_000);
  const progress = new TabletProgress(facilitator.page);
  const menyAgreements = new TabletAgreementsPage(meny.page);
  const card = new AgreementsPage(facilitator.page).card(LEKTIECAFE);
  // MENY has commented on the lektiecafé; Biblioteket has said "Vi er med" to it and written its first step.
  await expect(progress.of(MENY)).toContainText('Svar: 1');
  await expect(progress.of(BIBLIOTEKET)).toContainText('Svar: 1');
  await expect(progress.of(SKOLEN)).toContainText('Svar: 0');
  await expect(progress.of(SKOLEN)).toContainText('Ikke begyndt');
  await expect(progress.summary).toHaveText('0 af 3 er færdige');

  await progress.lockButton.click();
  await expect(progress.lockButton).toHaveAttribute('aria-pressed', 'true');
  const lockedNotice = meny.page.getByRole('status').filter({ hasText: 'Facilitatoren har låst, så I ikke kan skrive lige nu.' });
  await expect(lockedNotice).toBeVisible({ timeout: SYNC_TIMEOUT });
  await expectNoSeriousA11yViolations(meny.page, 'the agreements on a tablet while locked');
  await shot(meny.page, 'tablet-aftaler-locked');
  // "Vi er med" is refused on the tablet; nothing reaches the facilitator.
  await menyAgreements.inButton(LEKTIECAFE).tap();
  await expect(menyAgreements.inButton(LEKTIECAFE)).toBeVisible();
  await expect(menyAgreements.card(LEKTIECAFE)).not.toContainText('I har sagt: Vi er med');

  // A tablet running other code is refused by the server.
  const roomId = /#\/live\/([^/?#]+)/u.exec(meny.page.url())?.[1] ?? '';
  const record = await meny.page.evaluate((id) => localStorage.getItem(`vaerdispil.live.joined.${id}`), roomId);
  const { key, organisationId } = JSON.parse(record ?? '{}') as { key: string; organisationId: string };
  const hostile = await RawClient.synced(`ws://127.0.0.1:${server.port}/sync/${roomId}/org/${organisationId}?key=${encodeURIComponent(key)}`);
  const before = Y.encodeStateVector(hostile.doc);
  const answer = [...hostile.doc.getMap<Y.Map<unknown>>('agreementAnswers').values()][0];
  if (!answer) throw new Error('MENY has not answered');
  answer.set('isIn', true);
  hostile.send(updateMessage(Y.encodeStateAsUpdate(hostile.doc, before)));
  const closed = await hostile.closed;
  expect([closed.code, closed.reason]).toEqual([4422, 'phase-locked']);
  await expect(card).toContainText('Vi er med: Biblioteket');
  await expect(card).not.toContainText('Vi er med: MENY');

  // "Vi er færdige" goes through while locked, and the facilitator sees it.
  await meny.page.getByRole('button', { name: 'Vi er færdige', exact: true }).tap();
  await expect(meny.page.locator('.done-note')).toBeVisible();
  await expect(progress.of(MENY)).toContainText('Færdig', { timeout: SYNC_TIMEOUT });
  await expect(progress.summary).toHaveText('1 af 3 er færdig');
  await expectNoSeriousA11yViolations(facilitator.page, 'the facilitator in Aftaler with the tablets’ progress');
  await shot(facilitator.page, 'facilitator-aftaler-progress');

  // Unlocked, MENY may answer again.
  await progress.lockButton.click();
  await expect(lockedNotice).toBeHidden({ timeout: SYNC_TIMEOUT });
  await menyAgreements.sayIn(GYMNASTIKSAL);
  await expect(progress.of(MENY)).toContainText('Svar: 2', { timeout: SYNC_TIMEOUT });
  for (const each of [facilitator, meny, biblioteket]) {
    await expect(connectionBadge(each.page)).toHaveText(CONNECTED);
    expect(each.errors).toEqual([]);
  }
});

test('in Opsamling each tablet makes its own page as a PDF: its agreements with coordinators and dates, not the others’', async () => {
  test.setTimeout(120_000);
  await new WorkshopPage(facilitator.page).goToPhase('Opsamling');
  const make = meny.page.getByRole('button', { name: 'Lav vores side som PDF' });
  await expect(meny.page.getByRole('heading', { name: 'Jeres side fra workshoppen: MENY' })).toBeVisible({ timeout: SYNC_TIMEOUT });
  await make.tap();
  const link = meny.page.getByRole('link', { name: 'Hent' });
  await expect(link).toHaveAttribute('download', /^organisation-meny-aftaler-i-gellerup\.pdf$/u, { timeout: 60_000 });
  const [download] = await Promise.all([meny.page.waitForEvent('download'), link.click()]);
  const file = savePdf(readFileSync(await download.path()), 'meny-page');
  const text = extractText(file);
  expect(text).toContain('MENY');
  // Both agreements MENY is part of, with their coordinators; Biblioteket's page would not hold Skolen's.
  expect(text).toContain(normaliseText(LEKTIECAFE));
  expect(text).toContain(normaliseText(GYMNASTIKSAL));
  expect(text).toContain('Tovholder: Nørreskolen');

  await expect(biblioteket.page.getByRole('heading', { name: 'Jeres side fra workshoppen: Biblioteket' })).toBeVisible({ timeout: SYNC_TIMEOUT });
  await biblioteket.page.getByRole('button', { name: 'Lav vores side som PDF' }).tap();
  const other = biblioteket.page.getByRole('link', { name: 'Hent' });
  await expect(other).toHaveAttribute('download', /^organisation-biblioteket-/u, { timeout: 60_000 });
  const [second] = await Promise.all([biblioteket.page.waitForEvent('download'), other.click()]);
  const otherText = extractText(savePdf(readFileSync(await second.path()), 'biblioteket-page'));
  expect(otherText).toContain(normaliseText(LEKTIECAFE));
  expect(otherText).not.toContain(normaliseText(GYMNASTIKSAL));
  for (const each of [meny, biblioteket]) expect(each.errors).toEqual([]);
});
