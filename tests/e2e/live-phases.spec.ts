import { mkdir } from 'node:fs/promises';
import { expect, test, type Page } from '@playwright/test';
import * as Y from 'yjs';
import { postJson } from '../support/test-server.ts';
import { expectNoSeriousA11yViolations } from './axe.ts';
import { DESKTOP, device, TABLET, type Device } from './live-devices.ts';
import { projectorRoom, RawRoom, SYNC_TIMEOUT } from './live-raw.ts';
import { LiveServer } from './live-server.ts';
import { BoardPage } from './pages/board-page.ts';
import { CONNECTED, connectionBadge, JoinPage, LivePanel, OFFLINE } from './pages/live-page.ts';
import { StartPage } from './pages/start-page.ts';
import { projectedAnswers, TabletProgress, TabletWarmUp, WarmUpPage } from './pages/warm-up-page.ts';
import type { PhaseName, WorkshopPage } from './pages/workshop-page.ts';

/*
 * The tablets and the projector in every phase, with the real session server: a facilitator, two tablets
 * (touch, 820×1180) and a projector, each in its own Chromium context. In Opvarmning each organisation
 * writes its own answers on its tablet and says "Vi er færdige"; the facilitator sees it and can lock
 * writing, which the server holds too; a tablet taken offline keeps writing, and all of it arrives when
 * it is back. The projector shows each phase in its big form. In order, on one session, like a meeting.
 */

const WORKSHOP = 'Opvarmning i Gellerup';
const MENY = 'MENY';
const BIBLIOTEKET = 'Biblioteket';

/** Screenshots for a person to look at, when SHOTS_DIR is set (they check nothing themselves). */
const SHOTS_DIR = process.env.SHOTS_DIR;

async function shot(page: Page, name: string): Promise<void> {
  if (!SHOTS_DIR) return;
  await mkdir(SHOTS_DIR, { recursive: true });
  await page.screenshot({ path: `${SHOTS_DIR}/${name}.png`, fullPage: true });
}

test.describe.configure({ mode: 'serial' });

let server: LiveServer;
let facilitator: Device;
let menyTablet: Device;
let biblioteketTablet: Device;
let projector: Device;
let workshop: WorkshopPage;
let room: RawRoom;
let organisationIds: Record<string, string>;

test.beforeAll(async () => {
  server = await LiveServer.start();
});

test.afterAll(async () => {
  for (const each of [facilitator, menyTablet, biblioteketTablet, projector]) await each?.context.close();
  await server?.stop();
});

/** The tablet's participant key, as the app keeps it on the device. */
async function keyOf(tablet: Device): Promise<string> {
  const record = await tablet.page.evaluate((id) => localStorage.getItem(`vaerdispil.live.joined.${id}`), room.roomId);
  return (JSON.parse(record ?? '{}') as { key: string }).key;
}

/** An answer as the app writes it into an organisation's document. */
function answerRecord(text: string): Y.Map<unknown> {
  const record = new Y.Map<unknown>();
  record.set('text', text);
  record.set('order', 9);
  return record;
}

