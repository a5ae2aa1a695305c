import { expect, test, type Page } from '@playwright/test';
import { expectNoSeriousA11yViolations } from './axe.ts';
import { DESKTOP, device, expectFilled, TABLET, type Device } from './live-devices.ts';
import { LiveServer } from './live-server.ts';
import { BoardPage } from './pages/board-page.ts';
import { CONNECTED, connectionBadge, JoinPage, LivePanel, OFFLINE, RoomPresencePage } from './pages/live-page.ts';
import { StartPage } from './pages/start-page.ts';
import { CORE_VALUE_NAMES } from './pages/sunshine-page.ts';
import { touchDrag } from './drag.ts';

/*
 * A live session with the real session server (server/main.ts serving this build): a facilitator, two
 * tablets and a projector, each in its own Chromium context, as on four devices. The tests run in
 * order on one session: a round, a tablet offline for ten pieces, and the server killed mid-session.
 */

const MENY = 'MENY';
const BIBLIOTEKET = 'Biblioteket';
const CUSTOM_VALUES = ['Tryghed', 'Fællesskab', 'Synlighed', 'Sundhed', 'Læring'];
const ALL_VALUES = [...CORE_VALUE_NAMES, ...CUSTOM_VALUES];
const [BREDERE, FAGLIGHED, SAMARBEJDE] = CORE_VALUE_NAMES;



/** A tablet's board: its own organisation's row and tray, without the facilitator's controls. */
function tabletBoard(page: Page, organisation: string): BoardPage {
  const board = new BoardPage(page);
  board.organisation = organisation;
  return board;
}


test.describe.configure({ mode: 'serial' });

let server: LiveServer;
let facilitator: Device;
let menyTablet: Device;
let biblioteketTablet: Device;
let projector: Device;
let facilitatorBoard: BoardPage;
let projectorUrl: string;

test.beforeAll(async () => {
  server = await LiveServer.start();
});

test.afterAll(async () => {
  for (const each of [facilitator, menyTablet, biblioteketTablet, projector]) await each?.context.close();
  await server?.stop();
});

test('without a session server (vite preview) the app says so plainly and keeps working', async ({ page }) => {
  const start = new StartPage(page);
  await start.goto();
  const workshop = await start.createWorkshop('Uden server');
  await workshop.addOrganisation(MENY, 'Erhvervsdrivende');
  const panel = new LivePanel(page);
  await panel.startButton.click();
  await expect(panel.message).toHaveText(/^Der svarer ingen sessionsserver her\./);
  await expect(panel.dialog).toBeHidden();
  await expect(connectionBadge(page)).toHaveCount(0);
  // The workshop goes on as before.
  const board = await BoardPage.open(workshop);
  await board.clickToPlace(BREDERE);
});

