import { readFileSync } from 'node:fs';
import { expect, test, type Locator, type Page } from '@playwright/test';
import * as Y from 'yjs';
import { extractText, normaliseText, savePdf } from '../support/pdf-checks.ts';
import { postJson, RawClient, updateMessage } from '../support/test-server.ts';
import { expectNoSeriousA11yViolations } from './axe.ts';
import { DESKTOP, device, TABLET, type Device } from './live-devices.ts';
import { LiveServer } from './live-server.ts';
import { CollaborationPage } from './pages/collaboration-page.ts';
import { CONNECTED, connectionBadge, JoinPage, LivePanel, OFFLINE } from './pages/live-page.ts';
import { TabletCollaborationPage } from './pages/tablet-collaboration-page.ts';
import { TabletProgress } from './pages/warm-up-page.ts';
import { WorkshopPage } from './pages/workshop-page.ts';

/*
 * Gør hinanden stærkere in a live session through the real session server: a facilitator, two tablets
 * (820 × 1180, touch) and a projector, each in its own Chromium context. The tablets write their own
 * cards, which the others see only once the facilitator shows them; a tablet offline writes three; a
 * link proposed on one tablet is accepted on the other; and a tablet's real key, used by a raw Yjs
 * client, cannot write another organisation's cards nor answer on another's behalf. In order, one session.
 */

const MENY = 'MENY';
const BIBLIOTEKET = 'Biblioteket';
const SYNC_TIMEOUT = 20_000;
const OFFER = 'Lokaler om aftenen';
const NEED = 'Hjælp til at nå flere unge';
const OFFLINE_CARDS = ['Kaffe til møder', 'Praktikpladser', 'Flere frivillige i weekenden'];

test.describe.configure({ mode: 'serial' });

let server: LiveServer;
let facilitator: Device;
let menyTablet: Device;
let biblioteketTablet: Device;
let projector: Device;
let collaboration: CollaborationPage;
let meny: TabletCollaborationPage;
let biblioteket: TabletCollaborationPage;
let projectorScreen: TabletCollaborationPage;
let roomId: string;
let code: string;

test.beforeAll(async () => {
  server = await LiveServer.start();
});

test.afterAll(async () => {
  for (const each of [facilitator, menyTablet, biblioteketTablet, projector]) await each?.context.close();
  await server?.stop();
});

/** What a page shows, as text (to look for a card's text where it must not be). */
function shownText(page: Page): Promise<string> {
  return page.locator('body').innerText();
}

/** Where an organisation's line says how many cards it has. */
async function expectCount(screen: TabletCollaborationPage, organisation: string, count: string): Promise<void> {
  await expect(screen.organisation(organisation).locator('.other-count')).toHaveText(count, { timeout: SYNC_TIMEOUT });
}

async function shoot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: test.info().outputPath(`${name}.png`), animations: 'disabled', caret: 'hide' });
}

