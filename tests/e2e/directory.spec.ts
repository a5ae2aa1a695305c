import { expect, test, type Page } from '@playwright/test';
import { blankWorkshop, type Workshop } from '../../src/domain/workshop.ts';
import { serializeWorkshopFile } from '../../src/files/workshop-file.ts';
import { expectNoSeriousA11yViolations } from './axe.ts';
import { FilesPage } from './pages/files-page.ts';
import { StartPage } from './pages/start-page.ts';
import { WorkshopPage } from './pages/workshop-page.ts';

/*
 * The organisation directory (ressourcebørs) as a facilitator preparing a follow-up meeting uses it: the
 * same organisation from two workshops listed once with both workshops' offers, found with a typo,
 * merged and split, chosen when setting up the next workshop, its contact deleted everywhere, and files
 * saved with and without contact persons.
 */

function meeting(id: string, title: string, date: string, organisations: { id: string; name: string; contact: string; offer?: string; need?: string }[], actorType: Workshop['organisations'][number]['actorType'] = 'kommunale-institutioner'): Workshop {
  const workshop = blankWorkshop(id, title, 1_700_000_000_000);
  workshop.setup.date = date;
  workshop.organisations = organisations.map((organisation) => ({ id: organisation.id, name: organisation.name, actorType, contact: organisation.contact }));
  workshop.cards = Object.fromEntries(
    organisations.map((organisation) => [
      organisation.id,
      [
        ...(organisation.offer ? [{ id: `${organisation.id}-o`, side: 'offer' as const, text: organisation.offer, kind: 'lokaler' as const, valueId: null }] : []),
        ...(organisation.need ? [{ id: `${organisation.id}-n`, side: 'need' as const, text: organisation.need, kind: 'frivillige' as const, valueId: null }] : []),
      ],
    ]),
  );
  return workshop;
}

const SPRING = meeting('spring', 'Netværksmøde i foråret', '2026-03-10', [
  { id: 'lib', name: 'Hasle Bibliotek', contact: 'Ane Holm, 2211 3344', offer: 'Mødelokale om aftenen' },
  { id: 'club', name: 'Ungdomsklubben', contact: '', need: 'Flere frivillige voksne' },
]);
const AUTUMN = meeting('autumn', 'Opfølgning i efteråret', '2026-09-15', [
  { id: 'lib2', name: 'Hasle bibliotek, afd. Hasle', contact: 'Ane Holm, 2211 3344', offer: 'Lektiehjælp for 4.–6. klasse' },
  { id: 'shop', name: 'Netto', contact: '', offer: 'Frugt til arrangementer' },
]);

async function deviceWithTwoMeetings(page: Page): Promise<{ start: StartPage; files: FilesPage }> {
  const start = new StartPage(page);
  const files = new FilesPage(page);
  await start.goto();
  await files.importFile('to-moeder.json', serializeWorkshopFile([SPRING, AUTUMN], new Date()));
  await expect(start.row('Opfølgning i efteråret')).toBeVisible();
  return { start, files };
}