test('Opvarmning on the tablets: answers arrive live, "Vi er færdige" shows in the progress, the lock holds on the server', async ({ browser }) => {
  test.setTimeout(240_000);
  facilitator = await device(browser, server.url, DESKTOP);
  const start = new StartPage(facilitator.page);
  await start.goto();
  workshop = await start.createWorkshop(WORKSHOP);
  await workshop.warmUpCheckbox.check();
  await workshop.addOrganisation(MENY, 'Erhvervsdrivende');
  await workshop.addOrganisation(BIBLIOTEKET, 'Kommunale institutioner');
  await workshop.goToPhase('Opvarmning');
  const warmUp = new WarmUpPage(facilitator.page);
  await warmUp.expectVisible();
  const panel = new LivePanel(facilitator.page);
  const started = await panel.start();
  await panel.close();
  await expect(connectionBadge(facilitator.page)).toHaveText(CONNECTED, { timeout: SYNC_TIMEOUT });
  room = new RawRoom(server.port, projectorRoom(started.projectorUrl).roomId);
  const joined = (await (await postJson(`${server.url}api/join`, { code: started.code })).json()) as { organisations: { id: string; name: string }[] };
  organisationIds = Object.fromEntries(joined.organisations.map((organisation) => [organisation.name, organisation.id]));

  projector = await device(browser, server.url, DESKTOP);
  await projector.page.goto(started.projectorUrl);
  await expect(projector.page.getByRole('heading', { level: 1, name: 'Opvarmning', exact: true })).toBeVisible({ timeout: SYNC_TIMEOUT });

  menyTablet = await device(browser, server.url, TABLET);
  const menyJoin = new JoinPage(menyTablet.page);
  await menyJoin.goto(started.code);
  await menyJoin.pick(MENY);
  biblioteketTablet = await device(browser, server.url, TABLET);
  const biblioteketJoin = new JoinPage(biblioteketTablet.page);
  await biblioteketJoin.goto(started.code);
  await biblioteketJoin.pick(BIBLIOTEKET);
  const meny = new TabletWarmUp(menyTablet.page, MENY);
  const biblioteket = new TabletWarmUp(biblioteketTablet.page, BIBLIOTEKET);
  await expect(meny.heading).toBeVisible();
  await expect(meny.newAnswerField).toBeVisible();
  await expectNoSeriousA11yViolations(menyTablet.page, 'a tablet in Opvarmning');

  // Each tablet writes its own answers, by touch; they arrive on the facilitator's screen and the projector.
  await meny.addAnswer('Nye kunder');
  await meny.addAnswer('Ro i området');
  await biblioteket.addAnswer('Flere lånere');
  await expect.poll(() => warmUp.answers(MENY), { timeout: SYNC_TIMEOUT }).toEqual(['Nye kunder', 'Ro i området']);
  await expect.poll(() => warmUp.answers(BIBLIOTEKET), { timeout: SYNC_TIMEOUT }).toEqual(['Flere lånere']);
  await expect.poll(() => warmUp.pieceNames()).toEqual(['Nye kunder', 'Ro i området', 'Flere lånere']);
  await expect(projectedAnswers(projector.page, MENY)).toHaveText(['Nye kunder', 'Ro i området'], { timeout: SYNC_TIMEOUT });
  await expect(projectedAnswers(projector.page, BIBLIOTEKET)).toHaveText(['Flere lånere'], { timeout: SYNC_TIMEOUT });
  // The tablets see only their own answers to write.
  await expect(menyTablet.page.getByRole('region', { name: BIBLIOTEKET, exact: true })).toHaveCount(0);

  // The facilitator sees how far each is; MENY says it is done, and takes it back.
  const progress = new TabletProgress(facilitator.page);
  await expect(progress.of(MENY)).toContainText('2 af 3 svar');
  await expect(progress.of(MENY)).toContainText('Skriver');
  await expect(progress.summary).toHaveText('0 af 2 er færdige');
  await meny.doneButton.tap();
  await expect(meny.doneNote).toBeVisible();
  await expect(meny.newAnswerField).toHaveCount(0);
  expect(await meny.answers()).toEqual(['Nye kunder', 'Ro i området']);
  await expect(progress.of(MENY)).toContainText('Færdig', { timeout: SYNC_TIMEOUT });
  await expect(progress.summary).toHaveText('1 af 2 er færdig');
  await expect(progress.of(BIBLIOTEKET)).toContainText('Skriver');
  await expect(projector.page.getByRole('article', { name: MENY, exact: true })).toContainText('Færdig', { timeout: SYNC_TIMEOUT });
  await expect(projector.page.getByRole('article', { name: BIBLIOTEKET, exact: true })).not.toContainText('Færdig');
  await shot(menyTablet.page, 'tablet-warm-up-done');
  await shot(projector.page, 'projector-warm-up-done');
  await meny.notDoneButton.tap();
  await expect(meny.newAnswerField).toBeVisible();
  await expect(progress.of(MENY)).toContainText('Skriver', { timeout: SYNC_TIMEOUT });
  await expectNoSeriousA11yViolations(facilitator.page, 'the facilitator in Opvarmning with the tablets’ progress');
  await expectNoSeriousA11yViolations(projector.page, 'the projector in Opvarmning');
  await shot(menyTablet.page, 'tablet-warm-up');
  await shot(projector.page, 'projector-warm-up');
  await shot(facilitator.page, 'facilitator-warm-up');

  // The lock: the tablets say so and offer nothing to write; a tablet running other code is refused by the server.
  await progress.lockButton.click();
  await expect(progress.lockButton).toHaveAttribute('aria-pressed', 'true');
  for (const tablet of [meny, biblioteket]) {
    await expect(tablet.lockedNotice).toBeVisible({ timeout: SYNC_TIMEOUT });
    await expect(tablet.newAnswerField).toHaveCount(0);
  }
  await expect(meny.card.getByRole('textbox', { name: `Svar 1 fra ${MENY}`, exact: true })).toHaveAttribute('readonly', '');
  await expect(meny.card.getByRole('button', { name: /^Fjern svaret/ })).toHaveCount(0);
  await shot(menyTablet.page, 'tablet-warm-up-locked');
  const menyKey = await keyOf(menyTablet);
  await room.expectClosed(`org/${organisationIds[MENY]}`, menyKey, [4422, 'phase-locked'], (doc) => doc.getMap('drivers').set('hostile1', answerRecord('Låst, men skrevet alligevel')));
  // Saying "Vi er færdige" is still possible while locked.
  await biblioteket.doneButton.tap();
  await expect(progress.of(BIBLIOTEKET)).toContainText('Færdig', { timeout: SYNC_TIMEOUT });
  await progress.lockButton.click();
  await expect(meny.lockedNotice).toBeHidden({ timeout: SYNC_TIMEOUT });
  await meny.addAnswer('Synlighed');
  await expect.poll(() => warmUp.answers(MENY), { timeout: SYNC_TIMEOUT }).toEqual(['Nye kunder', 'Ro i området', 'Synlighed']);
  // The third answer is the last: the tablet says so instead of offering a field that would refuse it.
  await expect(meny.newAnswerField).toHaveCount(0);
  await expect(meny.card).toContainText('En organisation kan højst give 3 svar.');

  // MENY's key does not write Biblioteket's answers: the server closes the connection (read-only for it).
  await room.expectClosed(`org/${organisationIds[BIBLIOTEKET]}`, menyKey, [4403, 'read-only document'], (doc) => doc.getMap('drivers').set('hostile2', answerRecord('Skrevet af MENY')));
  const biblioteketDoc = await room.client(`org/${organisationIds[BIBLIOTEKET]}`, await keyOf(biblioteketTablet));
  expect([...biblioteketDoc.doc.getMap<Y.Map<unknown>>('drivers').values()].map((answer) => answer.get('text'))).toEqual(['Flere lånere']);
  biblioteketDoc.close();
  await expect.poll(() => warmUp.answers(BIBLIOTEKET)).toEqual(['Flere lånere']);

  for (const each of [facilitator, menyTablet, biblioteketTablet, projector]) {
    await expect(connectionBadge(each.page)).toHaveText(CONNECTED);
    expect(each.errors).toEqual([]);
  }
});