test('cards typed on two tablets reach the facilitator, and the others see only how many until "Vis alle kort"', async ({ browser }) => {
  test.setTimeout(240_000);
  facilitator = await device(browser, server.url, DESKTOP);
  ({ collaboration } = await CollaborationPage.setUp(facilitator.page, [
    [MENY, 'Erhvervsdrivende'],
    [BIBLIOTEKET, 'Kommunale institutioner'],
  ]));
  const panel = new LivePanel(facilitator.page);
  const started = await panel.start();
  code = started.code;
  roomId = /#\/live\/([^/]+)\//.exec(started.projectorUrl)?.[1] ?? '';
  await panel.close();
  await expect(connectionBadge(facilitator.page)).toHaveText(CONNECTED);

  menyTablet = await device(browser, server.url, TABLET);
  await new JoinPage(menyTablet.page).goto(code);
  await new JoinPage(menyTablet.page).pick(MENY);
  biblioteketTablet = await device(browser, server.url, TABLET);
  await new JoinPage(biblioteketTablet.page).goto(code);
  await new JoinPage(biblioteketTablet.page).pick(BIBLIOTEKET);
  projector = await device(browser, server.url, DESKTOP);
  await projector.page.goto(started.projectorUrl);
  meny = new TabletCollaborationPage(menyTablet.page);
  biblioteket = new TabletCollaborationPage(biblioteketTablet.page);
  projectorScreen = new TabletCollaborationPage(projector.page);
  await expect(meny.heading).toBeVisible({ timeout: SYNC_TIMEOUT });
  await expect(projector.page.getByRole('heading', { name: 'Kortene' })).toBeVisible({ timeout: SYNC_TIMEOUT });

  // Each tablet writes its own card, by touch.
  await meny.addCard('Vi kan give', OFFER, 'Lokaler og udstyr');
  await biblioteket.addCard('Vi vil styrkes', NEED, 'Adgang til målgrupper');
  await expectNoSeriousA11yViolations(menyTablet.page, 'a tablet writing its cards');
  await shoot(menyTablet.page, 'tablet-own-cards');

  // They reach the facilitator.
  await collaboration.chooseOrganisation(MENY);
  await expect(collaboration.cardTexts('Det kan vi bidrage med')).toHaveText([OFFER], { timeout: SYNC_TIMEOUT });
  await collaboration.chooseOrganisation(BIBLIOTEKET);
  await expect(collaboration.cardTexts('Det vil vi gerne styrkes i')).toHaveText([NEED], { timeout: SYNC_TIMEOUT });

  // The other tablet and the projector see how many, never what.
  await biblioteket.open('De andre');
  await expectCount(biblioteket, MENY, '1 kort');
  await expectCount(projectorScreen, MENY, '1 kort');
  await expectCount(projectorScreen, BIBLIOTEKET, '1 kort');
  expect(await shownText(biblioteketTablet.page)).not.toContain(OFFER);
  expect(await shownText(projector.page)).not.toContain(OFFER);
  expect(await shownText(projector.page)).not.toContain(NEED);
  await biblioteket.open('Forslag');
  await expect(biblioteket.panel).toContainText('Forslagene kommer, når facilitatoren viser alle kort.');
  await biblioteket.open('De andre');
  await shoot(biblioteketTablet.page, 'tablet-others-hidden');
  await shoot(projector.page, 'projector-hidden');

  // The facilitator shows every card: now the others and the projector have them.
  await facilitator.page.getByRole('button', { name: 'Vis alle kort' }).click();
  await expect(facilitator.page.getByRole('button', { name: 'Skjul kortene igen' })).toBeVisible();
  await expect(biblioteket.organisation(MENY)).toContainText(OFFER, { timeout: SYNC_TIMEOUT });
  await expect(projectorScreen.organisation(MENY)).toContainText(OFFER, { timeout: SYNC_TIMEOUT });
  await expect(projectorScreen.organisation(BIBLIOTEKET)).toContainText(NEED);
  await expect(meny.page.getByText('Kun I og facilitatoren kan se jeres kort')).toBeHidden();
  await expectNoSeriousA11yViolations(biblioteketTablet.page, "a tablet with the others' cards");
  await expectNoSeriousA11yViolations(projector.page, 'the projector in Gør hinanden stærkere');
  await expectNoSeriousA11yViolations(facilitator.page, 'the facilitator in Gør hinanden stærkere');
  await shoot(biblioteketTablet.page, 'tablet-others-shown');
  expect([...facilitator.errors, ...menyTablet.errors, ...biblioteketTablet.errors, ...projector.errors]).toEqual([]);
});

