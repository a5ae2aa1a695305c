import { expect, test, type Browser, type Page } from '@playwright/test';
import { postJson, setOrganisations, type CreatedRoom } from '../support/test-server.ts';
import { expectNoSeriousA11yViolations } from './axe.ts';
import { DESKTOP, device, TABLET, type Device, useLiveServer } from './live-devices.ts';
import { CONNECTED, connectionBadge, JoinPage, LivePanel, SessionOverPage } from './pages/live-page.ts';
import { StartPage } from './pages/start-page.ts';
import { APP_START_TIMEOUT } from './pages/workshop-page.ts';

/*
 * Nothing left behind on shared tablets (issue 14 item 7): when the facilitator ends the session, a
 * tablet and the projector delete their copy of the room and their key and say so, while the
 * facilitator's own workshop stays (here the projector is a second tab on the facilitator's laptop);
 * and the start page forgets the sessions a device still keeps. Storage is read from inside the pages.
 */

const WORKSHOP = 'Netværksmøde i Vollsmose';
const MENY = 'MENY';
const TABLET_ERASED = 'Sessionen er slut. Denne tablet har slettet sin kopi af workshoppen og sin adgangsnøgle, så intet fra sessionen ligger tilbage på den.';
const PROJECTOR_ERASED = 'Sessionen er slut. Denne computer har slettet projektorvisningens kopi af workshoppen og dens adgangsnøgle.';

test.describe.configure({ mode: 'serial' });

let facilitator: Device;
let facilitatorPanel: LivePanel;
const live = useLiveServer();

/** What the page's origin keeps: IndexedDB databases (one per Yjs document) and localStorage keys. */
async function stored(page: Page): Promise<{ databases: string[]; keys: string[] }> {
  return page.evaluate(async () => ({
    databases: (await indexedDB.databases()).map((database) => database.name ?? '').sort(),
    keys: Object.keys(localStorage).sort(),
  }));
}

/** What of live rooms the page's origin keeps: copies of joined rooms, join records and keys. */
async function liveTraces(page: Page): Promise<{ copies: string[]; records: string[] }> {
  const { databases, keys } = await stored(page);
  return {
    copies: databases.filter((name) => name.startsWith('vaerdispil/live-')),
    records: keys.filter((key) => key.startsWith('vaerdispil.live.')),
  };
}

/** The room a joined device is in, from its address (`#/live/<roomId>[/<key>]`). */
function roomIdIn(page: Page): string {
  const roomId = /#\/live\/([A-Za-z0-9_-]+)/u.exec(page.url())?.[1];
  if (!roomId) throw new Error(`not in a room: ${page.url()}`);
  return roomId;
}

/** A new tablet that joins the room of `code` as MENY. */
async function joinAsMeny(browser: Browser, code: string): Promise<{ tablet: Device; join: JoinPage; roomId: string }> {
  const tablet = await device(browser, live.server.url, TABLET);
  live.devices.push(tablet);
  const join = new JoinPage(tablet.page);
  await join.goto(code);
  await join.pick(MENY);
  return { tablet, join, roomId: roomIdIn(tablet.page) };
}

test('a session the facilitator ends: the tablet and the projector delete their copy and key and say so', async ({ browser }) => {
  test.setTimeout(150_000);
  facilitator = await device(browser, live.server.url, DESKTOP);
  live.devices.push(facilitator);
  const start = new StartPage(facilitator.page);
  await start.goto();
  const workshop = await start.createWorkshop(WORKSHOP);
  await workshop.addOrganisation(MENY, 'Erhvervsdrivende');
  const workshopId = /#\/w\/([^/]+)/u.exec(facilitator.page.url())?.[1];
  expect(workshopId).toBeTruthy();
  facilitatorPanel = new LivePanel(facilitator.page);
  const { code, projectorUrl } = await facilitatorPanel.start();
  await facilitatorPanel.close();

  const { tablet, roomId } = await joinAsMeny(browser, code);

  // The projector: a second tab on the facilitator's laptop, sharing its storage.
  const projectorPage = await facilitator.context.newPage();
  await projectorPage.goto(projectorUrl);
  await expect(connectionBadge(projectorPage)).toHaveText(CONNECTED, { timeout: APP_START_TIMEOUT });
  const projectorKey = /#\/live\/[A-Za-z0-9_-]+\/([A-Za-z0-9_-]+)/u.exec(projectorPage.url())?.[1];
  expect(projectorKey).toBeTruthy();

  // Before the end each joined device keeps a copy and a key (so the checks below can fail).
  const tabletBefore = await liveTraces(tablet.page);
  expect(tabletBefore.copies).toEqual(expect.arrayContaining([`vaerdispil/live-${roomId}/setup`, `vaerdispil/live-${roomId}/control`]));
  expect(tabletBefore.copies.some((name) => name.startsWith(`vaerdispil/live-${roomId}/org/`))).toBe(true);
  expect(tabletBefore.records).toEqual([`vaerdispil.live.joined.${roomId}`]);
  const laptopBefore = await liveTraces(projectorPage);
  expect(laptopBefore.copies.length).toBeGreaterThanOrEqual(3);
  expect(laptopBefore.records).toContain(`vaerdispil.live.joined.${roomId}`);
  const facilitatorDocs = (await stored(facilitator.page)).databases.filter((name) => name.startsWith(`vaerdispil/${workshopId}/`));
  expect(facilitatorDocs.length).toBeGreaterThanOrEqual(3);

  await facilitatorPanel.endButton.click();
  await facilitatorPanel.endDialog.getByRole('button', { name: 'Afslut sessionen', exact: true }).click();
  await expect(facilitatorPanel.endedMessage).toBeVisible();

  const tabletOver = new SessionOverPage(tablet.page);
  await expect(tabletOver.endedHeading).toBeVisible({ timeout: 20_000 });
  await expect(tablet.page.getByRole('status').filter({ hasText: TABLET_ERASED })).toBeVisible({ timeout: 20_000 });
  await expect(tabletOver.nothingLost).toBeVisible();
  expect(await liveTraces(tablet.page)).toEqual({ copies: [], records: [] });
  expect((await stored(tablet.page)).keys.filter((key) => key.includes(roomId))).toEqual([]);
  await expectNoSeriousA11yViolations(tablet.page, 'session ended, copy deleted, on a tablet');

  const projectorOver = new SessionOverPage(projectorPage);
  await expect(projectorOver.endedHeading).toBeVisible({ timeout: 20_000 });
  await expect(projectorPage.getByRole('status').filter({ hasText: PROJECTOR_ERASED })).toBeVisible({ timeout: 20_000 });
  // Its key leaves the address too.
  await expect(projectorPage).toHaveURL(new RegExp(`#/live/${roomId}$`, 'u'));
  expect(projectorPage.url()).not.toContain(projectorKey!);
  expect(await liveTraces(projectorPage)).toEqual({ copies: [], records: [] });

  // The facilitator's own workshop, in the same browser, is untouched and opens as before.
  const facilitatorAfter = (await stored(facilitator.page)).databases.filter((name) => name.startsWith(`vaerdispil/${workshopId}/`));
  expect(facilitatorAfter).toEqual(facilitatorDocs);
  await facilitator.page.reload();
  await expect(workshop.title).toHaveText(WORKSHOP, { timeout: APP_START_TIMEOUT });

  // A reload finds nothing of the session on the tablet.
  await tablet.page.reload();
  await expect(tablet.page.getByRole('alert').filter({ hasText: 'Denne enhed er ikke med i sessionen.' })).toBeVisible({ timeout: APP_START_TIMEOUT });
  expect(await liveTraces(tablet.page)).toEqual({ copies: [], records: [] });
  await projectorPage.close();
  expect([...facilitator.errors, ...tablet.errors]).toEqual([]);
});