test('a tablet offline in Opvarmning writes its answers and says "Vi er færdige"; all of it reaches the facilitator when it is back', async () => {
  test.skip(!biblioteketTablet, 'needs the session of the first test');
  test.setTimeout(180_000);
  const biblioteket = new TabletWarmUp(biblioteketTablet.page, BIBLIOTEKET);
  const warmUp = new WarmUpPage(facilitator.page);
  const progress = new TabletProgress(facilitator.page);
  // Biblioteket said it was done while the warm-up was locked; it takes that back to write more.
  await biblioteket.notDoneButton.tap();
  await expect(biblioteket.newAnswerField).toBeVisible();
  await expect(progress.of(BIBLIOTEKET)).toContainText('Skriver', { timeout: SYNC_TIMEOUT });

  await biblioteketTablet.context.setOffline(true);
  await expect(connectionBadge(biblioteketTablet.page)).toContainText(OFFLINE, { timeout: SYNC_TIMEOUT });
  await biblioteket.addAnswer('Nye frivillige');
  await biblioteket.addAnswer('Et sted at mødes');
  expect(await biblioteket.answers()).toEqual(['Flere lånere', 'Nye frivillige', 'Et sted at mødes']);
  await biblioteket.doneButton.tap();
  await expect(biblioteket.doneNote).toBeVisible();
  // Nothing has left the tablet yet.
  await expect(progress.of(BIBLIOTEKET)).toContainText('1 af 3 svar');
  await expect(progress.of(BIBLIOTEKET)).toContainText('Skriver');
  expect(await warmUp.answers(BIBLIOTEKET)).toEqual(['Flere lånere']);

  await biblioteketTablet.context.setOffline(false);
  await expect(connectionBadge(biblioteketTablet.page)).toHaveText(CONNECTED, { timeout: SYNC_TIMEOUT });
  await expect.poll(() => warmUp.answers(BIBLIOTEKET), { timeout: SYNC_TIMEOUT }).toEqual(['Flere lånere', 'Nye frivillige', 'Et sted at mødes']);
  await expect(progress.of(BIBLIOTEKET)).toContainText('3 af 3 svar');
  await expect(progress.of(BIBLIOTEKET)).toContainText('Færdig', { timeout: SYNC_TIMEOUT });
  await expect(projectedAnswers(projector.page, BIBLIOTEKET)).toHaveText(['Flere lånere', 'Nye frivillige', 'Et sted at mødes'], { timeout: SYNC_TIMEOUT });
  // MENY's answers are as they were.
  await expect.poll(() => warmUp.answers(MENY)).toEqual(['Nye kunder', 'Ro i området', 'Synlighed']);
  for (const each of [facilitator, biblioteketTablet, projector]) {
    await expect(connectionBadge(each.page)).toHaveText(CONNECTED);
    expect(each.errors).toEqual([]);
  }
});

