// `npm run screenshots`: the README's pictures of the main screens, written to docs/screens/. Needs a
// build (`npm run build`; SCREENSHOTS_DIST picks another folder), Debian's Chromium and pdftoppm. It
// serves the build with the live-session server, imports the showcase workshop as a user would, opens
// a live session with a tablet and a projector, and drives them with the browser tests' page objects.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readdir, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { expect } from '@playwright/test';
import { chromium, type Browser, type Page } from 'playwright-core';
import { serializeWorkshopFile } from '../src/files/workshop-file.ts';
import { chromiumLaunchOptions } from '../tests/e2e/chromium.ts';
import { device, DESKTOP, TABLET, TABLET_ON_ITS_SIDE, type Device } from '../tests/e2e/live-devices.ts';
import { LiveServer } from '../tests/e2e/live-server.ts';
import { AgreementsPage } from '../tests/e2e/pages/agreements-page.ts';
import { BoardPage } from '../tests/e2e/pages/board-page.ts';
import { CollaborationPage } from '../tests/e2e/pages/collaboration-page.ts';
import { CommonPicturePage } from '../tests/e2e/pages/common-picture-page.ts';
import { FilesPage } from '../tests/e2e/pages/files-page.ts';
import { CONNECTED, JoinPage, LivePanel, RoomPresencePage } from '../tests/e2e/pages/live-page.ts';
import { ProjectorToggle } from '../tests/e2e/pages/projector.ts';
import { StartPage } from '../tests/e2e/pages/start-page.ts';
import { SunshinePage } from '../tests/e2e/pages/sunshine-page.ts';
import { fullRoomWorkshop, otherWorkshops, SHOWCASE_TABLET_ORGANISATION, SHOWCASE_TITLE, showcaseWorkshop } from '../tests/support/showcase-workshop.ts';

const OUT = path.resolve('docs/screens');
const DIST = path.resolve(process.env.SCREENSHOTS_DIST ?? 'dist');
const WORKSHOP_COUNT = 1 + otherWorkshops().length;
/**
 * The README's "Every phase on the tablets": taken by the live-phases browser test (warm-up needs a workshop
 * that starts with it, which the showcase does not), with `SHOTS_DIR=… npx playwright test
 * tests/e2e/live-phases.spec.ts`, and copied here by hand (the projector's Aftaler cut to its 1920 × 1080).
 */
const PHASE_SCREENS = new Set([
  '16-tablet-opvarmning.png',
  '17-tablet-goer-hinanden-staerkere.png',
  '18-tablet-aftaler.png',
  '19-tablet-opsamling.png',
  '20-projektor-opvarmning.png',
  '21-projektor-goer-hinanden-staerkere.png',
  '22-projektor-aftaler.png',
]);
/** Tablets joined besides the pictured one, so the projector shows a room in use. */
const OTHER_TABLETS = ['Nørreparkens Skole', 'Lektiecaféen i Beboerhuset'];

async function shoot(page: Page, name: string): Promise<void> {
  const file = path.join(OUT, name);
  // Every font in (animations are off: the devices ask for reduced motion, the screenshot for none).
  await page.evaluate(async () => {
    await document.fonts.ready;
  });
  await page.screenshot({ path: file, animations: 'disabled', caret: 'hide' });
  await report(file);
}

async function report(file: string): Promise<void> {
  const { size } = await stat(file);
  console.log(`${path.relative(process.cwd(), file)}  ${Math.round(size / 1024)} KB`);
}

/** The summary PDF of the showcase workshop, its first page as a PNG. */
async function summaryPicture(workshopFile: string, work: string): Promise<void> {
  const pdf = path.join(work, 'referat.pdf');
  execFileSync('npm', ['run', '--silent', 'pdf', '--', workshopFile, '--kind', 'summary', '--out', pdf], { stdio: 'inherit' });
  const prefix = path.join(OUT, '08-referat');
  execFileSync('pdftoppm', ['-png', '-r', '60', '-f', '1', '-l', '1', '-singlefile', pdf, prefix]);
  await report(`${prefix}.png`);
}