test('a tablet offline writes three cards, and all three arrive when it is back', async () => {
  test.setTimeout(180_000);
  await menyTablet.context.setOffline(true);
  await expect(connectionBadge(menyTablet.page)).toContainText(OFFLINE, { timeout: SYNC_TIMEOUT });
  await meny.addCard('Vi kan give', OFFLINE_CARDS[0] ?? '', 'Penge eller varer');
  await meny.addCard('Vi kan give', OFFLINE_CARDS[1] ?? '', 'Kompetencer');
  await meny.addCard('Vi vil styrkes', OFFLINE_CARDS[2] ?? '', 'Frivillige eller tid');
  // Nothing has left the tablet yet.
  await expectCount(biblioteket, MENY, '1 kort');

  await menyTablet.context.setOffline(false);
  await expect(connectionBadge(menyTablet.page)).toHaveText(CONNECTED, { timeout: SYNC_TIMEOUT });
  await expectCount(biblioteket, MENY, '4 kort');
  for (const text of OFFLINE_CARDS) {
    await expect(biblioteket.organisation(MENY)).toContainText(text);
    await expect(projectorScreen.organisation(MENY)).toContainText(text);
  }
  await collaboration.chooseOrganisation(MENY);
  await expect(collaboration.cardTexts('Det kan vi bidrage med')).toHaveText([OFFER, OFFLINE_CARDS[0] ?? '', OFFLINE_CARDS[1] ?? ''], { timeout: SYNC_TIMEOUT });
  await expect(collaboration.cardTexts('Det vil vi gerne styrkes i')).toHaveText([OFFLINE_CARDS[2] ?? '']);

  // A tablet has no undo: removing a card asks first.
  await meny.open('Vi kan give');
  const remove = menyTablet.page.getByRole('button', { name: `Fjern kortet ${OFFLINE_CARDS[1]}` });
  const dialog = menyTablet.page.getByRole('dialog', { name: 'Fjern kortet?' });
  await remove.tap();
  await expect(dialog).toBeVisible();
  await expectNoSeriousA11yViolations(menyTablet.page, 'a tablet asking before a card is removed');
  await dialog.getByRole('button', { name: 'Behold kortet' }).tap();
  await expect(meny.ownCardTexts()).toHaveText([OFFER, OFFLINE_CARDS[0] ?? '', OFFLINE_CARDS[1] ?? '']);
  await remove.tap();
  await dialog.getByRole('button', { name: 'Fjern' }).tap();
  await expect(meny.ownCardTexts()).toHaveText([OFFER, OFFLINE_CARDS[0] ?? '']);
  await expectCount(biblioteket, MENY, '3 kort');
});