/** What the projector shows in each phase (a heading of its big form) and what a tablet says or shows there. */
const PHASES: { phase: PhaseName; projector: string | RegExp; tablet: string | RegExp }[] = [
  { phase: 'Forberedelse', projector: 'Deltagende organisationer', tablet: 'Velkommen. Workshoppen begynder snart.' },
  { phase: 'Solskinsmodellen', projector: 'Solskinsmodellen', tablet: 'Solskinsmodellen' },
  { phase: 'Opvarmning', projector: 'Opvarmning', tablet: 'Opvarmning' },
  { phase: 'Værdispillet', projector: 'Værdispillet', tablet: 'Værdispillet' },
  { phase: 'Det fælles billede', projector: 'Det fælles billede', tablet: 'Se det fælles billede på skærmen, og tal om det sammen.' },
  { phase: 'Gør hinanden stærkere', projector: 'Gør hinanden stærkere', tablet: 'Gør hinanden stærkere' },
  { phase: 'Aftaler', projector: 'Aftaler', tablet: 'Aftaler' },
  { phase: 'Opsamling', projector: /^Opsamling: /, tablet: 'Jeres side fra workshoppen: MENY' },
];

test('the projector shows every phase in its big form, and a tablet says in each what to do', async () => {
  test.skip(!projector, 'needs the session of the first test');
  test.setTimeout(180_000);
  for (const { phase, projector: heading, tablet } of PHASES) {
    await workshop.goToPhase(phase);
    const screen = projector.page.locator('.live-room');
    await expect(screen.getByRole('heading', { name: heading, exact: typeof heading === 'string' })).toBeVisible({ timeout: SYNC_TIMEOUT });
    await expect(screen, phase).not.toContainText('Følg med');
    await expect(screen, phase).not.toContainText('vises her, når');
    // A display: nothing on it to type into (its key is read-only; a write would close its connection).
    await expect(screen.locator('input:not([readonly]), textarea:not([readonly]), select'), phase).toHaveCount(0);
    // The facilitator's own projector view offers the reveal here; the projector of a session does not.
    if (phase === 'Det fælles billede') await expect(screen.getByRole('button', { name: 'Vis alle felter' })).toHaveCount(0);
    const tabletRoom = menyTablet.page.locator('.live-room');
    // Where the tablet has its own screen, its heading; elsewhere, what to do meanwhile.
    if (phase !== 'Forberedelse' && phase !== 'Det fælles billede') {
      await expect(tabletRoom.getByRole('heading', { level: 2, name: tablet, exact: true })).toBeVisible({ timeout: SYNC_TIMEOUT });
    } else {
      await expect(tabletRoom.getByRole('status').filter({ hasText: tablet })).toBeVisible({ timeout: SYNC_TIMEOUT });
    }
    await expect(tabletRoom, phase).not.toContainText('Følg med');
    if (phase === 'Værdispillet') await expect(new BoardPage(menyTablet.page).heading).toBeVisible();
    await shot(projector.page, `projector-phase-${PHASES.findIndex((each) => each.phase === phase)}`);
    await shot(menyTablet.page, `tablet-phase-${PHASES.findIndex((each) => each.phase === phase)}`);
  }
  await expectNoSeriousA11yViolations(projector.page, 'the projector in Opsamling');
  for (const each of [projector, menyTablet]) {
    await expect(connectionBadge(each.page)).toHaveText(CONNECTED);
    expect(each.errors).toEqual([]);
  }
});