async function takeScreens(browser: Browser, server: LiveServer, importFile: string): Promise<void> {
  // The facilitator's laptop, on the projector's size: the start page with the workshops imported.
  const facilitator = await device(browser, server.url, DESKTOP);
  const start = new StartPage(facilitator.page);
  await start.goto();
  const files = new FilesPage(facilitator.page);
  await files.importFile('workshops.json', importFile);
  await expect(start.table.getByRole('rowheader')).toHaveCount(WORKSHOP_COUNT);
  await expect(files.importButton).toBeEnabled();
  await shoot(facilitator.page, '01-start.png');

  // Solskinsmodellen in projector view on the facilitator's laptop (a live projector shows the same big form).
  const workshop = await start.open(SHOWCASE_TITLE);
  const projectorView = new ProjectorToggle(facilitator.page);
  await projectorView.enter();
  await workshop.goToPhase('Solskinsmodellen');
  const sun = new SunshinePage(facilitator.page);
  await sun.ray('Bredere målgruppe').click();
  await sun.expectSelected('Bredere målgruppe');
  await shoot(facilitator.page, '02-solskinsmodellen-projektor.png');
  await projectorView.off.click();
  await projectorView.expectOff();

  // A live session on Værdispillet: the pictured tablet, two more, and the projector.
  await BoardPage.open(workshop);
  const panel = new LivePanel(facilitator.page);
  const { code, projectorUrl } = await panel.start();
  await panel.close();
  const tablet = await device(browser, server.url, TABLET);
  const join = new JoinPage(tablet.page);
  await join.goto(code);
  await join.pick(SHOWCASE_TABLET_ORGANISATION);
  const others: Device[] = [];
  for (const organisation of OTHER_TABLETS) {
    const other = await device(browser, server.url, TABLET);
    others.push(other);
    const otherJoin = new JoinPage(other.page);
    await otherJoin.goto(code);
    await otherJoin.pick(organisation);
  }
  const projector = await device(browser, server.url, DESKTOP);
  await projector.page.goto(projectorUrl);
  const presence = new RoomPresencePage(projector.page);
  await expect(presence.presence(SHOWCASE_TABLET_ORGANISATION)).toHaveText('1 forbundet', { timeout: 20_000 });
  for (const organisation of OTHER_TABLETS) await expect(presence.presence(organisation)).toHaveText('1 forbundet');
  await expect(new BoardPage(projector.page).board.getByRole('table')).toBeVisible();

  const tabletBoard = new BoardPage(tablet.page);
  tabletBoard.organisation = SHOWCASE_TABLET_ORGANISATION;
  await expect(tabletBoard.tray).toBeVisible();
  await shoot(tablet.page, '04-tablet.png');
  await shoot(projector.page, '03-vaerdispillet-projektor.png');

  // Det fælles billede after the reveal, on the facilitator's laptop (the key points are written there).
  await workshop.goToPhase('Det fælles billede');
  const picture = new CommonPicturePage(facilitator.page);
  await picture.reveal();
  await shoot(facilitator.page, '05-faelles-billede.png');
  // Back on Værdispillet, the live projector shows the revealed board.
  await workshop.goToPhase('Værdispillet');
  await expect(projector.page.getByText(/felter er skjult/)).toHaveCount(0);
  await expect(new BoardPage(projector.page).board.getByRole('table')).toBeVisible();
  await shoot(projector.page, '15-braet-8-live-projektor-afsloeret.png');

  // Gør hinanden stærkere as the wall shows it (the network), then Aftaler on the laptop.
  await workshop.goToPhase('Gør hinanden stærkere');
  await projectorView.enter();
  await expect(new CollaborationPage(facilitator.page).network).toBeVisible();
  await shoot(facilitator.page, '06-goer-hinanden-staerkere-projektor.png');
  await projectorView.off.click();
  await projectorView.expectOff();

  await workshop.goToPhase('Aftaler');
  await expect(new AgreementsPage(facilitator.page).ladder).toBeVisible();
  await shoot(facilitator.page, '07-aftaler.png');

  const errors = [facilitator, tablet, ...others, projector].flatMap((each) => each.errors);
  if (errors.length > 0) console.warn(`Errors in the pages:\n${errors.join('\n')}`);
}

/**
 * The board of a full room (docs/value-game-board.md): 15 organisations × 8 values on the projector
 * (the facilitator's laptop in projector view), hidden and revealed; in a live session, the projector
 * and tablets upright and on their side; then the revealed board of the showcase's eight on the live
 * projector, and 40 organisations on pages.
 */