test('the start page lists the sessions a tablet keeps and forgets one, then all, with Glem', async ({ browser }) => {
  test.skip(!facilitator, 'needs the facilitator of the first test');
  test.setTimeout(150_000);
  const { code } = await facilitatorPanel.start();
  await facilitatorPanel.close();

  const { tablet, join, roomId: workshopRoom } = await joinAsMeny(browser, code);

  // Two more rooms, made over the API with nobody to send their workshop: the tablet waits in each.
  const otherRooms: string[] = [];
  for (const id of ['skolen', 'klubben']) {
    const response = await postJson(new URL('api/rooms', live.server.url).href, {});
    const room = (await response.json()) as CreatedRoom;
    // A room's organisations are its setup document's: the facilitator's device would write them there.
    await setOrganisations(live.server.url.replace(/\/$/, ''), room, [id]);
    await join.goto(room.joinCode);
    await tablet.page.getByRole('button', { name: `Organisation ${id}`, exact: true }).click();
    await expect(tablet.page.getByText('Henter workshoppen fra facilitatorens computer …')).toBeVisible();
    otherRooms.push(roomIdIn(tablet.page));
  }
  expect((await liveTraces(tablet.page)).records).toHaveLength(3);

  const start = new StartPage(tablet.page);
  await start.goto();
  const sessions = tablet.page.getByRole('region', { name: 'Live-sessioner på denne enhed' });
  await expect(sessions.getByRole('listitem')).toHaveCount(3);
  const workshopSession = `${WORKSHOP} (tablet for ${MENY})`;
  await expect(sessions.getByRole('listitem').filter({ hasText: workshopSession })).toBeVisible();
  await expect(sessions.getByRole('listitem').filter({ hasText: 'Live-session uden titel (tablet)' })).toHaveCount(2);
  await expectNoSeriousA11yViolations(tablet.page, 'start page with joined sessions');

  // One session, by keyboard.
  const forgetOne = sessions.getByRole('button', { name: `Glem ${workshopSession}`, exact: true });
  await forgetOne.focus();
  await tablet.page.keyboard.press('Enter');
  await expect(sessions.getByRole('listitem')).toHaveCount(2);
  await expect(tablet.page.getByRole('status').filter({ hasText: `${workshopSession} er glemt. Kopien og nøglen er slettet fra denne enhed.` })).toBeVisible();
  await expect(sessions.getByRole('heading', { name: 'Live-sessioner på denne enhed' })).toBeFocused();
  const afterOne = await liveTraces(tablet.page);
  expect(afterOne.copies.filter((name) => name.includes(workshopRoom))).toEqual([]);
  expect(afterOne.records.sort()).toEqual(otherRooms.map((roomId) => `vaerdispil.live.joined.${roomId}`).sort());
  expect(afterOne.copies.some((name) => name.includes(otherRooms[0]!))).toBe(true);

  // Then the rest.
  await sessions.getByRole('button', { name: 'Glem alle sessioner', exact: true }).click();
  await expect(sessions.getByText('Der er ikke flere live-sessioner på denne enhed.')).toBeVisible();
  await expect(sessions.getByRole('listitem')).toHaveCount(0);
  expect(await liveTraces(tablet.page)).toEqual({ copies: [], records: [] });

  // Nothing comes back with a reload: the list is gone from the start page.
  await tablet.page.reload();
  await expect(start.heading).toBeVisible({ timeout: APP_START_TIMEOUT });
  await expect(sessions).toHaveCount(0);
  expect(tablet.errors).toEqual([]);
});
