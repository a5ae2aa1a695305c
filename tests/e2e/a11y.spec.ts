import { expect, test, type Locator, type Page } from '@playwright/test';
import { expectNoSeriousA11yViolations } from './axe.ts';
import { ProjectorToggle } from './pages/projector.ts';
import { StartPage } from './pages/start-page.ts';
import { SunshinePage } from './pages/sunshine-page.ts';
import { WorkshopPage } from './pages/workshop-page.ts';

const VIEWPORTS = [
  { name: 'laptop/projector 1920×1080', size: { width: 1920, height: 1080 } },
  { name: 'tablet 820×1180', size: { width: 820, height: 1180 } },
] as const;

async function withOrganisations(page: Page): Promise<{ start: StartPage; workshop: WorkshopPage }> {
  const start = new StartPage(page);
  await start.goto();
  const workshop = await start.createWorkshop('Netværksmøde i Nørreparken');
  await workshop.addOrganisation('Biblioteket', 'Kommunale institutioner', 'Anne Holm');
  await workshop.addOrganisation('Netto', 'Erhvervsdrivende');
  await workshop.addOrganisation('Beboerforeningen', 'Beboerdrevne foreninger');
  await expect(workshop.organisationNameFields()).toHaveCount(3);
  return { start, workshop };
}

for (const viewport of VIEWPORTS) {
  test.describe(`axe, ${viewport.name}`, () => {
    test.use({ viewport: viewport.size });

    test('start screen, empty and with a workshop', async ({ page }) => {
      const start = new StartPage(page);
      await start.goto();
      await expect(page.getByText('Der er ingen workshops endnu.')).toBeVisible();
      await expectNoSeriousA11yViolations(page, 'start, empty');

      const workshop = await start.createWorkshop('Netværksmøde');
      await workshop.backToStart.click();
      await expect(start.row('Netværksmøde')).toBeVisible();
      await expectNoSeriousA11yViolations(page, 'start, one workshop');
    });

    test('start screen with an error, and with the delete dialog open', async ({ page }) => {
      const start = new StartPage(page);
      await start.goto();
      await start.createButton.click();
      await expect(page.getByRole('alert')).toBeVisible();
      await expectNoSeriousA11yViolations(page, 'start, empty title refused');

      const workshop = await start.createWorkshop('Netværksmøde');
      await workshop.backToStart.click();
      await start.askToDelete('Netværksmøde');
      await expectNoSeriousA11yViolations(page, 'delete dialog open');
    });

    test('Forberedelse with organisations and validation errors', async ({ page }) => {
      const { workshop } = await withOrganisations(page);
      await workshop.addOrganisation('Netto', 'Andre aktører');
      await expect(workshop.addOrganisationForm.getByRole('alert')).toBeVisible();
      await workshop.field('Titel').fill('');
      await expect(page.getByRole('alert')).toHaveCount(2);
      await workshop.addCustomValue('Tryghed');
      await expectNoSeriousA11yViolations(page, 'Forberedelse with errors');
    });

    test('Solskinsmodellen with a ray selected', async ({ page }) => {
      const { workshop } = await withOrganisations(page);
      await workshop.coreValue('Større socialt ansvar').uncheck();
      await workshop.goToPhase('Solskinsmodellen');
      const sun = new SunshinePage(page);
      await sun.ray('Større socialt ansvar').click();
      await sun.expectSelected('Større socialt ansvar');
      await expectNoSeriousA11yViolations(page, 'Solskinsmodellen, ray selected');
    });

    test('a phase that is switched off (Opvarmning)', async ({ page }) => {
      const { workshop } = await withOrganisations(page);
      await workshop.goToPhase('Opvarmning');
      await expect(page.getByRole('heading', { name: 'Opvarmningen er slået fra' })).toBeVisible();
      await expectNoSeriousA11yViolations(page, 'Opvarmning (switched off)');
    });

    test('projector view: Forberedelse and Solskinsmodellen', async ({ page }) => {
      const { workshop } = await withOrganisations(page);
      const projector = new ProjectorToggle(page);
      await projector.enter();
      await expect(page.getByRole('heading', { name: 'Deltagende organisationer' })).toBeVisible();
      await expectNoSeriousA11yViolations(page, 'projector, Forberedelse');

      await workshop.goToPhase('Solskinsmodellen');
      const sun = new SunshinePage(page);
      await sun.ray('Bredere målgruppe').click();
      await sun.expectSelected('Bredere målgruppe');
      await expectNoSeriousA11yViolations(page, 'projector, Solskinsmodellen');
    });

    test('the English UI', async ({ page }) => {
      const start = new StartPage(page);
      await start.goto();
      await start.createWorkshop('Network meeting');
      await page.getByRole('button', { name: 'English', exact: true }).click();
      await expect(page.locator('html')).toHaveAttribute('lang', 'en');
      await expect(page.getByRole('button', { name: 'Next phase' })).toBeVisible();
      await expectNoSeriousA11yViolations(page, 'English, Preparation');

      await page.getByRole('link', { name: /^←? ?All workshops$/ }).click();
      await expect(page.getByRole('heading', { level: 1, name: 'Workshops on this device' })).toBeVisible();
      await expectNoSeriousA11yViolations(page, 'English, start');
    });
  });
}