test('a link proposed on one tablet is accepted on the other, and appears for the facilitator and on the projector', async () => {
  test.setTimeout(180_000);
  const sentence = `${MENY} styrker ${BIBLIOTEKET} ved at låne lokaler ud om aftenen`;
  await meny.open('Forslag');
  await expect(meny.page.getByRole('region', { name: 'Mulige match' })).toBeVisible();
  await shoot(menyTablet.page, 'tablet-suggestions');
  await meny.propose('Vi kan styrke en anden', BIBLIOTEKET, 'låne lokaler ud om aftenen', async () => {
    await expectNoSeriousA11yViolations(menyTablet.page, 'a tablet proposing a link');
    await shoot(menyTablet.page, 'tablet-propose');
  });
  await expect(meny.ours().filter({ hasText: 'Vi kan styrke Biblioteket ved at låne lokaler ud om aftenen' })).toContainText('Venter på svar fra Biblioteket');

  // The facilitator sees the proposal waiting; the network does not have it yet.
  const proposals = facilitator.page.getByRole('region', { name: /^Forslag fra tablets/ });
  await expect(proposals).toContainText(sentence, { timeout: SYNC_TIMEOUT });
  await expect(proposals).toContainText(`Venter på svar fra ${BIBLIOTEKET}`);
  expect(await collaboration.linkSentences()).toEqual([]);

  // Biblioteket's tablet says there is something to answer, and says yes.
  await expect(biblioteket.tab('Forbindelser')).toHaveAccessibleName('Forbindelser 1 ny', { timeout: SYNC_TIMEOUT });
  await shoot(facilitator.page, 'facilitator-proposal');
  await biblioteket.open('Forbindelser');
  const incoming = biblioteket.incoming(MENY);
  await expect(incoming).toContainText('MENY kan styrke os ved at låne lokaler ud om aftenen');
  await expectNoSeriousA11yViolations(biblioteketTablet.page, 'a tablet answering a proposal');
  await shoot(biblioteketTablet.page, 'tablet-incoming');
  await incoming.getByRole('button', { name: `Ja tak til forslaget fra ${MENY}` }).tap();
  await expect(biblioteket.ours().filter({ hasText: 'MENY kan styrke os' })).toContainText('Aftalt');

  // The link is made: for the facilitator, on the proposing tablet and on the projector's network picture.
  await expect.poll(() => collaboration.linkSentences(), { timeout: SYNC_TIMEOUT }).toEqual([sentence]);
  await expect(collaboration.linksRegion).toContainText(`Foreslået af ${MENY}`);
  await expect(proposals).toBeHidden();
  await expect(meny.ours().filter({ hasText: 'Vi kan styrke Biblioteket' })).toContainText('Aftalt', { timeout: SYNC_TIMEOUT });
  const projectorLinks = projector.page.getByRole('list', { name: 'Forbindelserne i netværket' }).getByRole('listitem');
  await expect(projectorLinks).toHaveText([sentence], { timeout: SYNC_TIMEOUT });
  await expect(projector.page.getByRole('img', { name: /^Netværket/ })).toHaveAccessibleName(/2 organisationer og 1 forbindelse\./);
  await shoot(projector.page, 'projector-link');

  // The other way round: Biblioteket asks MENY, MENY says no thanks, and the facilitator approves it after all.
  await biblioteket.propose('En anden kan styrke os', MENY, 'sponsere kaffe til lektiecaféen');
  await meny.open('Forbindelser');
  await meny.incoming(BIBLIOTEKET).getByRole('button', { name: `Nej tak til forslaget fra ${BIBLIOTEKET}` }).tap({ timeout: SYNC_TIMEOUT });
  await expect(meny.ours().filter({ hasText: 'sponsere kaffe' })).toContainText('I har sagt nej tak');
  await expect(biblioteket.ours().filter({ hasText: 'sponsere kaffe' })).toContainText('MENY har sagt nej tak', { timeout: SYNC_TIMEOUT });
  await expect(proposals).toContainText(`${MENY} har sagt nej tak`, { timeout: SYNC_TIMEOUT });
  await proposals.getByRole('button', { name: /^Godkend forslaget: MENY styrker Biblioteket ved at sponsere kaffe/ }).click();
  await expect.poll(() => collaboration.linkSentences(), { timeout: SYNC_TIMEOUT }).toEqual([sentence, `${MENY} styrker ${BIBLIOTEKET} ved at sponsere kaffe til lektiecaféen`]);
  await expect(projectorLinks).toHaveCount(2, { timeout: SYNC_TIMEOUT });
  await shoot(biblioteketTablet.page, 'tablet-links');
  await shoot(projector.page, 'projector-two-links');
  expect([...facilitator.errors, ...menyTablet.errors, ...biblioteketTablet.errors, ...projector.errors]).toEqual([]);
});

/** The server's address for one of the room's documents, with `key`. */
function docUrl(part: string, key: string): string {
  return `ws://127.0.0.1:${server.port}/sync/${roomId}/${part}?key=${encodeURIComponent(key)}`;
}

/** Sends one change to `part` with MENY's real key, on a fresh connection, and says how the server closed it. */
async function hostileWrite(part: string, key: string, change: (doc: Y.Doc) => void): Promise<{ code: number; reason: string }> {
  const client = await RawClient.synced(docUrl(part, key));
  const before = Y.encodeStateVector(client.doc);
  change(client.doc);
  client.send(updateMessage(Y.encodeStateAsUpdate(client.doc, before)));
  const timeout = new Promise<never>((_resolve, reject) => setTimeout(() => reject(new Error(`the server did not close the connection that wrote to ${part}`)), 15_000));
  return Promise.race([client.closed, timeout]);
}

