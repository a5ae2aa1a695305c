import { expect, test, type Page } from '@playwright/test';
import { StartPage } from './pages/start-page.ts';
import { APP_START_TIMEOUT, WorkshopPage } from './pages/workshop-page.ts';

const FACTS = {
  title: 'Netværksmøde i Nørreparken',
  initiative: 'Fælles sommerarrangement i området',
  kind: 'Netværksgruppe eller koordinerende forum',
  date: '2026-12-03',
  place: 'Beboerhuset, Nørreparken 12',
  facilitator: 'Mette Jensen',
};

/** What Forberedelse must show after every edit in the main test, and again after reload. */
async function expectPreparedWorkshop(workshop: WorkshopPage): Promise<void> {
  await expect(workshop.title).toHaveText(FACTS.title);
  await expect(workshop.field('Titel')).toHaveValue(FACTS.title);
  await expect(workshop.field('Initiativ eller forum')).toHaveValue(FACTS.initiative);
  await expect(workshop.kindRadio(FACTS.kind)).toBeChecked();
  await expect(workshop.kindRadio('Samarbejdsgruppe om et konkret initiativ')).not.toBeChecked();
  await expect(workshop.dateField).toHaveValue(FACTS.date);
  await expect(workshop.field('Sted')).toHaveValue(FACTS.place);
  await expect(workshop.field('Facilitator')).toHaveValue(FACTS.facilitator);

  await expect.poll(() => workshop.organisationNames()).toEqual(['Beboerforeningen', 'Biblioteket', 'Netto']);
  await expect(workshop.organisationsRegion.getByRole('heading', { level: 2 })).toHaveText('Organisationer (3)');
  expect(await workshop.actorTypeOf('Biblioteket')).toBe('Kommunale institutioner');
  expect(await workshop.actorTypeOf('Netto')).toBe('Erhvervsdrivende');
  expect(await workshop.actorTypeOf('Beboerforeningen')).toBe('Beboerdrevne foreninger');
  await expect(workshop.contactField('Biblioteket')).toHaveValue('Anne Holm');
  await expect(workshop.contactField('Netto')).toHaveValue('');

  await expect(workshop.coreValue('Bredere målgruppe')).toBeChecked();
  await expect(workshop.coreValue('Øget faglighed')).toBeChecked();
  await expect(workshop.coreValue('Stærkere samarbejdsgrundlag')).not.toBeChecked();
  await expect(workshop.coreValue('Større socialt ansvar')).not.toBeChecked();
  await expect(workshop.coreValue('Adgang til flere ressourcer')).not.toBeChecked();
  await expect.poll(() => workshop.customValueNames()).toEqual(['Tryghed i området']);
}

async function fillFacts(workshop: WorkshopPage): Promise<void> {
  await workshop.field('Titel').fill(FACTS.title);
  await workshop.field('Initiativ eller forum').fill(FACTS.initiative);
  await workshop.kindRadio(FACTS.kind).check();
  await workshop.dateField.fill(FACTS.date);
  await workshop.field('Sted').fill(FACTS.place);
  await workshop.field('Facilitator').fill(FACTS.facilitator);
  await expect(workshop.title).toHaveText(FACTS.title);
}

async function newWorkshop(page: Page): Promise<WorkshopPage> {
  const start = new StartPage(page);
  await start.goto();
  return start.createWorkshop('Netværksmøde');
}

