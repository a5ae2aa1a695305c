import { expect, test, type BrowserContext, type Page } from '@playwright/test';
import { LiveServer } from './live-server.ts';
import { BoardPage } from './pages/board-page.ts';
import { ExportMenu } from './pages/export-menu.ts';
import { CONNECTED, connectionBadge, LivePanel } from './pages/live-page.ts';
import { OfflineApp } from './pages/app-offline.ts';
import { StartPage } from './pages/start-page.ts';
import { CORE_VALUE_NAMES } from './pages/sunshine-page.ts';

/*
 * The app as the session server (server/main.ts) serves it: compressed, with its security headers.
 * Everything the app does runs under the server's Content-Security-Policy — the service worker, the
 * WebSocket of a live session, the PDF export's worker and blob, drags with framer-motion's motion on —
 * and the browser reports no violation.
 */

const MENY = 'MENY';
const [BREDERE, FAGLIGHED] = CORE_VALUE_NAMES;

let server: LiveServer;

test.beforeAll(async () => {
  server = await LiveServer.start();
});

test.afterAll(async () => {
  await server?.stop();
});

/** Every CSP violation a page of the context reports, as the browser words it. */
async function watchViolations(context: BrowserContext): Promise<string[]> {
  const violations: string[] = [];
  await context.exposeFunction('reportViolation', (text: string) => violations.push(text));
  await context.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      const report = (window as unknown as { reportViolation: (text: string) => void }).reportViolation;
      void report(`${event.violatedDirective} blocked ${event.blockedURI || 'inline'} (${event.sourceFile}:${event.lineNumber})`);
    });
  });
  context.on('console', (message) => {
    if (/Content Security Policy/i.test(message.text())) violations.push(message.text());
  });
  return violations;
}

test('the app works under the server’s Content-Security-Policy: service worker, live session, PDF export, drags', async ({ browser }) => {
  test.setTimeout(180_000);
  const context = await browser.newContext({
    baseURL: server.url,
    locale: 'da-DK',
    // Motion on, so framer-motion writes its styles.
    reducedMotion: 'no-preference',
    serviceWorkers: 'allow',
    viewport: { width: 1600, height: 1000 },
  });
  const violations = await watchViolations(context);
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));

  // The page and its first script arrive compressed, with the policy.
  const pageLoad = page.waitForResponse((response) => new URL(response.url()).pathname === '/');
  const script = page.waitForResponse((response) => /\/assets\/index-[^/]+\.js$/.test(response.url()));
  const start = new StartPage(page);
  await start.goto();
  const headers = await (await pageLoad).allHeaders();
  expect(headers['content-security-policy']).toContain("frame-ancestors 'none'");
  expect(headers['cache-control']).toBe('no-cache');
  const scriptHeaders = await (await script).allHeaders();
  expect(scriptHeaders['content-encoding']).toBe('br');
  expect(scriptHeaders['cache-control']).toBe('public, max-age=31536000, immutable');

  // The service worker installs (its precache fetched under the policy) and serves the page.
  await new OfflineApp(page).waitUntilOfflineReady();

  const workshop = await start.createWorkshop('Møde under CSP');
  await workshop.addOrganisation(MENY, 'Erhvervsdrivende');

  // A PDF: the export worker, its fonts, and a blob to open and to download.
  const menu = new ExportMenu(page);
  await menu.open();
  await menu.build('Referat (A4)');
  const popupOpened = page.waitForEvent('popup');
  await menu.openLink.click();
  const popup = await popupOpened;
  expect(popup.url()).toMatch(/^blob:/);
  await popup.close();
  const download = await menu.download();
  expect(download.suggestedFilename()).toMatch(/\.pdf$/);
  await menu.closeButton.click();

  // A live session: the WebSocket to the same host.
  const board = await BoardPage.open(workshop);
  const panel = new LivePanel(page);
  await panel.start();
  await panel.close();
  await expect(connectionBadge(page)).toHaveText(CONNECTED);

  // Drags, with motion.
  await board.placeByMouse(BREDERE);
  await board.placeByKeyboard(FAGLIGHED);
  await expectQuiet(page);

  expect(violations).toEqual([]);
  expect(errors).toEqual([]);
  await context.close();
});

/** Lets the last animations and syncs finish (a violation is reported when it happens). */
async function expectQuiet(page: Page): Promise<void> {
  await expect(connectionBadge(page)).toHaveText(CONNECTED);
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
}

test('the app cannot be framed by another page', async ({ browser }) => {
  const context = await browser.newContext();
  const page = await context.newPage();
  const refused = page.waitForEvent('console', (message) => /frame-ancestors/.test(message.text()));
  await page.setContent(`<iframe src="${server.url}"></iframe>`);
  await refused;
  await context.close();
});