function record(fields: Record<string, unknown>): Y.Map<unknown> {
  const map = new Y.Map<unknown>();
  for (const [key, value] of Object.entries(fields)) map.set(key, value);
  return map;
}

test('a raw Yjs client with a tablet’s real key cannot write another organisation’s cards or answer on its behalf', async () => {
  test.setTimeout(120_000);
  const joined = (await (await postJson(`${server.url}api/join`, { code })).json()) as { organisations: { id: string; name: string }[] };
  const idOf = (name: string) => joined.organisations.find((organisation) => organisation.name === name)?.id ?? '';
  const [menyId, biblioteketId] = [idOf(MENY), idOf(BIBLIOTEKET)];
  const stored = await menyTablet.page.evaluate((id) => localStorage.getItem(`vaerdispil.live.joined.${id}`), roomId);
  const menyKey = (JSON.parse(stored ?? '{}') as { key: string }).key;
  expect(menyKey).not.toBe('');

  // MENY proposes once more; only Biblioteket may answer it.
  await meny.propose('Vi kan styrke en anden', BIBLIOTEKET, 'give rabat på kaffe');
  const menyOrg = await RawClient.synced(docUrl(`org/${menyId}`, menyKey));
  await menyOrg.until(() => [...menyOrg.doc.getMap<Y.Map<unknown>>('links').values()].some((link) => link.get('text') === 'give rabat på kaffe'), SYNC_TIMEOUT);
  const openId = [...menyOrg.doc.getMap<Y.Map<unknown>>('links').entries()].find(([, link]) => link.get('text') === 'give rabat på kaffe')?.[0] ?? '';
  menyOrg.close();

  // Another organisation's cards: a card written into Biblioteket's document is refused before it is stored.
  expect(await hostileWrite(`cards/${biblioteketId}`, menyKey, (doc) => doc.getMap('cards').set('fake', record({ side: 'need', text: 'Falsk kort', kind: 'lokaler', valueId: null, order: 9 })))).toEqual({ code: 4403, reason: 'read-only document' });
  // Saying yes in Biblioteket's document, on its behalf.
  expect(await hostileWrite(`org/${biblioteketId}`, menyKey, (doc) => doc.getMap('linkAnswers').set(openId, 'accepted'))).toEqual({ code: 4403, reason: 'read-only document' });
  // Saying yes to its own proposal in its own document, as if it were Biblioteket's answer.
  expect(await hostileWrite(`org/${menyId}`, menyKey, (doc) => doc.getMap('linkAnswers').set(openId, 'accepted'))).toEqual({ code: 4422, reason: 'link-not-yours' });
  // Making a link at once, without asking.
  expect(await hostileWrite(`org/${menyId}`, menyKey, (doc) => doc.getMap('links').set('direkte', record({ toId: biblioteketId, text: 'uden at spørge', offerCardId: null, order: 9 })))).toEqual({ code: 4422, reason: 'link-not-proposal' });

  // None of it reached anyone: Biblioteket's cards are its own, and the proposal still waits.
  await biblioteket.open('Vi vil styrkes');
  await expect(biblioteket.ownCardTexts()).toHaveText([NEED]);
  await expect(facilitator.page.getByRole('region', { name: /^Forslag fra tablets/ })).toContainText(`Venter på svar fra ${BIBLIOTEKET}`);
  expect(await collaboration.linkSentences()).toHaveLength(2);
  await expect(connectionBadge(menyTablet.page)).toHaveText(CONNECTED);
});