test.describe('Forberedelse', () => {
  test('prepare a workshop, with every refusal, and it is all still there after reload and in a new tab', async ({ page, context }) => {
    const workshop = await newWorkshop(page);
    await fillFacts(workshop);

    // Organisations.
    await expect(page.getByText('Ingen organisationer endnu. Tilføj dem, der deltager.')).toBeVisible();
    await workshop.addOrganisation('Biblioteket', 'Kommunale institutioner', 'Anne Holm');
    await workshop.addOrganisation('Netto', 'Erhvervsdrivende');
    await workshop.addOrganisation('Beboerforeningen', 'Beboerdrevne foreninger');
    await workshop.addOrganisation('Apoteket', 'Erhvervsdrivende');
    await expect.poll(() => workshop.organisationNames()).toEqual(['Biblioteket', 'Netto', 'Beboerforeningen', 'Apoteket']);
    await expect(page.getByText('Ingen organisationer endnu.')).toHaveCount(0);

    // A name already taken (in another case) is refused with a Danish message; nothing is added.
    await workshop.addOrganisation('biblioteket', 'Frivillige organisationer');
    const addError = workshop.addOrganisationForm.getByRole('alert');
    await expect(addError).toHaveText('"Biblioteket" findes allerede. Vælg et andet navn.');
    await expect(workshop.addOrganisationForm.getByLabel('Navn', { exact: true })).toHaveAttribute('aria-invalid', 'true');
    await expect(workshop.organisationNameFields()).toHaveCount(4);
    await workshop.addOrganisationForm.getByLabel('Navn', { exact: true }).fill('');

    // Renaming to a taken name shows the reason; the stored name stays (checked again after reload).
    await workshop.organisationNameField(2).fill('Biblioteket');
    const renameError = workshop.organisationsRegion.locator('.org-row').nth(1).getByRole('alert');
    await expect(renameError).toHaveText('"Biblioteket" findes allerede. Vælg et andet navn.');
    await expect(workshop.organisationNameField(2)).toHaveAttribute('aria-invalid', 'true');
    // The row is still Netto's: its other fields are named after the stored name.
    await expect(workshop.contactField('Netto')).toBeVisible();
    await workshop.reload();
    await expect.poll(() => workshop.organisationNames()).toEqual(['Biblioteket', 'Netto', 'Beboerforeningen', 'Apoteket']);
    await expect(page.getByRole('alert')).toHaveCount(0);

    // Reorder with the move buttons; the keyboard focus stays on a move button of the moved row.
    await workshop.moveUpButton('Beboerforeningen').click();
    await expect.poll(() => workshop.organisationNames()).toEqual(['Biblioteket', 'Beboerforeningen', 'Netto', 'Apoteket']);
    await expect(workshop.moveUpButton('Beboerforeningen')).toBeFocused();
    await page.keyboard.press('Enter');
    await expect.poll(() => workshop.organisationNames()).toEqual(['Beboerforeningen', 'Biblioteket', 'Netto', 'Apoteket']);
    // First in the list: "op" is disabled now, so the focus moves to "ned" rather than being lost.
    await expect(workshop.moveUpButton('Beboerforeningen')).toBeDisabled();
    await expect(workshop.moveDownButton('Beboerforeningen')).toBeFocused();
    await expect(workshop.moveDownButton('Apoteket')).toBeDisabled();
    await expect(page.getByRole('status')).toHaveText('Beboerforeningen er nu nummer 1.');

    // Remove.
    await workshop.removeOrganisationButton('Apoteket').click();
    await expect.poll(() => workshop.organisationNames()).toEqual(['Beboerforeningen', 'Biblioteket', 'Netto']);
    await expect(page.getByRole('status')).toHaveText('Apoteket er fjernet. Du kan fortryde.');
    // Seen, not only heard: the status line is shown before it fades (even with reduced motion).
    await expect(page.getByRole('status')).toHaveCSS('opacity', '1');

    // Core values: switch off all but one; the last one is refused.
    for (const name of ['Stærkere samarbejdsgrundlag', 'Større socialt ansvar', 'Adgang til flere ressourcer', 'Øget faglighed']) {
      await workshop.coreValue(name).uncheck();
      await expect(workshop.coreValue(name)).not.toBeChecked();
    }
    await workshop.coreValue('Bredere målgruppe').click();
    await expect(workshop.valuesRegion.getByRole('alert')).toHaveText('Mindst én værdi skal være med i spillet.');
    await expect(workshop.coreValue('Bredere målgruppe')).toBeChecked();
    await workshop.coreValue('Øget faglighed').check();
    await expect(workshop.valuesRegion.getByRole('alert')).toHaveCount(0);

    // Custom values: one is added; one named like a core value is refused.
    await expect(page.getByText('Ingen egne værdier endnu.')).toBeVisible();
    await workshop.addCustomValue('Tryghed i området');
    await expect.poll(() => workshop.customValueNames()).toEqual(['Tryghed i området']);
    await workshop.addCustomValue('Øget faglighed');
    await expect(workshop.addValueForm.getByRole('alert')).toHaveText('"Øget faglighed" findes allerede. Vælg et andet navn.');
    await expect.poll(() => workshop.customValueNames()).toEqual(['Tryghed i området']);

    await expectPreparedWorkshop(workshop);

    // Persistence: reload.
    await workshop.reload();
    await expectPreparedWorkshop(workshop);
    await expect(page.getByRole('alert')).toHaveCount(0);

    // Persistence: close the tab, open the same URL in a new one.
    const url = workshop.url();
    await page.close();
    const again = await context.newPage();
    await again.goto(url);
    const reopened = new WorkshopPage(again);
    await expect(reopened.phaseBar).toBeVisible({ timeout: APP_START_TIMEOUT });
    await expectPreparedWorkshop(reopened);
  });

  test('a date that is cleared goes back to "Ingen dato" on the start screen', async ({ page }) => {
    const workshop = await newWorkshop(page);
    await workshop.dateField.fill('2026-12-03');
    await workshop.dateField.fill('');
    await expect(workshop.dateField).toHaveValue('');
    await workshop.backToStart.click();
    const start = new StartPage(page);
    expect(await start.rowTexts('Netværksmøde')).toMatchObject({ date: 'Ingen dato' });
  });

  test('an emptied title is refused and the stored title stays', async ({ page }) => {
    const workshop = await newWorkshop(page);
    await workshop.field('Titel').fill('');
    await expect(page.getByRole('alert')).toHaveText('Skriv et navn. Feltet må ikke være tomt.');
    await expect(workshop.title).toHaveText('Netværksmøde');
    await workshop.reload();
    await expect(workshop.field('Titel')).toHaveValue('Netværksmøde');
  });
});
