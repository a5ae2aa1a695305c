import { expect, test, type Locator, type Page } from '@playwright/test';
import * as syncProtocol from 'y-protocols/sync';
import * as Y from 'yjs';
import { claim, postJson, RawClient, syncMessage } from '../support/test-server.ts';
import { parseWorkshopFile } from '../../src/files/workshop-file.ts';
import { DESKTOP, device, TABLET, type Device } from './live-devices.ts';
import { CLOSE_TIMEOUT, projectorRoom, RawRoom, SYNC_TIMEOUT, within } from './live-raw.ts';
import { LiveServer } from './live-server.ts';
import { BoardPage } from './pages/board-page.ts';
import { CONNECTED, connectionBadge, JoinPage, LivePanel, OFFLINE } from './pages/live-page.ts';
import { FilesPage } from './pages/files-page.ts';
import { StartPage } from './pages/start-page.ts';
import { APP_START_TIMEOUT } from './pages/workshop-page.ts';
import { CORE_VALUE_NAMES } from './pages/sunshine-page.ts';

/*
 * What a device writes in a live session is checked by the server (server/PROTOCOL.md, 4422): a hostile
 * client cannot take an organisation another tablet holds, and with a real participant key (its own
 * tablet's) cannot break the facilitator's workshop, and a tablet whose honest
 * offline write is refused says so in Danish and can load the room again. One session, in order: a
 * facilitator and MENY's tablet in Chromium, and a raw Yjs client in this process.
 */

const WORKSHOP = 'Netværksmøde i Tingbjerg';
const MENY = 'MENY';
const BIBLIOTEKET = 'Biblioteket';
const [BREDERE, FAGLIGHED, SAMARBEJDE] = CORE_VALUE_NAMES;

test.describe.configure({ mode: 'serial' });

let server: LiveServer;
let facilitator: Device;
let tablet: Device;
let facilitatorBoard: BoardPage;
let tabletBoard: BoardPage;
let roomId: string;
let projectorKey: string;
let menyId: string;
let menyKey: string;

/** The room as raw clients see it (known once the facilitator has opened it). */
let room: RawRoom;

/**
 * What the server holds now in `part`: read with the projector's read-only key, or MENY's pieces with
 * MENY's key (the projector receives no pieces before the reveal).
 */
async function serverDoc(part: string): Promise<Y.Doc> {
  const client = await room.client(part, part.startsWith('pieces/') ? menyKey : projectorKey);
  client.close();
  return client.doc;
}

/**
 * Sends one change to `part` on a fresh connection with MENY's participant key, as a hostile tablet
 * would, and expects the server to close that connection with 4422 and `reason`.
 */
async function expectRefused(part: string, reason: string, change: (doc: Y.Doc) => void): Promise<void> {
  await room.expectClosed(part, menyKey, [4422, reason], change);
}

/** A placed piece as the app writes it: a map of its fields. */
function placedRecord(example: string): Y.Map<unknown> {
  const record = new Y.Map<unknown>();
  record.set('example', example);
  record.set('order', 1);
  return record;
}

function tabletBoardOf(page: Page): BoardPage {
  const board = new BoardPage(page);
  board.organisation = MENY;
  return board;
}

/** What a tablet shows under its badge when the server refused its write: what to do, and the way back. */
function refusedPanel(page: Page): Locator {
  return page.getByRole('alert').filter({ has: page.getByRole('heading', { name: 'Din tablet er ikke længere forbundet' }) });
}

test.beforeAll(async () => {
  server = await LiveServer.start();
});

test.afterAll(async () => {
  for (const each of [facilitator, tablet]) await each?.context.close();
  await server?.stop();
});