test('a full round: the facilitator opens a session, two tablets join by code, the projector follows', async ({ browser }) => {
  test.setTimeout(180_000);
  facilitator = await device(browser, server.url, DESKTOP);
  const start = new StartPage(facilitator.page);
  await start.goto();
  const workshop = await start.createWorkshop('Netværksmøde i Gellerup');
  await workshop.addOrganisation(MENY, 'Erhvervsdrivende');
  await workshop.addOrganisation(BIBLIOTEKET, 'Kommunale institutioner');
  for (const value of CUSTOM_VALUES) await workshop.addCustomValue(value);
  await expect(workshop.customValueNameFields()).toHaveCount(CUSTOM_VALUES.length);
  facilitatorBoard = await BoardPage.open(workshop);

  const panel = new LivePanel(facilitator.page);
  const started = await panel.start();
  const code = started.code;
  projectorUrl = started.projectorUrl;
  await expectNoSeriousA11yViolations(facilitator.page, 'join panel');
  await panel.close();
  await expect(connectionBadge(facilitator.page)).toHaveText(CONNECTED);

  // Tablet 1 types the code: a wrong one first.
  menyTablet = await device(browser, server.url, TABLET);
  const menyJoin = new JoinPage(menyTablet.page);
  await menyJoin.goto();
  await menyJoin.typeCode('2345');
  await expect(menyJoin.message).toHaveText('En kode har seks tegn, bogstaver og tal, fx K7M2QP.');
  const wrong = code === 'ZZZZZZ' ? 'YYYYYY' : 'ZZZZZZ';
  await menyJoin.typeCode(wrong);
  await expect(menyJoin.message).toHaveText('Koden passer ikke til en åben session. Tjek koden, eller spørg facilitatoren.');
  await menyJoin.typeCode(code.toLowerCase());
  await expect(menyJoin.pickHeading).toBeVisible();
  await expectNoSeriousA11yViolations(menyTablet.page, 'picking the organisation');
  await menyJoin.pick(MENY);

  // Tablet 2 comes from the QR code: the code is in the address.
  biblioteketTablet = await device(browser, server.url, TABLET);
  const biblioteketJoin = new JoinPage(biblioteketTablet.page);
  await biblioteketJoin.goto(code);
  await biblioteketJoin.pick(BIBLIOTEKET);

  projector = await device(browser, server.url, DESKTOP);
  await projector.page.goto(projectorUrl);
  const presence = new RoomPresencePage(projector.page);
  await expect(presence.presence(MENY)).toHaveText('1 forbundet', { timeout: 20_000 });
  await expect(presence.presence(BIBLIOTEKET)).toHaveText('1 forbundet');
  await expect(connectionBadge(projector.page)).toHaveText(CONNECTED);
  const projectorBoard = new BoardPage(projector.page);
  await expectNoSeriousA11yViolations(projector.page, 'projector');

  // The tablets show their own tray and no facilitator controls.
  const meny = tabletBoard(menyTablet.page, MENY);
  const biblioteket = tabletBoard(biblioteketTablet.page, BIBLIOTEKET);
  await expect(meny.trayPieces()).toHaveCount(ALL_VALUES.length);
  await expect(menyTablet.page.getByRole('region', { name: 'Facilitatorens knapper' })).toHaveCount(0);
  await expectNoSeriousA11yViolations(menyTablet.page, 'tablet board');

  // MENY drags a piece by touch; while it is carried the projector says who is moving a piece.
  await touchDrag(menyTablet.page, meny.trayPiece(BREDERE), meny.slot(BREDERE), {
    whenStarted: () => expect(presence.moving(`${MENY} flytter en brik`)).toBeVisible({ timeout: 10_000 }),
  });
  await meny.expectPlaced(BREDERE);
  await expect(presence.moving(`${MENY} flytter`)).toHaveCount(0);
  await meny.tapToPlace(FAGLIGHED);
  await meny.expectPlaced(FAGLIGHED);
  await biblioteket.tapToPlace(SAMARBEJDE);
  await biblioteket.expectPlaced(SAMARBEJDE);
  await biblioteket.writeExample(SAMARBEJDE, 'Vi låner MENYs lokale til lektiecafé.');

  // Everyone sees the pieces (hidden until the reveal).
  await expectFilled(projectorBoard, MENY, 2);
  await expectFilled(projectorBoard, BIBLIOTEKET, 1);
  await expectFilled(biblioteket, MENY, 2);
  await expectFilled(facilitatorBoard, BIBLIOTEKET, 1);

  // The facilitator reveals: the projector shows the values, and names the piece being carried.
  await facilitatorBoard.revealButton.click();
  await expect(projectorBoard.row(BIBLIOTEKET).getByRole('cell', { name: SAMARBEJDE })).toBeVisible({ timeout: 20_000 });
  await expect(projectorBoard.row(MENY).getByRole('cell', { name: BREDERE })).toBeVisible();
  await touchDrag(biblioteketTablet.page, biblioteket.trayPiece(BREDERE), biblioteket.slot(BREDERE), {
    whenStarted: () => expect(presence.moving(`${BIBLIOTEKET} flytter ${BREDERE}`)).toBeVisible({ timeout: 10_000 }),
  });
  await biblioteket.expectPlaced(BREDERE);

  // The lock reaches the tablets: a piece is refused there.
  await facilitatorBoard.lockButton.click();
  await expect(meny.lockedBanner).toBeVisible({ timeout: 20_000 });
  await meny.trayPiece(SAMARBEJDE).tap();
  await meny.slot(SAMARBEJDE).tap();
  await expect(meny.refusal).toHaveText('Spillepladen er låst af facilitatoren. Vent, til den bliver låst op.');
  await meny.expectSlot(SAMARBEJDE, 'tom');
  await facilitatorBoard.unlockButton.click();
  await expect(meny.lockedBanner).toBeHidden({ timeout: 20_000 });

  // Closing joining: the code no longer lets anyone in; the tablets already in carry on.
  await panel.showButton.click();
  await panel.closeJoiningButton.click();
  await expect(panel.openJoiningButton).toBeVisible();
  await panel.close();
  const late = await device(browser, server.url, TABLET);
  await new JoinPage(late.page).expectCodeRefused(code);
  await late.context.close();
  await expect(connectionBadge(menyTablet.page)).toHaveText(CONNECTED);
});

