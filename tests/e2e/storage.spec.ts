import { expect, test } from '@playwright/test';
import { BoardPage } from './pages/board-page.ts';
import { FilesPage } from './pages/files-page.ts';
import { StartPage } from './pages/start-page.ts';

test.describe('When the device cannot store a change', () => {
  test('the user is told plainly, and the app keeps running', async ({ page }) => {
    const start = new StartPage(page);
    await start.goto();
    const workshop = await start.createWorkshop('Møde med fuldt lager');
    await expect(page.getByRole('alert')).toHaveCount(0);

    // The storage fills up: every IndexedDB write is refused from now on.
    await page.evaluate(() => {
      IDBObjectStore.prototype.add = () => {
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      };
      IDBObjectStore.prototype.put = IDBObjectStore.prototype.add;
    });
    await workshop.addOrganisation('Café Nord', 'Erhvervsdrivende');

    await expect(page.getByRole('alert').filter({ hasText: 'Enheden kunne ikke gemme den seneste ændring' })).toContainText('Gem workshoppen som fil nu');
    // Nothing on screen is taken away: the organisation added as the write failed is shown.
    await expect(workshop.organisationNameField(1)).toHaveValue('Café Nord');
    await expect(workshop.title).toHaveText('Møde med fuldt lager');

    // The way out: save the workshop as a file. It holds what the device could not store.
    const files = new FilesPage(page);
    const file = await files.exportFromToolbar();
    expect(JSON.parse(file.text)).toMatchObject({
      workshops: [{ setup: { title: 'Møde med fuldt lager' }, organisations: [{ name: 'Café Nord', actorType: 'erhvervsdrivende' }] }],
    });

    // A change after that, and the facilitator leaves: the backup offered holds it too, as it was on
    // screen (the device never stored it, so it cannot come from there).
    await workshop.addOrganisation('Bageriet', 'Erhvervsdrivende');
    await workshop.backToStart.click();
    const backup = await files.download(files.leaveOffer.getByRole('button', { name: 'Gem en sikkerhedskopi', exact: true }));
    const saved = JSON.parse(backup.text) as { workshops: { organisations: { name: string }[] }[] };
    expect(saved.workshops[0]?.organisations.map((organisation) => organisation.name)).toEqual(['Café Nord', 'Bageriet']);
  });
});

test.describe('When the browser refuses to store anything (private browsing, site data blocked)', () => {
  test('the app says so plainly and works for the visit: create, play, save as a file', async ({ page }) => {
    // As Chromium does when site data is blocked: IndexedDB and localStorage throw a SecurityError.
    await page.addInitScript(() => {
      const denied = () => {
        throw new DOMException('Access to storage is denied in this context.', 'SecurityError');
      };
      IDBFactory.prototype.open = denied;
      Object.defineProperty(window, 'localStorage', { get: denied });
    });
    const start = new StartPage(page);
    const files = new FilesPage(page);
    await start.goto();
    await expect(page.getByRole('alert').filter({ hasText: 'Browseren vil ikke gemme data på denne enhed' })).toContainText(
      'forsvinder, når siden lukkes: gem workshoppen som fil',
    );
    // The start page does not promise what it cannot keep.
    await expect(page.getByText('Alt gemmes med det samme')).toHaveCount(0);
    await expect(page.getByText('så længe siden er åben')).toBeVisible();

    const workshop = await start.createWorkshop('Møde uden lager');
    await workshop.addOrganisation('Biblioteket', 'Kommunale institutioner');
    const board = await BoardPage.open(workshop);
    await board.clickToPlace('Bredere målgruppe');
    await board.writeExample('Bredere målgruppe', 'Vi låner lokaler ud.');

    // Back to the list and in again: the workshop is kept in memory for the rest of the visit.
    await workshop.backToStart.click();
    await expect(start.row('Møde uden lager')).toBeVisible();
    await start.open('Møde uden lager');
    const again = new BoardPage(page);
    await again.waitUntilShown();
    await again.expectPlaced('Bredere målgruppe');
    await expect(again.example('Bredere målgruppe')).toHaveValue('Vi låner lokaler ud.');

    // A file is the way to keep it: it holds everything.
    const file = await files.exportFromToolbar();
    expect(JSON.parse(file.text)).toMatchObject({
      workshops: [{ setup: { title: 'Møde uden lager' }, organisations: [{ name: 'Biblioteket' }] }],
    });
    expect(file.text).toContain('Vi låner lokaler ud.');
  });
});