async function openDirectory(page: Page) {
  await page.getByRole('link', { name: /^Organisationer/u }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Organisationer' })).toBeVisible();
  const list = page.locator('.directory-list');
  await expect(list.getByRole('button').first()).toBeVisible();
  return list;
}

test.describe('The organisation directory', () => {
  test('one organisation from two workshops is listed once with both offers; found with a typo; merged and split', async ({ page }) => {
    await deviceWithTwoMeetings(page);
    const list = await openDirectory(page);
    await expect(list.getByRole('button')).toHaveCount(3);
    await expect(list.getByRole('button', { name: 'Se profil for Hasle bibliotek, afd. Hasle' })).toContainText('Med i 2 workshops');

    // A typo in the search still finds it.
    await page.getByLabel('Søg', { exact: true }).fill('bibilotek');
    await expect(list.getByRole('button')).toHaveCount(1);
    await list.getByRole('button', { name: 'Se profil for Hasle bibliotek, afd. Hasle' }).click();
    const profile = page.locator('.directory-profile');
    await expect(profile.getByRole('heading', { level: 4 })).toHaveText(['Opfølgning i efteråret (15. september 2026)', 'Netværksmøde i foråret (10. marts 2026)']);
    await expect(profile).toContainText('Mødelokale om aftenen');
    await expect(profile).toContainText('Lektiehjælp for 4.–6. klasse');
    await expectNoSeriousA11yViolations(page, 'the directory with a profile open');

    // The profile's answers stay.
    await profile.getByLabel('Hvilke borgere og målgrupper arbejder den med?').fill('Børn og forældre i Hasle');
    await page.getByLabel('Søg', { exact: true }).fill('');

    // Merge Netto into it, then split again.
    await profile.getByLabel('Vælg organisation').selectOption({ label: 'Netto' });
    await profile.getByRole('button', { name: 'Slå sammen' }).click();
    await expect(list.getByRole('button')).toHaveCount(2);
    await expect(profile.getByRole('heading', { level: 4 })).toHaveCount(3);
    await profile.getByRole('button', { name: 'Tag Netto fra Opfølgning i efteråret ud som en organisation for sig' }).click();
    await expect(list.getByRole('button')).toHaveCount(3);
    await expect(profile.getByRole('heading', { level: 4 })).toHaveCount(2);

    // Searching finds it by what it wrote in the profile, after a reload (stored on the device).
    await page.reload();
    await expect(page.getByRole('heading', { level: 1, name: 'Organisationer' })).toBeVisible();
    await page.getByLabel('Søg', { exact: true }).fill('foraeldre');
    await expect(page.locator('.directory-list').getByRole('button')).toHaveCount(1);
  });

  test('chosen when setting up the next workshop: the suggestion fills name, actor type and contact', async ({ page }) => {
    const { start } = await deviceWithTwoMeetings(page);
    const workshop: WorkshopPage = await start.createWorkshop('Næste møde');
    const form = workshop.addOrganisationForm;
    await form.getByLabel('Navn', { exact: true }).fill('hasle bib');
    const suggestions = form.getByRole('group', { name: 'Fra organisationslisten' });
    await suggestions.getByRole('button', { name: /^Hasle bibliotek, afd\. Hasle – Kommunale institutioner/u }).click();
    await expect(form.getByLabel('Navn', { exact: true })).toHaveValue('Hasle bibliotek, afd. Hasle');
    await expect(form.getByLabel('Aktørtype', { exact: true })).toHaveValue('kommunale-institutioner');
    await expect(form.getByLabel('Kontaktperson (valgfri)')).toHaveValue('Ane Holm, 2211 3344');
    await form.getByRole('button', { name: 'Tilføj organisation' }).click();
    expect(await workshop.organisationNames()).toEqual(['Hasle bibliotek, afd. Hasle']);
  });

  test('a contact person is deleted everywhere at once, after saying where', async ({ page }) => {
    const { start } = await deviceWithTwoMeetings(page);
    const list = await openDirectory(page);
    await list.getByRole('button', { name: 'Se profil for Hasle bibliotek, afd. Hasle' }).click();
    const profile = page.locator('.directory-profile');
    await expect(profile.getByRole('textbox', { name: 'Kontaktperson', exact: true })).toHaveValue('Ane Holm, 2211 3344');
    await profile.getByRole('button', { name: 'Slet kontaktperson overalt' }).click();
    const dialog = page.getByRole('dialog', { name: 'Slet kontaktpersonen?' });
    await expect(dialog).toContainText('Opfølgning i efteråret og Netværksmøde i foråret');
    await dialog.getByRole('button', { name: 'Slet overalt' }).click();
    await expect(profile.getByRole('textbox', { name: 'Kontaktperson', exact: true })).toHaveValue('');
    await expect(profile.getByRole('button', { name: 'Slet kontaktperson overalt' })).toHaveCount(0);

    await start.goto();
    for (const title of ['Netværksmøde i foråret', 'Opfølgning i efteråret']) {
      const workshop = await start.open(title);
      await workshop.goToPhase('Forberedelse');
      const name = title === 'Netværksmøde i foråret' ? 'Hasle Bibliotek' : 'Hasle bibliotek, afd. Hasle';
      await expect(workshop.contactField(name)).toHaveValue('');
      await start.goto();
    }
  });

  test('a file holds contact persons only when the facilitator ticks the box', async ({ page }) => {
    const { files } = await deviceWithTwoMeetings(page);
    const dialog = page.getByRole('dialog', { name: 'Gem som fil' });

    await page.getByRole('button', { name: 'Gem Netværksmøde i foråret som fil', exact: true }).click();
    await expect(dialog.getByRole('checkbox', { name: 'Medtag kontaktpersoner' })).not.toBeChecked();
    await expectNoSeriousA11yViolations(page, 'the save dialog asking about contact persons');
    const without = await files.download(dialog.getByRole('button', { name: 'Gem fil' }));
    const withoutJson = JSON.parse(without.text) as { workshops: Workshop[] };
    expect(withoutJson.workshops[0]?.organisations.map((organisation) => organisation.contact)).toEqual(['', '']);
    expect(without.text).not.toContain('Ane Holm');

    await page.getByRole('button', { name: 'Gem Netværksmøde i foråret som fil', exact: true }).click();
    await dialog.getByRole('checkbox', { name: 'Medtag kontaktpersoner' }).check();
    const withContacts = await files.download(dialog.getByRole('button', { name: 'Gem fil' }));
    const withJson = JSON.parse(withContacts.text) as { workshops: Workshop[]; directory?: unknown };
    expect(withJson.workshops[0]?.organisations.map((organisation) => organisation.contact)).toEqual(['Ane Holm, 2211 3344', '']);
    expect(withJson.directory).toMatchObject({ version: 1 });
  });
});
