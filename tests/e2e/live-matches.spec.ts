import { expect, test } from '@playwright/test';
import { serializeWorkshopFile } from '../../src/files/workshop-file.ts';
import { JOBCENTER, LEISURE_JOBS_TITLE, leisureJobsWorkshop, SUPERMARKET } from '../support/leisure-jobs-workshop.ts';
import { DESKTOP, device, TABLET, useLiveServer } from './live-devices.ts';
import { CollaborationPage } from './pages/collaboration-page.ts';
import { FilesPage } from './pages/files-page.ts';
import { JoinPage, LivePanel } from './pages/live-page.ts';
import { StartPage } from './pages/start-page.ts';
import { TabletCollaborationPage } from './pages/tablet-collaboration-page.ts';

/*
 * The supermarket's tablet in a live session on the leisure-jobs meeting (issue 18): among its
 * suggestions the job centre's guidance on leisure jobs comes first, with one sentence naming both
 * cards; five at first, "Vis N match mere" for the rest; proposing it opens the proposal to the job centre.
 */

const SYNC_TIMEOUT = 20_000;
const live = useLiveServer();

test('a tablet sees its five best suggestions first, the leisure-job pair on top, and proposes it', async ({ browser }) => {
  test.setTimeout(120_000);
  const facilitator = await device(browser, live.server.url, DESKTOP);
  live.devices.push(facilitator);
  const start = new StartPage(facilitator.page);
  await start.goto();
  await new FilesPage(facilitator.page).importFile('fritidsjob.json', serializeWorkshopFile([leisureJobsWorkshop()], new Date()));
  await start.open(LEISURE_JOBS_TITLE);
  await expect(new CollaborationPage(facilitator.page).heading).toBeVisible();
  const panel = new LivePanel(facilitator.page);
  const { code } = await panel.start();
  await panel.close();

  const tablet = await device(browser, live.server.url, TABLET);
  live.devices.push(tablet);
  await new JoinPage(tablet.page).goto(code);
  await new JoinPage(tablet.page).pick(SUPERMARKET);
  const brugsen = new TabletCollaborationPage(tablet.page);
  await expect(brugsen.heading).toBeVisible({ timeout: SYNC_TIMEOUT });
  await brugsen.open('Forslag');

  const matches = tablet.page.getByRole('region', { name: 'Mulige match' });
  const items = matches.getByRole('listitem');
  await expect(items).toHaveCount(5, { timeout: SYNC_TIMEOUT });
  await expect(items.first().locator('.match-pair')).toContainText(`${JOBCENTER} → ${SUPERMARKET}`);
  await expect(items.first().locator('.match-reason')).toHaveText(
    '"Vejledning om fritidsjob og hjælp til at skrive en ansøgning" passer til "Unge, der er klar til et fritidsjob": begge handler om fritidsjob.',
  );
  await matches.getByRole('button', { name: /^Vis \d+ match mere$/u }).click();
  expect(await items.count()).toBeGreaterThan(5);

  await items.first().getByRole('button', { name: `Foreslå forbindelsen: ${JOBCENTER} styrker ${SUPERMARKET}` }).click();
  const form = tablet.page.getByRole('form', { name: 'Foreslå en forbindelse' });
  await expect(form.getByRole('combobox')).toHaveValue('jobcenter');
  await expect(form).toContainText('Fx "låne os deres mødelokale om tirsdagen"');
  expect([...facilitator.errors, ...tablet.errors]).toEqual([]);
});