test('hostile writes with a real participant key are refused, and the facilitator’s workshop stays whole', async ({ browser }) => {
  test.setTimeout(240_000);
  facilitator = await device(browser, server.url, DESKTOP);
  const start = new StartPage(facilitator.page);
  await start.goto();
  const workshop = await start.createWorkshop(WORKSHOP);
  await workshop.addOrganisation(MENY, 'Erhvervsdrivende');
  await workshop.addOrganisation(BIBLIOTEKET, 'Kommunale institutioner');
  facilitatorBoard = await BoardPage.open(workshop);
  // MENY's row is the facilitator's active one: its slots say "tom" or "lagt".
  await facilitatorBoard.choosePlacingNow(MENY);
  const panel = new LivePanel(facilitator.page);
  const started = await panel.start();
  await panel.close();
  await expect(connectionBadge(facilitator.page)).toHaveText(CONNECTED, { timeout: SYNC_TIMEOUT });
  ({ roomId, projectorKey } = projectorRoom(started.projectorUrl));
  room = new RawRoom(server.port, roomId);

  tablet = await device(browser, server.url, TABLET);
  const join = new JoinPage(tablet.page);
  await join.goto(started.code);
  await join.pick(MENY);
  tabletBoard = tabletBoardOf(tablet.page);
  await tabletBoard.tapToPlace(BREDERE);
  await tabletBoard.expectPlaced(BREDERE);
  await tabletBoard.writeExample(BREDERE, 'Kunderne finder vej til lektiecaféen.');
  await expect(facilitatorBoard.filledSlots()).toHaveCount(1, { timeout: SYNC_TIMEOUT });

  // The hostile client reads the join code off the projector, as anyone in the room could, and asks for
  // MENY's key: MENY's tablet holds it, so another device does not get it.
  const joined = (await (await postJson(`${server.url}api/join`, { code: started.code })).json()) as {
    organisations: { id: string; name: string; heldBy: string | null }[];
  };
  const meny = joined.organisations.find((organisation) => organisation.name === MENY);
  if (!meny) throw new Error('MENY is not in the room');
  menyId = meny.id;
  expect(meny.heldBy).not.toBeNull();
  const stolen = await claim(server.url.replace(/\/$/, ''), roomId, menyId);
  expect(stolen.status).toBe(409);
  expect(((await stolen.json()) as { code: string }).code).toBe('organisation-held');
  // From here the hostile client is MENY's own tablet, running other code: its key, from its storage.
  const record = await tablet.page.evaluate((id) => localStorage.getItem(`vaerdispil.live.joined.${id}`), roomId);
  menyKey = (JSON.parse(record ?? '{}') as { key: string }).key;
  const org = `org/${menyId}`;
  const pieces = `pieces/${menyId}`;

  // Before the reveal another organisation's pieces, and their examples, are not sent: not to a tablet
  // with a real key, not to the projector. What they get is the count.
  const biblioteketId = joined.organisations.find((organisation) => organisation.name === BIBLIOTEKET)?.id ?? '';
  for (const [part, key] of [[`pieces/${biblioteketId}`, menyKey], [pieces, projectorKey]] as const) {
    const peeker = await RawClient.connect(room.docUrl(part, key));
    peeker.send(syncMessage((encoder) => syncProtocol.writeSyncStep1(encoder, peeker.doc)));
    const closed = await within(peeker.closed, CLOSE_TIMEOUT, `the server refusing ${part} before the reveal`);
    expect([closed.code, closed.reason]).toEqual([4423, 'hidden until the reveal']);
    expect(peeker.doc.getMap('placed').size).toBe(0);
  }
  const tally = await room.client('tally', projectorKey);
  await expect.poll(() => tally.doc.getMap('pieces').get(menyId), { timeout: SYNC_TIMEOUT }).toBe(1);
  expect(JSON.stringify(tally.doc.toJSON())).not.toContain('lektiecaféen');
  tally.close();

  // The write that blanked every screen: a placed entry that is a number, over MENY's real piece.
  await expectRefused(pieces, 'write-wrong-shape', (doc) => doc.getMap('placed').set('bredere-maalgruppe', 7));
  // An "example" of 900 KB.
  await expectRefused(pieces, 'write-wrong-field', (doc) => doc.getMap('placed').set('oeget-faglighed', placedRecord('x'.repeat(900_000))));
  // A piece placed while the facilitator has locked the board.
  await facilitatorBoard.lockButton.click();
  await expect(tabletBoard.lockedBanner).toBeVisible({ timeout: SYNC_TIMEOUT });
  await expectRefused(pieces, 'board-locked', (doc) => doc.getMap('placed').set('staerkere-samarbejdsgrundlag', placedRecord('Låst, men lagt alligevel.')));
  await facilitatorBoard.unlockButton.click();
  await expect(tabletBoard.lockedBanner).toBeHidden({ timeout: SYNC_TIMEOUT });
  await expect.poll(async () => (await serverDoc('control')).getMap('control').get('isLocked'), { timeout: SYNC_TIMEOUT }).toBe(false);
  // A value that is not in play.
  await expectRefused(pieces, 'value-missing', (doc) => doc.getMap('placed').set('noget-helt-andet', placedRecord('')));
  // A map the app does not know.
  await expectRefused(org, 'write-unknown-map', (doc) => doc.getMap('stickers').set('x', 1));
  // A piece where an app from before the pieces had their own document put it.
  await expectRefused(org, 'write-unknown-map', (doc) => doc.getMap('placed').set('oeget-faglighed', placedRecord('')));

  // Nothing of it is on the server.
  const stored = (await serverDoc(pieces)).getMap('placed');
  expect([...stored.keys()]).toEqual(['bredere-maalgruppe']);
  expect(stored.get('bredere-maalgruppe')).toBeInstanceOf(Y.Map);

  // The facilitator's workshop is whole: shown, reopened after a reload, and saved as a file.
  await expect(facilitatorBoard.heading).toBeVisible();
  await expect(facilitatorBoard.filledSlots()).toHaveCount(1, { timeout: SYNC_TIMEOUT });
  await expect(facilitatorBoard.example(BREDERE)).toHaveValue('Kunderne finder vej til lektiecaféen.', { timeout: SYNC_TIMEOUT });
  expect(facilitator.errors).toEqual([]);
  await facilitator.page.reload();
  await expect(facilitatorBoard.heading).toBeVisible({ timeout: APP_START_TIMEOUT });
  await facilitatorBoard.waitUntilShown();
  await expect(connectionBadge(facilitator.page)).toHaveText(CONNECTED, { timeout: SYNC_TIMEOUT });
  await facilitatorBoard.choosePlacingNow(MENY);
  await expect(facilitatorBoard.filledSlots()).toHaveCount(1, { timeout: SYNC_TIMEOUT });
  const file = await new FilesPage(facilitator.page).exportFromToolbar();
  const parsed = parseWorkshopFile(file.text);
  if (!parsed.ok) throw new Error(`the saved file does not read back: ${JSON.stringify(parsed.problem)}`);
  const [saved] = parsed.value;
  expect(parsed.value).toHaveLength(1);
  expect(saved?.setup.title).toBe(WORKSHOP);
  expect(saved?.organisations.map((organisation) => organisation.name)).toEqual([MENY, BIBLIOTEKET]);
  expect(saved?.sections[menyId]?.placed).toEqual([{ valueId: 'bredere-maalgruppe', example: 'Kunderne finder vej til lektiecaféen.' }]);
  expect(facilitator.errors).toEqual([]);

  // The tablet on the same document was sent none of it and kept working: still connected, and it places a piece.
  await expect(connectionBadge(tablet.page)).toHaveText(CONNECTED);
  await tabletBoard.expectPlaced(BREDERE);
  await expect(tabletBoard.example(BREDERE)).toHaveValue('Kunderne finder vej til lektiecaféen.');
  await expect(tabletBoard.filledSlots()).toHaveCount(1);
  await tabletBoard.tapToPlace(FAGLIGHED);
  await tabletBoard.expectPlaced(FAGLIGHED);
  await expect(facilitatorBoard.filledSlots()).toHaveCount(2, { timeout: SYNC_TIMEOUT });
  expect(tablet.errors).toEqual([]);
});

