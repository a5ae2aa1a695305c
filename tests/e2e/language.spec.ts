import { expect, test } from '@playwright/test';
import { StartPage } from './pages/start-page.ts';
import { APP_START_TIMEOUT } from './pages/workshop-page.ts';

test.describe('Language', () => {
  test('"English" switches the UI to English, it survives a reload, and "Dansk" switches back', async ({ page }) => {
    const start = new StartPage(page);
    await start.goto();
    await expect(page.locator('html')).toHaveAttribute('lang', 'da');

    const toEnglish = page.getByRole('button', { name: 'English', exact: true });
    await expect(toEnglish).toHaveAttribute('title', 'Skift sprog til engelsk');
    await toEnglish.click();

    await expect(page.getByRole('heading', { level: 1, name: 'Workshops on this device' })).toBeVisible();
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await expect(page.getByText('No workshops yet. Create the first one in the field above.')).toBeVisible();
    await expect(page.getByRole('button', { name: 'Create workshop' })).toBeVisible();
    await expect(start.heading).toHaveCount(0);

    await page.reload();
    await expect(page.getByRole('heading', { level: 1, name: 'Workshops on this device' })).toBeVisible({ timeout: APP_START_TIMEOUT });
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');

    await page.getByRole('button', { name: 'Dansk', exact: true }).click();
    await expect(start.heading).toBeVisible();
    await expect(page.locator('html')).toHaveAttribute('lang', 'da');
    await expect(page.getByText('Der er ingen workshops endnu. Opret den første i feltet ovenfor.')).toBeVisible();

    await page.reload();
    await expect(start.heading).toBeVisible({ timeout: APP_START_TIMEOUT });
  });

  test('an open workshop switches language in place, without losing what was entered', async ({ page }) => {
    const start = new StartPage(page);
    await start.goto();
    const workshop = await start.createWorkshop('Netværksmøde');
    await workshop.addOrganisation('Biblioteket', 'Kommunale institutioner');
    await expect(workshop.organisationNameFields()).toHaveCount(1);

    await page.getByRole('button', { name: 'English', exact: true }).click();
    const phases = page.getByRole('navigation', { name: 'Phases of the workshop' });
    await expect(phases.getByRole('button', { name: 'Next phase' })).toBeVisible();
    await expect(page.getByRole('combobox', { name: 'Actor type for Biblioteket' })).toBeVisible();
    await expect(page.getByRole('textbox', { name: 'Name of organisation 1', exact: true })).toHaveValue('Biblioteket');
    await expect(page.getByRole('button', { name: 'Undo' })).toBeEnabled();

    // The sun speaks English too.
    await phases.getByRole('button', { name: 'Next phase' }).click();
    await expect(page.getByRole('group', { name: /five values/ })).toBeVisible();
    await expect(page.getByRole('button', { name: /: show description and questions$/ })).toHaveCount(5);
  });
});