async function boardScreens(browser: Browser, server: LiveServer): Promise<Device[]> {
  const fifteen = fullRoomWorkshop(15);
  const forty = fullRoomWorkshop(40);
  const facilitator = await device(browser, server.url, DESKTOP);
  const start = new StartPage(facilitator.page);
  await start.goto();
  await new FilesPage(facilitator.page).importFile('fuldt-rum.json', serializeWorkshopFile([fifteen, forty], new Date()));
  await expect(start.table.getByRole('rowheader')).toHaveCount(2);

  const projectorView = new ProjectorToggle(facilitator.page);
  await start.open(fifteen.setup.title);
  const board = new BoardPage(facilitator.page);
  await board.waitUntilShown();
  await projectorView.enter();
  await shoot(facilitator.page, '09-braet-15-projektor-skjult.png');
  await projectorView.off.click();
  await board.revealButton.click();
  await projectorView.enter();
  await shoot(facilitator.page, '10-braet-15-projektor-afsloeret.png');
  await projectorView.off.click();
  await board.hideButton.click();

  // A live session on the full room: a tablet upright, one on its side, and the projector.
  const panel = new LivePanel(facilitator.page);
  const { code, projectorUrl } = await panel.start();
  await panel.close();
  const tablets: Device[] = [];
  for (const [options, organisation, name] of [
    [TABLET, 'Café Nord', '11-braet-15-tablet-staaende.png'],
    [TABLET_ON_ITS_SIDE, 'Nørreparkens Skole', '12-braet-15-tablet-liggende.png'],
  ] as const) {
    const tablet = await device(browser, server.url, options);
    tablets.push(tablet);
    const join = new JoinPage(tablet.page);
    await join.goto(code);
    await join.pick(organisation);
    const tabletBoard = new BoardPage(tablet.page);
    tabletBoard.organisation = organisation;
    await expect(tabletBoard.tray).toBeVisible();
    await shoot(tablet.page, name);
  }
  const projector = await device(browser, server.url, DESKTOP);
  await projector.page.goto(projectorUrl);
  await expect(new RoomPresencePage(projector.page).presence('Café Nord')).toHaveText('1 forbundet', { timeout: 20_000 });
  await expect(projector.page.getByText(CONNECTED, { exact: true })).toBeVisible();
  await shoot(projector.page, '13-braet-15-live-projektor.png');

  // Forty organisations: the projector shows them a page at a time.
  await start.goto();
  await start.open(forty.setup.title);
  await projectorView.enter();
  await expect(facilitator.page.getByRole('navigation', { name: 'Sider af spillepladen' })).toBeVisible();
  await shoot(facilitator.page, '14-braet-40-projektor-side-1.png');
  return [facilitator, projector, ...tablets];
}

async function main(): Promise<void> {
  if (!existsSync(path.join(DIST, 'index.html'))) {
    console.error(`No build in ${DIST}: run \`npm run build\` first.`);
    process.exit(1);
  }
  // The folder is this script's: last run's pictures go, so a renamed screen leaves nothing behind; all but
  // the phases on the tablets, which this script does not take (see PHASE_SCREENS).
  await mkdir(OUT, { recursive: true });
  for (const name of await readdir(OUT)) if (!PHASE_SCREENS.has(name)) await rm(path.join(OUT, name), { recursive: true, force: true });
  const work = await mkdtemp(path.join(tmpdir(), 'vaerdispil-screens-'));
  const showcase = showcaseWorkshop();
  const importFile = serializeWorkshopFile([showcase, ...otherWorkshops()], new Date());
  const summaryFile = path.join(work, 'noerreparken.json');
  await writeFile(summaryFile, serializeWorkshopFile([showcase], new Date()));

  // The live server serves E2E_DIST.
  process.env.E2E_DIST = DIST;
  const server = await LiveServer.start();
  let browser: Browser | null = null;
  try {
    browser = await chromium.launch(chromiumLaunchOptions);
    await takeScreens(browser, server, importFile);
    const boardDevices = await boardScreens(browser, server);
    const errors = boardDevices.flatMap((each) => each.errors);
    if (errors.length > 0) console.warn(`Errors in the pages:\n${errors.join('\n')}`);
    await summaryPicture(summaryFile, work);
  } finally {
    await browser?.close();
    await server.stop();
    await rm(work, { recursive: true, force: true });
  }
}

await main();
