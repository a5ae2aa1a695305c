import { expect, test, type Page } from '@playwright/test';
import { DESKTOP, device, expectFilled, TABLET, type Device } from './live-devices.ts';
import { LiveServer } from './live-server.ts';
import { BoardPage } from './pages/board-page.ts';
import { CONNECTED, connectionBadge, JoinPage, LivePanel } from './pages/live-page.ts';
import { StartPage } from './pages/start-page.ts';
import { CORE_VALUE_NAMES } from './pages/sunshine-page.ts';

/*
 * The reveal on live tablets (issue 17, item 5): a tablet may get the reveal a moment before the pieces
 * of the rows it turns over. Pieces that reach a turned row just after the reveal fly into their slots
 * like the others; under reduced motion nothing moves.
 */

const MENY = 'MENY';
const BIBLIOTEKET = 'Biblioteket';
const [BREDERE, FAGLIGHED] = CORE_VALUE_NAMES;

/** Starts noting, every frame, which placed pieces on the board are moving (`organisationId|column`). */
async function watchFlights(page: Page): Promise<void> {
  await page.evaluate(() => {
    const seen = new Set<string>();
    (window as unknown as { flights: Set<string> }).flights = seen;
    const tick = () => {
      for (const piece of document.querySelectorAll<HTMLElement>('.board tr[data-org-id] .cell-piece.is-placed')) {
        if (piece.getAnimations().length > 0) seen.add(`${piece.closest('tr')?.dataset.orgId ?? ''}|${piece.dataset.column ?? ''}`);
      }
      requestAnimationFrame(tick);
    };
    tick();
  });
}

function flights(page: Page): Promise<number> {
  return page.evaluate(() => (window as unknown as { flights: Set<string> }).flights.size);
}

function forgetFlights(page: Page): Promise<void> {
  return page.evaluate(() => (window as unknown as { flights: Set<string> }).flights.clear());
}

let server: LiveServer;
const devices: Device[] = [];

test.beforeAll(async () => {
  server = await LiveServer.start();
});

test.afterAll(async () => {
  for (const each of devices) await each.context.close();
  await server?.stop();
});

test('a piece that reaches a tablet just after the reveal flies in too, and nothing moves under reduced motion', async ({ browser }) => {
  test.setTimeout(150_000);
  const facilitator = await device(browser, server.url, DESKTOP);
  devices.push(facilitator);
  const start = new StartPage(facilitator.page);
  await start.goto();
  const workshop = await start.createWorkshop('Afsløring i Gellerup');
  await workshop.addOrganisation(MENY, 'Erhvervsdrivende');
  await workshop.addOrganisation(BIBLIOTEKET, 'Kommunale institutioner');
  const facilitatorBoard = await BoardPage.open(workshop);
  const panel = new LivePanel(facilitator.page);
  const { code } = await panel.start();
  await panel.close();
  await expect(connectionBadge(facilitator.page)).toHaveText(CONNECTED);

  const join = async (organisation: string, isMoving = false): Promise<BoardPage> => {
    const tablet = await device(browser, server.url, TABLET);
    devices.push(tablet);
    // Before the app starts: it reads the motion preference once.
    if (isMoving) await tablet.page.emulateMedia({ reducedMotion: 'no-preference' });
    const page = new JoinPage(tablet.page);
    await page.goto(code);
    await page.pick(organisation);
    const board = new BoardPage(tablet.page);
    board.organisation = organisation;
    return board;
  };
  const meny = await join(MENY);
  // The library's tablet lets things move; the facilitator's screen asks for reduced motion (the default here).
  const biblioteket = await join(BIBLIOTEKET, true);
  const biblioteketPage = biblioteket.board.page();

  await meny.tapToPlace(BREDERE);
  await meny.expectPlaced(BREDERE);
  await expectFilled(biblioteket, MENY, 1);
  await watchFlights(biblioteketPage);
  await watchFlights(facilitator.page);

  // The reveal: MENY's row turns over on the library's tablet and its piece flies in.
  await facilitatorBoard.revealButton.click();
  await expect(biblioteket.row(MENY).getByRole('cell', { name: BREDERE })).toBeVisible({ timeout: 20_000 });
  await expect.poll(() => flights(biblioteketPage)).toBe(1);
  await biblioteketPage.waitForTimeout(1600);
  await forgetFlights(biblioteketPage);

  // A piece reaching the turned row a moment later flies in as well.
  await meny.tapToPlace(FAGLIGHED);
  await meny.expectPlaced(FAGLIGHED);
  await expect(biblioteket.row(MENY).getByRole('cell', { name: FAGLIGHED })).toBeVisible({ timeout: 20_000 });
  await expect.poll(() => flights(biblioteketPage)).toBe(1);

  // Under reduced motion neither the reveal nor the late piece moved.
  await expect(facilitatorBoard.row(MENY).getByRole('cell', { name: FAGLIGHED })).toBeVisible({ timeout: 20_000 });
  await facilitator.page.waitForTimeout(800);
  expect(await flights(facilitator.page)).toBe(0);
});