test('a tablet goes offline, places ten pieces, and all ten appear everywhere when it is back', async () => {
  test.setTimeout(180_000);
  const meny = tabletBoard(menyTablet.page, MENY);
  for (const value of [BREDERE, FAGLIGHED]) await meny.takeBack(value);
  await expectFilled(new BoardPage(projector.page), MENY, 0);

  await menyTablet.context.setOffline(true);
  await expect(connectionBadge(menyTablet.page)).toContainText(OFFLINE);
  for (const value of ALL_VALUES) {
    await meny.tapToPlace(value);
    await meny.expectPlaced(value);
  }
  await expect(meny.filledSlots()).toHaveCount(10);
  // Nothing has left the tablet yet.
  await expectFilled(new BoardPage(projector.page), MENY, 0);

  await menyTablet.context.setOffline(false);
  await expect(connectionBadge(menyTablet.page)).toHaveText(CONNECTED, { timeout: 20_000 });
  await expectFilled(new BoardPage(projector.page), MENY, 10);
  await expectFilled(facilitatorBoard, MENY, 10);
  await expectFilled(tabletBoard(biblioteketTablet.page, BIBLIOTEKET), MENY, 10);
});

test('the server is killed mid-session and restarted: nothing is lost, and every device reconnects by itself', async ({ browser }) => {
  test.setTimeout(180_000);
  const biblioteket = tabletBoard(biblioteketTablet.page, BIBLIOTEKET);
  await biblioteket.tapToPlace(FAGLIGHED);
  await biblioteket.expectPlaced(FAGLIGHED);
  await expectFilled(new BoardPage(projector.page), BIBLIOTEKET, 3);

  await server.kill();
  for (const each of [facilitator, menyTablet, biblioteketTablet, projector]) {
    await expect(connectionBadge(each.page)).toContainText(OFFLINE, { timeout: 20_000 });
  }
  // A tablet keeps working while the server is down.
  await biblioteket.writeExample(FAGLIGHED, 'Skrevet, mens serveren var væk.');

  await server.run();
  for (const each of [facilitator, menyTablet, biblioteketTablet, projector]) {
    await expect(connectionBadge(each.page)).toHaveText(CONNECTED, { timeout: 30_000 });
  }
  const projectorBoard = new BoardPage(projector.page);
  await expectFilled(projectorBoard, MENY, 10);
  await expectFilled(projectorBoard, BIBLIOTEKET, 3);
  await expect(projectorBoard.row(BIBLIOTEKET).getByRole('cell', { name: FAGLIGHED })).toBeVisible();

  // A new projector after the restart gets everything from what the server stored.
  const fresh = await device(browser, server.url, DESKTOP);
  await fresh.page.goto(projectorUrl);
  await expectFilled(new BoardPage(fresh.page), MENY, 10);
  await expect(new BoardPage(fresh.page).row(BIBLIOTEKET).getByRole('cell', { name: FAGLIGHED })).toBeVisible();
  await fresh.context.close();

  // A reload brings a tablet and the facilitator straight back into the room (kept on the device).
  await menyTablet.page.reload();
  await expect(menyTablet.page.getByText(`Jeres organisation: ${MENY}`)).toBeVisible({ timeout: 20_000 });
  await expect(connectionBadge(menyTablet.page)).toHaveText(CONNECTED, { timeout: 20_000 });
  await expect(tabletBoard(menyTablet.page, MENY).filledSlots()).toHaveCount(10);
  await facilitator.page.reload();
  await expect(connectionBadge(facilitator.page)).toHaveText(CONNECTED, { timeout: 20_000 });
  await facilitatorBoard.waitUntilShown();
  await facilitatorBoard.choosePlacingNow(BIBLIOTEKET);
  await expect(facilitatorBoard.example(FAGLIGHED)).toHaveValue('Skrevet, mens serveren var væk.', { timeout: 20_000 });
});

test('guessing codes is stopped: after ten wrong codes the tablet is told to wait', async ({ browser }) => {
  const guesser = await device(browser, server.url, TABLET);
  const join = new JoinPage(guesser.page);
  await join.goto();
  const unknown = 'Koden passer ikke til en åben session. Tjek koden, eller spørg facilitatoren.';
  const limited = 'For mange forkerte forsøg. Vent et minut, og prøv igen.';
  // The earlier tests typed a wrong code or two within the same minute, so the limit may come a little sooner.
  let attempts = 0;
  for (const last of '23456789ABCD') {
    attempts += 1;
    await join.typeCode(`ZZZZZ${last}`);
    await expect(join.message).toHaveText(new RegExp(`^(${unknown}|${limited})$`));
    await expect(join.submit).toBeEnabled();
    if ((await join.message.innerText()) === limited) break;
  }
  await expect(join.message).toHaveText(limited);
  expect(attempts).toBeGreaterThanOrEqual(9);
  await guesser.context.close();
});
