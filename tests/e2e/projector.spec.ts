import { expect, test, type Page } from '@playwright/test';
import { ProjectorToggle } from './pages/projector.ts';
import { StartPage } from './pages/start-page.ts';
import { SunshinePage } from './pages/sunshine-page.ts';
import { APP_START_TIMEOUT, type WorkshopPage } from './pages/workshop-page.ts';

async function preparedWorkshop(page: Page): Promise<WorkshopPage> {
  const start = new StartPage(page);
  await start.goto();
  const workshop = await start.createWorkshop('Netværksmøde i Nørreparken');
  await workshop.field('Sted').fill('Beboerhuset');
  await workshop.addOrganisation('Biblioteket', 'Kommunale institutioner');
  await workshop.addOrganisation('Netto', 'Erhvervsdrivende');
  await expect(workshop.organisationNameFields()).toHaveCount(2);
  return workshop;
}

/** No way to edit anything: no fields, no undo, no add buttons. */
async function expectNoEditing(page: Page, workshop: WorkshopPage): Promise<void> {
  await expect(page.getByRole('textbox')).toHaveCount(0);
  await expect(page.getByRole('combobox')).toHaveCount(0);
  await expect(page.getByRole('checkbox')).toHaveCount(0);
  await expect(page.getByRole('radio')).toHaveCount(0);
  await expect(workshop.undoButton).toHaveCount(0);
  await expect(workshop.redoButton).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Tilføj organisation' })).toHaveCount(0);
  // The language switch is editing chrome too; the facilitator keeps the phase bar.
  await expect(page.getByRole('button', { name: 'English' })).toHaveCount(0);
  await expect(workshop.phaseBar).toBeVisible();
}

test.describe('Projector view', () => {
  test('the toggle hides editing and shows the workshop read-only; the button and Escape leave it', async ({ page }) => {
    const workshop = await preparedWorkshop(page);
    const projector = new ProjectorToggle(page);
    await projector.expectOff();

    await projector.enter();
    await expectNoEditing(page, workshop);
    await expect(page.getByRole('heading', { level: 1, name: 'Netværksmøde i Nørreparken' })).toBeVisible();
    const organisations = page.getByRole('list').filter({ hasText: 'Biblioteket' });
    await expect(organisations.getByRole('listitem')).toHaveText([/^Biblioteket/, /^Netto/]);
    await expect(page.getByText('Beboerhuset', { exact: true })).toBeVisible();
    await expect(page.getByRole('heading', { name: 'Deltagende organisationer' })).toBeVisible();

    await projector.off.click();
    await projector.expectOff();
    await expect(workshop.field('Sted')).toHaveValue('Beboerhuset');
    await expect(workshop.undoButton).toBeVisible();
    await expect(page.getByRole('button', { name: 'English' })).toBeVisible();

    await projector.enter();
    await page.keyboard.press('Escape');
    await projector.expectOff();
    await expect(workshop.organisationNameFields()).toHaveCount(2);
  });

  test('?view=projector opens the workshop straight in projector view', async ({ page }) => {
    const workshop = await preparedWorkshop(page);
    const url = new URL(workshop.url());
    url.searchParams.set('view', 'projector');
    await page.goto(url.href);

    await expect(page.getByRole('heading', { level: 1, name: 'Netværksmøde i Nørreparken' })).toBeVisible({ timeout: APP_START_TIMEOUT });
    const projector = new ProjectorToggle(page);
    await projector.expectOn();
    await expectNoEditing(page, workshop);
    expect(await page.evaluate(() => document.documentElement.classList.contains('projector'))).toBe(true);

    await page.keyboard.press('Escape');
    await projector.expectOff();
    await expect(workshop.field('Titel')).toHaveValue('Netværksmøde i Nørreparken');
  });

  test.describe('at 1920×1080', () => {
    test.use({ viewport: { width: 1920, height: 1080 } });

    test('the sun fills the wall: at least 600 px tall, rays still work', async ({ page }) => {
      const workshop = await preparedWorkshop(page);
      await workshop.goToPhase('Solskinsmodellen');
      const projector = new ProjectorToggle(page);
      await projector.enter();

      const sun = new SunshinePage(page);
      await expect(sun.sun).toBeVisible();
      const box = await sun.sun.boundingBox();
      expect(box?.height ?? 0).toBeGreaterThanOrEqual(600);
      // The whole sun is on screen, not pushed below the fold.
      expect((box?.y ?? 0) + (box?.height ?? 0)).toBeLessThanOrEqual(1080);

      await sun.ray('Bredere målgruppe').click();
      await sun.expectSelected('Bredere målgruppe');
      await expectNoEditing(page, workshop);
    });
  });
});