test('a tablet switched to English shows Opvarmning, Gør hinanden stærkere and Opsamling in English', async () => {
  test.skip(!projector, 'needs the session of the first test');
  test.setTimeout(120_000);
  const tablet = menyTablet.page;
  await tablet.getByRole('button', { name: 'English', exact: true }).tap();
  await expect(tablet.getByRole('button', { name: 'Dansk', exact: true })).toBeVisible();
  const tabletRoom = tablet.locator('.live-room');
  const screens: { phase: PhaseName; heading: string; name: string }[] = [
    { phase: 'Opvarmning', heading: 'Warm-up', name: 'opvarmning' },
    { phase: 'Gør hinanden stærkere', heading: 'Make each other stronger', name: 'goer-hinanden-staerkere' },
    { phase: 'Opsamling', heading: `Your page from the workshop: ${MENY}`, name: 'opsamling' },
  ];
  for (const { phase, heading, name } of screens) {
    await workshop.goToPhase(phase);
    await expect(tabletRoom.getByRole('heading', { level: 2, name: heading, exact: true })).toBeVisible({ timeout: SYNC_TIMEOUT });
    await shot(tablet, `tablet-en-${name}`);
    if (phase !== 'Gør hinanden stærkere') continue;
    // Each step of Gør hinanden stærkere in English too.
    for (const step of ['We want help', 'The others', 'Suggestions', 'Links']) {
      const tab = tablet.getByRole('tab', { name: new RegExp(`^${step}`, 'u') });
      await tab.tap();
      await expect(tab).toHaveAttribute('aria-selected', 'true');
      await shot(tablet, `tablet-en-${name}-${step.toLowerCase().replaceAll(' ', '-')}`);
    }
  }
  // The facilitator's laptop stays in Danish: the language is the device's own.
  await expect(facilitator.page.getByRole('button', { name: 'English', exact: true })).toBeVisible();
  // Back in Danish for whoever uses the tablet next.
  await tablet.getByRole('button', { name: 'Dansk', exact: true }).tap();
  await expect(tabletRoom.getByRole('heading', { level: 2, name: `Jeres side fra workshoppen: ${MENY}`, exact: true })).toBeVisible();
  expect(menyTablet.errors).toEqual([]);
});
