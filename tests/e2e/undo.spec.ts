import { expect, test, type Page } from '@playwright/test';
import { StartPage } from './pages/start-page.ts';
import type { WorkshopPage } from './pages/workshop-page.ts';

/**
 * Four steps: add Biblioteket, add Netto, remove Biblioteket, switch off "Øget faglighed".
 * Each is its own undo step, however quickly they follow each other.
 */
async function fourSteps(page: Page): Promise<WorkshopPage> {
  const start = new StartPage(page);
  await start.goto();
  const workshop = await start.createWorkshop('Fortryd-prøve');
  await expect(workshop.undoButton).toBeDisabled();
  await expect(workshop.redoButton).toBeDisabled();

  await workshop.addOrganisation('Biblioteket', 'Kommunale institutioner');
  await workshop.addOrganisation('Netto', 'Erhvervsdrivende');
  await workshop.removeOrganisationButton('Biblioteket').click();
  await workshop.coreValue('Øget faglighed').uncheck();
  await expect.poll(() => workshop.organisationNames()).toEqual(['Netto']);
  await expect(workshop.coreValue('Øget faglighed')).not.toBeChecked();
  await expect(workshop.undoButton).toBeEnabled();
  return workshop;
}

/** The states after 4, 3, 2, 1 and 0 steps. */
async function expectState(workshop: WorkshopPage, steps: 0 | 1 | 2 | 3 | 4): Promise<void> {
  const names: Record<typeof steps, string[]> = {
    0: [],
    1: ['Biblioteket'],
    2: ['Biblioteket', 'Netto'],
    3: ['Netto'],
    4: ['Netto'],
  };
  await expect.poll(() => workshop.organisationNames(), { message: `organisations after ${steps} steps` }).toEqual(names[steps]);
  if (steps === 4) await expect(workshop.coreValue('Øget faglighed')).not.toBeChecked();
  else await expect(workshop.coreValue('Øget faglighed')).toBeChecked();
}

test.describe('Undo and redo', () => {
  test('"Fortryd" and "Gentag" step back and forth through the changes, in order', async ({ page }) => {
    const workshop = await fourSteps(page);

    for (const steps of [3, 2, 1, 0] as const) {
      await workshop.undoButton.click();
      await expectState(workshop, steps);
    }
    await expect(workshop.undoButton).toBeDisabled();
    await expect(workshop.redoButton).toBeEnabled();

    for (const steps of [1, 2, 3, 4] as const) {
      await workshop.redoButton.click();
      await expectState(workshop, steps);
    }
    await expect(workshop.redoButton).toBeDisabled();
    await expect(workshop.undoButton).toBeEnabled();
  });

  test('a new change after undo clears what could be redone', async ({ page }) => {
    const workshop = await fourSteps(page);
    await workshop.undoButton.click();
    await expectState(workshop, 3);
    await expect(workshop.redoButton).toBeEnabled();

    await workshop.addOrganisation('Apoteket', 'Erhvervsdrivende');
    await expect.poll(() => workshop.organisationNames()).toEqual(['Netto', 'Apoteket']);
    await expect(workshop.redoButton).toBeDisabled();
  });

  test('Ctrl+Z and Ctrl+Shift+Z do the same outside text fields, in order', async ({ page }) => {
    const workshop = await fourSteps(page);
    // Take the focus out of any field, as a user clicking on the page would.
    await workshop.title.click();
    await expect(page.locator('input:focus')).toHaveCount(0);

    for (const steps of [3, 2, 1, 0] as const) {
      await page.keyboard.press('Control+z');
      await expectState(workshop, steps);
    }
    await expect(workshop.undoButton).toBeDisabled();

    for (const steps of [1, 2, 3, 4] as const) {
      await page.keyboard.press('Control+Shift+z');
      await expectState(workshop, steps);
    }
    await expect(workshop.redoButton).toBeDisabled();
  });

  test('Ctrl+Z while typing in a text field is left to the text field', async ({ page }) => {
    const workshop = await fourSteps(page);
    const place = workshop.field('Sted');
    await place.click();
    await page.keyboard.type('Beboerhuset');
    await expect(place).toHaveValue('Beboerhuset');

    await page.keyboard.press('Control+z');
    // The workshop's last step (the value switch) is not undone.
    await expect(workshop.coreValue('Øget faglighed')).not.toBeChecked();
    await expect.poll(() => workshop.organisationNames()).toEqual(['Netto']);
  });
});
