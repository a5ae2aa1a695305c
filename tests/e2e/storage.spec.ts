import { expect, test } from '@playwright/test';
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

    await expect(page.getByRole('alert').filter({ hasText: 'Enheden kunne ikke gemme den seneste ændring' })).toBeVisible();
    // Nothing on screen is taken away: the organisation added as the write failed is shown.
    await expect(workshop.organisationNameField(1)).toHaveValue('Café Nord');
    await expect(workshop.title).toHaveText('Møde med fuldt lager');
  });
});