/** Presses Tab (or Shift+Tab) until `target` has the focus; fails if it takes more than `max` presses. */
async function tabTo(page: Page, target: Locator, { backwards = false, max = 40 } = {}): Promise<void> {
  for (let presses = 0; presses < max; presses++) {
    if (await target.evaluate((element) => element === document.activeElement)) return;
    await page.keyboard.press(backwards ? 'Shift+Tab' : 'Tab');
  }
  await expect(target).toBeFocused();
}

async function outlineOfFocused(page: Page): Promise<{ style: string; width: string }> {
  return page.evaluate(() => {
    const element = document.activeElement;
    if (!element) return { style: 'none', width: '0px' };
    const style = getComputedStyle(element);
    return { style: style.outlineStyle, width: style.outlineWidth };
  });
}

test.describe('keyboard only', () => {
  test('create a workshop, add an organisation, open Solskinsmodellen and a ray, with the focus always visible', async ({ page }) => {
    const start = new StartPage(page);
    await start.goto();

    // The first Tab lands on the skip link.
    await page.keyboard.press('Tab');
    await expect(page.getByRole('link', { name: 'Gå til indhold' })).toBeFocused();

    await tabTo(page, start.titleInput);
    await page.keyboard.type('Tastaturmødet');
    await page.keyboard.press('Tab');
    await expect(start.createButton).toBeFocused();
    const buttonOutline = await outlineOfFocused(page);
    expect(buttonOutline.style).not.toBe('none');
    expect(buttonOutline.width).not.toBe('0px');
    await page.keyboard.press('Enter');

    const workshop = new WorkshopPage(page);
    await expect(workshop.title).toHaveText('Tastaturmødet');

    const form = workshop.addOrganisationForm;
    await tabTo(page, form.getByLabel('Navn', { exact: true }), { max: 60 });
    await page.keyboard.type('Biblioteket');
    await page.keyboard.press('Tab');
    await expect(form.getByLabel('Aktørtype', { exact: true })).toBeFocused();
    // A closed select picks by typing the start of an option.
    await page.keyboard.type('Kommunale');
    await page.keyboard.press('Tab');
    await page.keyboard.type('Anne Holm');
    await page.keyboard.press('Tab');
    await expect(form.getByRole('button', { name: 'Tilføj organisation' })).toBeFocused();
    await page.keyboard.press('Space');
    await expect.poll(() => workshop.organisationNames()).toEqual(['Biblioteket']);
    expect(await workshop.actorTypeOf('Biblioteket')).toBe('Kommunale institutioner');
    await expect(workshop.contactField('Biblioteket')).toHaveValue('Anne Holm');
    // Ready for the next one.
    await expect(form.getByLabel('Navn', { exact: true })).toBeFocused();

    await tabTo(page, workshop.nextPhaseButton, { backwards: true, max: 60 });
    const nextOutline = await outlineOfFocused(page);
    expect(nextOutline.style).not.toBe('none');
    await page.keyboard.press('Enter');
    await expect(workshop.phaseButton('Solskinsmodellen')).toHaveAttribute('aria-current', 'step');

    const sun = new SunshinePage(page);
    await tabTo(page, sun.ray('Bredere målgruppe'));
    await page.keyboard.press('Enter');
    await sun.expectSelected('Bredere målgruppe');
    await expect(sun.questions()).toHaveCount(3);
    // A focused ray shows its focus on the ray's outline (the polygon's stroke).
    const rayStroke = await page.evaluate(() => {
      const polygon = document.activeElement?.querySelector('polygon');
      return polygon ? getComputedStyle(polygon).strokeWidth : '';
    });
    expect(rayStroke).toBe('12px');
  });
});
