import { expect, test, type Page } from '@playwright/test';
import { parseWorkshopFile, serializeWorkshopFile } from '../../src/files/workshop-file.ts';
import { blankWorkshop } from '../../src/domain/workshop.ts';
import { expectNoSeriousA11yViolations } from './axe.ts';
import { DeviceStorage } from './pages/device-storage.ts';
import { FilesPage } from './pages/files-page.ts';
import { StartPage } from './pages/start-page.ts';
import { TroublePage } from './pages/trouble-page.ts';

/*
 * The app never goes blank. A screen that throws is replaced by an error screen, and a workshop
 * whose stored data cannot be loaded says why instead of "loading" for good; both save what can still
 * be read as a workshop file and lead back to the start page. The failures are made from outside the
 * app, so they hold whatever its readers of stored content do: a browser API the board needs that
 * throws, and a stored record the storage layer cannot decode. A file built to crash the import
 * (`__proto__` as an id) is refused with a message.
 */

/** The workshop the tests break: one organisation, so the file shows what was saved. */
async function workshopWithAnOrganisation(page: Page, title: string): Promise<StartPage> {
  const start = new StartPage(page);
  await start.goto();
  const workshop = await start.createWorkshop(title);
  await workshop.addOrganisation('Biblioteket', 'Kommunale institutioner');
  await expect.poll(() => workshop.organisationNames()).toEqual(['Biblioteket']);
  return start;
}

/** The downloaded file read back by the app's own file reader: its workshops' titles and organisations. */
function readBack(text: string): { title: string; organisations: string[] }[] {
  const parsed = parseWorkshopFile(text);
  if (!parsed.ok) throw new Error(`the saved file does not read back: ${parsed.problem.code}`);
  return parsed.value.map((workshop) => ({ title: workshop.setup.title, organisations: workshop.organisations.map((organisation) => organisation.name) }));
}

test.describe('The app never goes blank', () => {
  test('a screen that throws: the error screen says so, saves the workshop as a file, speaks English, and leads back', async ({ page }) => {
    // A browser without ResizeObserver (Safari before 13.1, as on an old iPad): the board's measuring
    // throws as it appears. Nothing in the app's build changes; the start page and Forberedelse need none.
    await page.addInitScript(() => {
      window.ResizeObserver = class {
        constructor() {
          throw new TypeError('ResizeObserver is not supported in this browser');
        }
      } as unknown as typeof ResizeObserver;
    });
    const start = await workshopWithAnOrganisation(page, 'Møde med en fejl');
    const trouble = new TroublePage(page);

    await page.getByRole('navigation', { name: 'Workshoppens faser' }).getByRole('button', { name: /^Værdispillet/u }).click();
    await expect(trouble.errorHeading).toBeVisible();
    await expect(trouble.errorHeading).toBeFocused();
    await expect(trouble.alert(trouble.errorHeading)).toHaveText(
      'Værdispillet stødte på en fejl og kan ikke vise denne side. Det, I har lavet, bliver gemt på enheden undervejs. Gem det også som fil, før I går videre.',
    );
    await expectNoSeriousA11yViolations(page, 'the error screen');

    // By keyboard: from the message, the next stop is "save"; Enter downloads a file that reads back.
    await page.keyboard.press('Tab');
    await expect(trouble.saveButton).toBeFocused();
    const file = await trouble.download(() => page.keyboard.press('Enter'));
    expect(file.name).toMatch(/^moede-med-en-fejl-\d{4}-\d{2}-\d{2}\.json$/u);
    expect(readBack(file.text)).toEqual([{ title: 'Møde med en fejl', organisations: ['Biblioteket'] }]);
    await expect(trouble.status).toHaveText(`Filen ${file.name} er gemt i dine overførsler.`);

    // English when switched, and back.
    await page.getByRole('button', { name: 'English', exact: true }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Something went wrong' })).toBeVisible();
    await expect(page.getByRole('button', { name: 'Save what can be read as a file' })).toBeVisible();
    await expect(page.getByRole('button', { name: 'Back to the start page' })).toBeVisible();
    await page.getByRole('button', { name: 'Dansk', exact: true }).click();

    await trouble.backButton.focus();
    await page.keyboard.press('Enter');
    await expect(start.heading).toBeVisible();
    await expect(start.row('Møde med en fejl')).toBeVisible();
    await expect(trouble.errorHeading).toHaveCount(0);
  });

  test('a workshop whose stored data cannot be loaded: says why, saves what can be read, leads back', async ({ page }) => {
    const start = await workshopWithAnOrganisation(page, 'Beskadiget møde');
    await start.goto();
    const id = await start.workshopId('Beskadiget møde');
    await new DeviceStorage(page).storeUndecodableRecord(id, 'setup');
    const trouble = new TroublePage(page);

    await page.getByRole('button', { name: 'Åbn Beskadiget møde', exact: true }).click();
    await expect(trouble.openFailedHeading).toBeVisible();
    await expect(page.getByText('Henter workshoppen …')).toHaveCount(0);
    await expect(trouble.alert(trouble.openFailedHeading)).toHaveText('Noget af det, der er gemt om workshoppen på denne enhed, er beskadiget og kan ikke læses.');
    await expectNoSeriousA11yViolations(page, 'a workshop that cannot be opened');

    // The damaged record is left out; everything else is in the file, and the screen says something was left out.
    const file = await trouble.download(() => trouble.saveButton.click());
    expect(readBack(file.text)).toEqual([{ title: 'Beskadiget møde', organisations: ['Biblioteket'] }]);
    await expect(trouble.status).toHaveText(`Filen ${file.name} er gemt i dine overførsler. Noget kunne ikke læses og er ikke med i filen.`);

    await trouble.backButton.click();
    await expect(start.heading).toBeVisible();
    await expect(start.row('Beskadiget møde')).toBeVisible();
  });

  test('a device whose list of workshops cannot be loaded: the app says so at start instead of a blank page', async ({ page }) => {
    const start = new StartPage(page);
    await start.goto();
    await new DeviceStorage(page).storeUndecodableCatalogueRecord();
    await page.reload();
    await expect(page.getByRole('heading', { level: 1, name: 'Noget gik galt' })).toBeVisible();
    await expect(page.getByRole('alert')).toHaveText(
      'Værdispillet kunne ikke starte, fordi listen over workshops på denne enhed ikke kan læses. Prøv at genindlæse siden. Intet er slettet fra enheden.',
    );
    await expectNoSeriousA11yViolations(page, 'the app could not start');
  });

  test('a file with __proto__ as an organisation’s id is refused with a message; the import keeps working', async ({ page }) => {
    const start = new StartPage(page);
    const files = new FilesPage(page);
    await start.goto();
    const workshop = { ...blankWorkshop('fraflfil', 'Fra en fil'), organisations: [{ id: 'org-a', name: 'Biblioteket', actorType: 'kommunale-institutioner' as const, contact: '' }] };
    const text = serializeWorkshopFile([workshop], new Date()).replace('"org-a"', '"__proto__"');

    await files.importFile('ondsindet.json', text);
    await expect(files.refusal).toContainText('Feltet workshops[0].organisations[0].id bruger »__proto__« som id.');
    // Nothing stored, and the panel is ready for the next file.
    await expect(start.row('Fra en fil')).toHaveCount(0);
    await files.importFile('god.json', serializeWorkshopFile([workshop], new Date()));
    await expect(start.row('Fra en fil')).toBeVisible();
  });
});