test('with the lock on, a tablet cannot add a card and says why; "Vi er færdige" shows in the facilitator\'s progress', async () => {
  test.setTimeout(120_000);
  const progress = new TabletProgress(facilitator.page);
  await expect(progress.of(BIBLIOTEKET)).toContainText('1 kort eller forbindelse');
  await expect(progress.of(MENY)).toContainText('Skriver');
  await expect(progress.summary).toHaveText('0 af 2 er færdige');

  await progress.lockButton.click();
  await expect(progress.lockButton).toHaveAttribute('aria-pressed', 'true');
  await expect(meny.page.getByRole('status').filter({ hasText: 'Facilitatoren har låst, så I ikke kan skrive lige nu.' })).toBeVisible({ timeout: SYNC_TIMEOUT });
  await meny.open('Vi kan give');
  const before = await meny.ownCardTexts().allTextContents();
  const form = meny.page.getByRole('form', { name: 'Tilføj kort: Det kan vi bidrage med' });
  await form.getByRole('textbox', { name: 'Tekst på kortet' }).fill('Låst, men prøvet alligevel');
  await form.getByRole('radio', { name: 'Lokaler og udstyr' }).tap();
  await form.getByRole('button', { name: 'Tilføj kort' }).tap();
  await expect(form.getByRole('alert')).toHaveText('Facilitatoren har låst for at skrive lige nu. Vent, til der bliver låst op.');
  await expect(meny.ownCardTexts()).toHaveText(before);
  await shoot(menyTablet.page, 'tablet-collaboration-locked');

  // A tablet running other code is refused by the server too.
  const joined = (await (await postJson(`${server.url}api/join`, { code })).json()) as { organisations: { id: string; name: string }[] };
  const menyId = joined.organisations.find((organisation) => organisation.name === MENY)?.id ?? '';
  const stored = await menyTablet.page.evaluate((id) => localStorage.getItem(`vaerdispil.live.joined.${id}`), roomId);
  const menyKey = (JSON.parse(stored ?? '{}') as { key: string }).key;
  expect(await hostileWrite(`cards/${menyId}`, menyKey, (doc) => doc.getMap('cards').set('locked', record({ side: 'offer', text: 'Låst', kind: 'lokaler', valueId: null, order: 9 })))).toEqual({ code: 4422, reason: 'phase-locked' });

  // "Vi er færdige" is still possible while locked, and the facilitator sees it.
  await meny.page.getByRole('button', { name: 'Vi er færdige', exact: true }).tap();
  await expect(progress.of(MENY)).toContainText('Færdig', { timeout: SYNC_TIMEOUT });
  await expect(progress.summary).toHaveText('1 af 2 er færdig');
  await expectNoSeriousA11yViolations(facilitator.page, 'the facilitator in Gør hinanden stærkere with the tablets’ progress');

  await progress.lockButton.click();
  await expect(meny.page.getByRole('status').filter({ hasText: 'Facilitatoren har låst' })).toBeHidden({ timeout: SYNC_TIMEOUT });
  await meny.addCard('Vi kan give', 'Låst op igen', 'Lokaler og udstyr');
  await expect(connectionBadge(menyTablet.page)).toHaveText(CONNECTED);
  expect([...facilitator.errors, ...menyTablet.errors]).toEqual([]);
});

/** Presses Tab until `target` has the focus, as someone with a keyboard does; fails if it is never reached. */
async function tabTo(page: Page, target: Locator, presses = 40): Promise<void> {
  for (let count = 0; count < presses; count += 1) {
    if (await target.evaluate((element) => element === document.activeElement)) return;
    await page.keyboard.press('Tab');
  }
  await expect(target).toBeFocused();
}

