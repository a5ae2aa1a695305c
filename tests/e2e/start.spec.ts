import { expect, test } from '@playwright/test';
import { StartPage } from './pages/start-page.ts';
import { APP_START_TIMEOUT } from './pages/workshop-page.ts';

test.describe('Start screen', () => {
  test('shows the empty state on a fresh device', async ({ page }) => {
    const start = new StartPage(page);
    await start.goto();
    await expect(page.getByText('Der er ingen workshops endnu. Opret den første i feltet ovenfor.')).toBeVisible();
    await expect(start.table).toHaveCount(0);
  });

  test('creating a workshop opens it, and it is listed on the way back', async ({ page }) => {
    const start = new StartPage(page);
    await start.goto();
    const workshop = await start.createWorkshop('Netværksmøde i Nørreparken');

    await expect(workshop.phaseButton('Forberedelse')).toHaveAttribute('aria-current', 'step');
    await expect(workshop.field('Titel')).toHaveValue('Netværksmøde i Nørreparken');

    await workshop.backToStart.click();
    await expect(start.heading).toBeVisible();
    await expect(page.getByText('Der er ingen workshops endnu.')).toHaveCount(0);
    expect(await start.rowTexts('Netværksmøde i Nørreparken')).toEqual({
      title: 'Netværksmøde i Nørreparken',
      date: 'Ingen dato',
      organisations: '0',
    });
  });

  test('an empty title is refused in Danish and creates nothing', async ({ page }) => {
    const start = new StartPage(page);
    await start.goto();
    await start.titleInput.fill('   ');
    await start.createButton.click();

    await expect(page.getByRole('alert')).toHaveText('Skriv et navn. Feltet må ikke være tomt.');
    await expect(start.titleInput).toHaveAttribute('aria-invalid', 'true');
    await expect(start.titleInput).toBeFocused();
    await expect(start.heading).toBeVisible();
    await expect(page.getByText('Der er ingen workshops endnu. Opret den første i feltet ovenfor.')).toBeVisible();
    await expect(start.table).toHaveCount(0);
  });

  test('the list shows the date and the number of organisations', async ({ page }) => {
    const start = new StartPage(page);
    await start.goto();
    const workshop = await start.createWorkshop('Sommerfest 2026');
    await workshop.dateField.fill('2026-12-03');
    await workshop.addOrganisation('Biblioteket', 'Kommunale institutioner');
    await workshop.addOrganisation('Netto', 'Erhvervsdrivende');
    await expect(workshop.organisationNameFields()).toHaveCount(2);

    await workshop.backToStart.click();
    await expect(start.row('Sommerfest 2026')).toBeVisible();
    expect(await start.rowTexts('Sommerfest 2026')).toEqual({
      title: 'Sommerfest 2026',
      date: '3. december 2026',
      organisations: '2',
    });
  });

  test('duplicating makes "Kopi af …" with the same organisations', async ({ page }) => {
    const start = new StartPage(page);
    await start.goto();
    const workshop = await start.createWorkshop('Netværksmøde');
    await workshop.addOrganisation('Biblioteket', 'Kommunale institutioner');
    await workshop.addOrganisation('Beboerforeningen', 'Beboerdrevne foreninger');
    await expect(workshop.organisationNameFields()).toHaveCount(2);
    await workshop.backToStart.click();

    await start.duplicate('Netværksmøde');
    expect(await start.rowTexts('Kopi af Netværksmøde')).toMatchObject({ organisations: '2' });
    expect(await start.rowTexts('Netværksmøde')).toMatchObject({ organisations: '2' });

    const copy = await start.open('Kopi af Netværksmøde');
    await expect.poll(() => copy.organisationNames()).toEqual(['Biblioteket', 'Beboerforeningen']);
    expect(await copy.actorTypeOf('Beboerforeningen')).toBe('Beboerdrevne foreninger');
  });

  test('deleting asks first: "Behold den" and Escape keep it, "Ja, slet workshoppen" removes it', async ({ page }) => {
    const start = new StartPage(page);
    await start.goto();
    const workshop = await start.createWorkshop('Skal slettes');
    await workshop.backToStart.click();
    await expect(start.row('Skal slettes')).toBeVisible();

    await start.askToDelete('Skal slettes');
    await expect(start.deleteDialog).toContainText('"Skal slettes" og alt, hvad deltagerne har lavet i den, bliver slettet');
    // The safe choice has the focus first.
    await expect(start.deleteDialog.getByRole('button', { name: 'Behold den' })).toBeFocused();
    await start.deleteDialog.getByRole('button', { name: 'Behold den' }).click();
    await expect(start.deleteDialog).toBeHidden();
    await expect(start.row('Skal slettes')).toBeVisible();

    await start.askToDelete('Skal slettes');
    await page.keyboard.press('Escape');
    await expect(start.deleteDialog).toBeHidden();
    await expect(start.row('Skal slettes')).toBeVisible();

    await start.askToDelete('Skal slettes');
    await start.deleteDialog.getByRole('button', { name: 'Ja, slet workshoppen' }).click();
    await expect(start.deleteDialog).toBeHidden();
    await expect(start.row('Skal slettes')).toHaveCount(0);
    await expect(page.getByText('Der er ingen workshops endnu. Opret den første i feltet ovenfor.')).toBeVisible();

    // Gone from storage too, not only from the screen.
    await page.reload();
    await expect(start.heading).toBeVisible({ timeout: APP_START_TIMEOUT });
    await expect(page.getByText('Der er ingen workshops endnu. Opret den første i feltet ovenfor.')).toBeVisible();
  });
});
