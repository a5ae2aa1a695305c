import { expect, test } from '@playwright/test';
import { expectNoSeriousA11yViolations } from './axe.ts';
import { DESKTOP, device, TABLET, useLiveServer } from './live-devices.ts';
import { BoardPage } from './pages/board-page.ts';
import { CONNECTED, connectionBadge, JoinPage, LivePanel } from './pages/live-page.ts';
import { StartPage } from './pages/start-page.ts';

/*
 * One tablet holds one organisation (server/PROTOCOL.md, Holding an organisation), with the real session
 * server: a second tablet sees MENY taken and cannot pick it; the facilitator sees who holds what and
 * frees MENY, which disconnects the first tablet; the second tablet then takes MENY, and keeps it across
 * a reload.
 */

const MENY = 'MENY';
const BIBLIOTEKET = 'Biblioteket';
const TAKEN = 'Optaget: en anden tablet er med som denne organisation.';
const SYNC_TIMEOUT = 20_000;

const live = useLiveServer();

test('a second tablet sees an organisation taken; the facilitator frees it, and the second tablet takes it', async ({ browser }) => {
  test.setTimeout(180_000);
  const facilitator = await device(browser, live.server.url, DESKTOP);
  live.devices.push(facilitator);
  const start = new StartPage(facilitator.page);
  await start.goto();
  const workshop = await start.createWorkshop('Netværksmøde i Bispehaven');
  await workshop.addOrganisation(MENY, 'Erhvervsdrivende');
  await workshop.addOrganisation(BIBLIOTEKET, 'Kommunale institutioner');
  await BoardPage.open(workshop);
  const panel = new LivePanel(facilitator.page);
  const { code } = await panel.start();
  await expect(panel.hold(MENY)).toContainText('Ikke valgt endnu', { timeout: SYNC_TIMEOUT });
  await panel.close();

  const first = await device(browser, live.server.url, TABLET);
  live.devices.push(first);
  const firstJoin = new JoinPage(first.page);
  await firstJoin.goto(code);
  await firstJoin.pick(MENY);

  // The second tablet sees MENY taken, with the reason, and cannot pick it; Biblioteket is free.
  const second = await device(browser, live.server.url, TABLET);
  live.devices.push(second);
  const secondJoin = new JoinPage(second.page);
  await secondJoin.goto(code);
  await expect(secondJoin.organisation(MENY)).toBeDisabled();
  await expect(secondJoin.organisation(MENY)).toHaveAccessibleDescription(TAKEN);
  await expect(secondJoin.organisation(BIBLIOTEKET)).toBeEnabled();
  await expectNoSeriousA11yViolations(second.page, 'an organisation taken');

  // The facilitator sees who holds what, and frees MENY: the first tablet is disconnected.
  await panel.showButton.click();
  await expect(panel.hold(MENY)).toContainText(/valgt kl\. \d\d[.:]\d\d · forbundet/, { timeout: SYNC_TIMEOUT });
  await expect(panel.hold(BIBLIOTEKET)).toContainText('Ikke valgt endnu');
  await expect(panel.releaseButton(BIBLIOTEKET)).toHaveCount(0);
  await expectNoSeriousA11yViolations(facilitator.page, 'who holds what');
  await panel.releaseButton(MENY).click();
  await expect(panel.hold(MENY)).toContainText('Ikke valgt endnu');
  await expect(connectionBadge(first.page)).toHaveText('Enheden har ikke længere adgang til sessionen. Spørg facilitatoren.', {
    timeout: SYNC_TIMEOUT,
  });
  // …and says what to do: join again with the code.
  await expect(first.page.getByRole('alert').getByRole('link', { name: 'Deltag igen med koden' })).toHaveAttribute('href', '#/join');

  // The second tablet's list follows by itself: MENY is free, and it takes it.
  await expect(secondJoin.organisation(MENY)).toBeEnabled({ timeout: SYNC_TIMEOUT });
  await secondJoin.pick(MENY);
  await expect(panel.hold(MENY)).toContainText(/valgt kl\. \d\d[.:]\d\d · forbundet/, { timeout: SYNC_TIMEOUT });

  // A reload keeps the hold.
  await second.page.reload();
  await expect(second.page.getByText(`Jeres organisation: ${MENY}`)).toBeVisible({ timeout: SYNC_TIMEOUT });
  await expect(connectionBadge(second.page)).toHaveText(CONNECTED, { timeout: SYNC_TIMEOUT });

  // The first tablet, back on the join screen, now finds MENY taken by the second.
  await firstJoin.goto(code);
  await expect(firstJoin.organisation(MENY)).toBeDisabled();
  expect([...facilitator.errors, ...first.errors, ...second.errors]).toEqual([]);
});