test('a tablet with a keyboard alone writes a card, moves between the steps and says yes to a proposal', async () => {
  test.setTimeout(120_000);
  const page = biblioteketTablet.page;
  // From the top of the page to the steps, then to the first step with Home.
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
  await tabTo(page, page.getByRole('tab', { selected: true }));
  await page.keyboard.press('Home');
  await expect(biblioteket.tab('Vi kan give')).toBeFocused();
  await expect(biblioteket.tab('Vi kan give')).toHaveAttribute('aria-selected', 'true');

  // A card: its text, a kind chosen with the arrow keys, and Enter.
  const form = page.getByRole('form', { name: 'Tilføj kort: Det kan vi bidrage med' });
  await tabTo(page, form.getByRole('textbox', { name: 'Tekst på kortet' }));
  await page.keyboard.type('Bøger til lektiecaféen');
  await page.keyboard.press('Tab');
  const chosen = form.getByRole('radio', { checked: true });
  const kindOf = () => chosen.evaluate((radio) => radio.closest('label')?.textContent?.trim() ?? '');
  await expect(chosen).toBeFocused();
  const kindBefore = await kindOf();
  await page.keyboard.press('ArrowRight');
  await expect(chosen).toBeFocused();
  const kind = await kindOf();
  expect(kind).not.toBe(kindBefore);
  await tabTo(page, form.getByRole('button', { name: 'Tilføj kort' }));
  await page.keyboard.press('Enter');
  await expect(biblioteket.ownCardTexts()).toHaveText(['Bøger til lektiecaféen']);
  await expect(biblioteket.panel.locator('.card-list li').filter({ hasText: 'Bøger til lektiecaféen' })).toContainText(kind);

  // The last step with End, and the proposal MENY sent earlier, answered with Enter.
  await tabTo(page, biblioteket.tab('Vi kan give'));
  await page.keyboard.press('End');
  await expect(biblioteket.tab('Forbindelser')).toHaveAttribute('aria-selected', 'true');
  await tabTo(page, biblioteket.incoming(MENY).getByRole('button', { name: `Ja tak til forslaget fra ${MENY}` }));
  await page.keyboard.press('Enter');
  await expect(biblioteket.ours().filter({ hasText: 'MENY kan styrke os ved at give rabat på kaffe' })).toContainText('Aftalt');
  await expect.poll(() => collaboration.linkSentences(), { timeout: SYNC_TIMEOUT }).toContain(`${MENY} styrker ${BIBLIOTEKET} ved at give rabat på kaffe`);
  expect(biblioteketTablet.errors).toEqual([]);
});

test('in Opsamling MENY\'s tablet makes its own page as a PDF: its cards and the link it agreed, not Biblioteket\'s cards', async () => {
  test.setTimeout(120_000);
  await new WorkshopPage(facilitator.page).goToPhase('Opsamling');
  await expect(menyTablet.page.getByRole('heading', { name: `Jeres side fra workshoppen: ${MENY}` })).toBeVisible({ timeout: SYNC_TIMEOUT });
  await menyTablet.page.getByRole('button', { name: 'Lav vores side som PDF' }).tap();
  const link = menyTablet.page.getByRole('link', { name: 'Hent' });
  await expect(link).toHaveAttribute('download', /^organisation-meny-.*\.pdf$/u, { timeout: 60_000 });
  const [download] = await Promise.all([menyTablet.page.waitForEvent('download'), link.click()]);
  const text = extractText(savePdf(readFileSync(await download.path()), 'meny-collaboration-page'));

  expect(text).toContain(MENY);
  // MENY's cards as they stand: written online, offline and after the lock; the one it removed is gone.
  for (const card of [OFFER, OFFLINE_CARDS[0] ?? '', OFFLINE_CARDS[2] ?? '', 'Låst op igen']) expect(text).toContain(normaliseText(card));
  expect(text).not.toContain(normaliseText(OFFLINE_CARDS[1] ?? ''));
  // The link Biblioteket said yes to.
  expect(text).toContain(normaliseText('låne lokaler ud om aftenen'));
  // Biblioteket's card is Biblioteket's, not on MENY's page.
  expect(text).not.toContain(normaliseText(NEED));
  expect(menyTablet.errors).toEqual([]);
});