test('a tablet’s write refused by the server is explained in Danish, and loading the room again recovers it', async () => {
  test.skip(!tablet, 'needs the session of the first test');
  test.setTimeout(240_000);
  const pieces = `pieces/${menyId}`;
  await tabletBoard.expectPlaced(BREDERE);
  await tabletBoard.expectPlaced(FAGLIGHED);

  await tablet.context.setOffline(true);
  await expect(connectionBadge(tablet.page)).toContainText(OFFLINE, { timeout: SYNC_TIMEOUT });
  await tabletBoard.tapToPlace(SAMARBEJDE);
  await tabletBoard.expectPlaced(SAMARBEJDE);

  // Meanwhile the facilitator locks the board, and the server has the lock before the tablet is back.
  await facilitatorBoard.lockButton.click();
  await expect(facilitatorBoard.unlockButton).toBeVisible();
  await expect.poll(async () => (await serverDoc('control')).getMap('control').get('isLocked'), { timeout: SYNC_TIMEOUT }).toBe(true);

  await tablet.context.setOffline(false);
  await expect(connectionBadge(tablet.page)).toHaveText(
    'Serveren tog ikke imod en ændring fra denne enhed: Spillepladen er låst af facilitatoren. Vent, til den bliver låst op. ' +
      'Det, du ser, er gemt her, men bliver ikke delt med de andre.',
    { timeout: SYNC_TIMEOUT },
  );
  const refused = refusedPanel(tablet.page);
  await expect(refused).toBeVisible();
  // The tablet keeps what it shows until the person chooses.
  await tabletBoard.expectPlaced(SAMARBEJDE);
  await tabletBoard.expectPlaced(BREDERE);

  // The refused piece never reached the server, nor the facilitator.
  expect([...(await serverDoc(pieces)).getMap('placed').keys()].sort()).toEqual(['bredere-maalgruppe', 'oeget-faglighed']);
  await expect(facilitatorBoard.filledSlots()).toHaveCount(2, { timeout: SYNC_TIMEOUT });
  await facilitatorBoard.expectSlot(SAMARBEJDE, 'tom');

  await refused.getByRole('button', { name: 'Hent workshoppen igen' }).click();
  await expect(connectionBadge(tablet.page)).toHaveText(CONNECTED, { timeout: SYNC_TIMEOUT });
  await expect(refused).toHaveCount(0);
  await expect(tablet.page.getByText(`Jeres organisation: ${MENY}`)).toBeVisible();
  await expect(tabletBoard.lockedBanner).toBeVisible();
  await tabletBoard.expectInTray(SAMARBEJDE);
  // What the tablet had sent before is still there.
  await tabletBoard.expectPlaced(BREDERE);
  await tabletBoard.expectPlaced(FAGLIGHED);
  await expect(tabletBoard.example(BREDERE)).toHaveValue('Kunderne finder vej til lektiecaféen.');
  // A piece relayed to the facilitator would have stayed in its document: it is still not there.
  await expect(facilitatorBoard.filledSlots()).toHaveCount(2);
  await facilitatorBoard.expectSlot(SAMARBEJDE, 'tom');

  // Once unlocked, the tablet places the piece again and everyone has it.
  await facilitatorBoard.unlockButton.click();
  await expect(tabletBoard.lockedBanner).toBeHidden({ timeout: SYNC_TIMEOUT });
  await tabletBoard.tapToPlace(SAMARBEJDE);
  await tabletBoard.expectPlaced(SAMARBEJDE);
  await facilitatorBoard.expectSlot(SAMARBEJDE, 'lagt');
  await expect(connectionBadge(tablet.page)).toHaveText(CONNECTED);
  expect(tablet.errors).toEqual([]);
  expect(facilitator.errors).toEqual([]);
});
