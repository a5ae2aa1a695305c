import { expect, test, type Locator, type Page } from '@playwright/test';
import { expectNoSeriousA11yViolations } from './axe.ts';
import { AgreementsPage, SummaryPage } from './pages/agreements-page.ts';
import { BoardPage } from './pages/board-page.ts';
import { CollaborationPage } from './pages/collaboration-page.ts';
import { ProjectorToggle } from './pages/projector.ts';
import { StartPage } from './pages/start-page.ts';
import type { WorkshopPage } from './pages/workshop-page.ts';

const TITLE = 'Aftaler i Nørreparken';

/** A workshop with three organisations, on Aftaler. */
async function onAgreements(page: Page, { isTouch = false } = {}): Promise<{ start: StartPage; workshop: WorkshopPage; agreements: AgreementsPage }> {
  const start = new StartPage(page);
  await start.goto();
  const workshop = await start.createWorkshop(TITLE);
  await workshop.addOrganisation('Café Nord', 'Erhvervsdrivende');
  await workshop.addOrganisation('Nørreskolen', 'Kommunale institutioner');
  await workshop.addOrganisation('Beboerforeningen', 'Beboerdrevne foreninger');
  await expect(workshop.organisationNameFields()).toHaveCount(3);
  if (isTouch) await workshop.phaseButton('Aftaler').tap();
  else await workshop.goToPhase('Aftaler');
  const agreements = new AgreementsPage(page);
  await expect(agreements.heading).toBeVisible();
  return { start, workshop, agreements };
}

/** Presses Tab until `target` has the focus (at most `limit` times), as a keyboard user moves through the form. */
async function tabTo(page: Page, target: Locator, limit = 25): Promise<void> {
  for (let step = 0; step < limit; step += 1) {
    if (await target.evaluate((element) => element === document.activeElement)) return;
    await page.keyboard.press('Tab');
  }
  await expect(target).toBeFocused();
}

test.describe('Aftaler on a tablet, by touch', () => {
  test.use({ viewport: { width: 820, height: 1180 }, hasTouch: true });

  test('an agreement made by tapping stands on its rung of the ladder and under its form in the summary', async ({ page }) => {
    const { workshop, agreements } = await onAgreements(page, { isTouch: true });
    await expect(agreements.ladder.getByRole('heading', { level: 4 })).toHaveText(['Samskabe', 'Samordne', 'Ressourceudveksle', 'Samvirke', 'Videndele']);
    await expect(agreements.ladder).toContainText('Alle fem er værdifulde.');

    await agreements.make(
      { what: 'Fælles lektiecafé om torsdagen', organisations: ['Café Nord', 'Nørreskolen'], coordinator: 'Nørreskolen', form: 'Samordne', date: '2027-01-14' },
      { isTouch: true },
    );
    const card = agreements.card('Fælles lektiecafé om torsdagen');
    await expect(card).toContainText('TovholderNørreskolen');
    await expect(card).toContainText('Med i aftalenCafé Nord, Nørreskolen');
    await expect(card).toContainText('14. januar 2027');
    await expect(agreements.rung('Samordne')).toContainText('1 aftale');

    await workshop.phaseButton('Opsamling').tap();
    const summary = new SummaryPage(page);
    await expect(summary.heading).toBeVisible();
    await expect(summary.formGroup('Samordne').getByRole('listitem', { name: 'Fælles lektiecafé om torsdagen' })).toContainText('TovholderNørreskolen');
    await expect(summary.agreements.getByRole('listitem', { name: /^Samskabe / })).toHaveCount(0);
    await expect(summary.held).toHaveText('0 af 1 aftale er gennemført eller i gang. 1 er ikke fulgt op endnu.');
    await expect(page.locator('html')).not.toHaveCSS('overflow-x', 'scroll');
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(820);
  });
});

test.describe('Aftaler', () => {
  test('an agreement made by keyboard only', async ({ page }) => {
    const { agreements } = await onAgreements(page);
    await tabTo(page, agreements.newButton);
    await page.keyboard.press('Enter');
    await expect(agreements.what).toBeFocused();
    await page.keyboard.type('Henvise familier til klubben');
    await tabTo(page, agreements.organisation('Café Nord'));
    await page.keyboard.press('Space');
    await tabTo(page, agreements.organisation('Beboerforeningen'));
    await page.keyboard.press('Space');
    await tabTo(page, agreements.coordinator);
    // The first option is "Vælg tovholder"; one step down is the first organisation taking part.
    await page.keyboard.press('ArrowDown');
    await expect(agreements.coordinator).toHaveValue(/.+/);
    await tabTo(page, agreements.firstStep);
    await page.keyboard.type('Café Nord sender en liste');
    // The radio group is one tab stop, on the chosen form (Videndele, the bottom rung, at first); up the ladder is one arrow up.
    await expect(agreements.formRadio('Videndele')).toBeChecked();
    await tabTo(page, agreements.formRadio('Videndele'));
    await page.keyboard.press('ArrowUp');
    await expect(agreements.formRadio('Samvirke')).toBeChecked();
    await tabTo(page, agreements.saveButton);
    await page.keyboard.press('Enter');

    await expect(agreements.editor).toHaveCount(0);
    const card = agreements.rung('Samvirke').getByRole('listitem', { name: 'Henvise familier til klubben' });
    await expect(card).toContainText('TovholderCafé Nord');
    await expect(card).toContainText('Med i aftalenCafé Nord, Beboerforeningen');
    await expect(card).toContainText('Første skridtCafé Nord sender en liste');
    await expect(agreements.newButton).toBeFocused();
  });

  test('no organisation and no coordinator are refused with the reason next to the field; nothing is saved', async ({ page }) => {
    const { agreements } = await onAgreements(page);
    await agreements.newButton.click();
    await agreements.what.fill('Fælles sommerfest');
    await agreements.saveButton.click();
    await expect(agreements.editor.getByRole('alert').first()).toBeVisible();
    await expect(agreements.fieldErrors).toHaveText(['Vælg mindst én organisation, der er med i aftalen.', 'Vælg en tovholder: den organisation, der sørger for, at det sker.']);
    await expect(agreements.organisation('Café Nord')).toBeFocused();
    await expect(agreements.organisation('Café Nord')).toHaveAttribute('aria-invalid', 'true');

    await agreements.organisation('Café Nord').check();
    await expect(agreements.fieldErrors).toHaveText(['Vælg en tovholder: den organisation, der sørger for, at det sker.']);
    await agreements.saveButton.click();
    await expect(agreements.coordinator).toBeFocused();
    await expect(agreements.coordinator).toHaveAccessibleDescription(/Vælg en tovholder/);
    await expect(page.getByText('Der er ingen aftaler endnu.')).toBeVisible();

    await agreements.what.fill('  ');
    await expect(agreements.fieldErrors.first()).toHaveText('Skriv, hvad I aftaler. Feltet må ikke være tomt.');
    await agreements.editor.getByRole('button', { name: 'Annullér' }).click();
    await expect(agreements.editor).toHaveCount(0);
    await expect(page.getByText('Der er ingen aftaler endnu.')).toBeVisible();
  });

  test('a date in the past warns, and the agreement can still be saved', async ({ page }) => {
    const { agreements } = await onAgreements(page);
    await agreements.newButton.click();
    await agreements.date.fill('2020-03-01');
    await expect(agreements.fieldWarnings).toHaveText(['Datoen er allerede passeret. Du kan gemme alligevel.']);
    await expect(agreements.date).toHaveAccessibleDescription('Datoen er allerede passeret. Du kan gemme alligevel.');
    await agreements.followUpDate.fill('2020-02-01');
    await expect(agreements.fieldWarnings).toHaveCount(2);
    await agreements.what.fill('Låne lokaler i kælderen');
    await agreements.organisation('Beboerforeningen').check();
    await agreements.coordinator.selectOption({ label: 'Beboerforeningen' });
    await agreements.formRadio('Ressourceudveksle').check();
    await agreements.saveButton.click();
    await expect(agreements.rung('Ressourceudveksle').getByRole('listitem', { name: 'Låne lokaler i kælderen' })).toContainText('1. marts 2020');
  });

  test('edit moves an agreement to another rung; delete asks first, and undo brings it back', async ({ page }) => {
    const { workshop, agreements } = await onAgreements(page);
    await agreements.make({ what: 'Dele nyhedsbreve', organisations: ['Café Nord', 'Nørreskolen'], coordinator: 'Café Nord', form: 'Videndele' });
    await agreements.card('Dele nyhedsbreve').getByRole('button', { name: 'Ret aftalen "Dele nyhedsbreve"' }).click();
    await expect(agreements.editor).toHaveAccessibleName('Ret aftale');
    await expect(agreements.what).toHaveValue('Dele nyhedsbreve');
    await agreements.formRadio('Samskabe').check();
    await agreements.saveButton.click();
    await expect(agreements.rung('Samskabe').getByRole('listitem', { name: 'Dele nyhedsbreve' })).toBeVisible();
    await expect(agreements.rung('Videndele')).toContainText('Ingen aftaler endnu');

    await agreements.card('Dele nyhedsbreve').getByRole('button', { name: 'Slet aftalen "Dele nyhedsbreve"' }).click();
    await expect(agreements.deleteDialog).toBeVisible();
    await agreements.deleteDialog.getByRole('button', { name: 'Behold den' }).click();
    await expect(agreements.card('Dele nyhedsbreve')).toBeVisible();
    await agreements.card('Dele nyhedsbreve').getByRole('button', { name: 'Slet aftalen "Dele nyhedsbreve"' }).click();
    await agreements.deleteDialog.getByRole('button', { name: 'Slet aftalen' }).click();
    await expect(agreements.card('Dele nyhedsbreve')).toHaveCount(0);
    await workshop.undoButton.click();
    await expect(agreements.rung('Samskabe').getByRole('listitem', { name: 'Dele nyhedsbreve' })).toBeVisible();
  });

  test('follow-up on the reopened workshop: a status and a note, and the summary says what held', async ({ page }) => {
    const { start, workshop, agreements } = await onAgreements(page);
    await agreements.make({ what: 'Fælles lektiecafé', organisations: ['Café Nord', 'Nørreskolen'], coordinator: 'Café Nord', form: 'Samordne' });
    await agreements.make({ what: 'Låne kælderen', organisations: ['Beboerforeningen'], coordinator: 'Beboerforeningen', form: 'Ressourceudveksle' });

    // A later meeting: back to the list of workshops, open it again.
    await workshop.backToStart.first().click();
    await expect(start.heading).toBeVisible();
    const reopened = await start.open(TITLE);
    await reopened.goToPhase('Opsamling');
    const summary = new SummaryPage(page);
    await expect(summary.held).toHaveText('0 af 2 aftaler er gennemført eller i gang. 2 er ikke fulgt op endnu.');
    await expect(summary.status('Fælles lektiecafé', 'Ikke fulgt op')).toBeChecked();

    await summary.status('Fælles lektiecafé', 'Gennemført').check();
    await summary.note('Fælles lektiecafé').fill('Kører hver torsdag med 20 børn');
    await summary.status('Låne kælderen', 'Droppet').check();
    await expect(summary.held).toHaveText('1 af 2 aftaler er gennemført eller i gang.');

    await reopened.reload();
    await expect(summary.status('Fælles lektiecafé', 'Gennemført')).toBeChecked();
    await expect(summary.note('Fælles lektiecafé')).toHaveValue('Kører hver torsdag med 20 børn');
    await expect(summary.held).toHaveText('1 af 2 aftaler er gennemført eller i gang.');
    await expect(summary.followUp.getByRole('listitem').filter({ hasText: /^Droppet: / })).toHaveText('Droppet: 1');
    await expect(summary.formGroup('Samordne').getByRole('listitem', { name: 'Fælles lektiecafé' })).toContainText('Gennemført');

    await reopened.goToPhase('Aftaler');
    await expect(agreements.card('Fælles lektiecafé')).toContainText('Gennemført');
  });

  test('an agreement from a strengthening link: prefilled with both organisations, the text and the coordinator; the summary shows the link', async ({ page }) => {
    const { workshop, collaboration } = await CollaborationPage.setUp(page, [
      ['Café Nord', 'Erhvervsdrivende'],
      ['Nørreskolen', 'Kommunale institutioner'],
    ]);
    await collaboration.chooseOrganisation('Café Nord');
    await collaboration.addCard('Det kan vi bidrage med', 'Lokaler om aftenen', 'Lokaler og udstyr');
    await collaboration.strengthenButton('Lokaler om aftenen').click();
    await collaboration.linkTo.selectOption({ label: 'Nørreskolen' });
    await collaboration.linkText.fill('låne caféen ud til lektiehjælp');
    await collaboration.linkSubmit.click();
    await expect.poll(() => collaboration.linkSentences()).toEqual(['Café Nord styrker Nørreskolen ved at låne caféen ud til lektiehjælp']);

    await workshop.goToPhase('Aftaler');
    const agreements = new AgreementsPage(page);
    await page.getByRole('button', { name: 'Lav aftale ud fra: Café Nord styrker Nørreskolen ved at låne caféen ud til lektiehjælp' }).click();
    // The title names both organisations and what they do; the form is suggested with its reason.
    const title = 'Café Nord styrker Nørreskolen ved at låne caféen ud til lektiehjælp';
    await expect(agreements.what).toHaveValue(title);
    await expect(agreements.organisation('Café Nord')).toBeChecked();
    await expect(agreements.organisation('Nørreskolen')).toBeChecked();
    await expect(agreements.coordinator.locator('option:checked')).toHaveText('Café Nord');
    await expect(agreements.formRadio('Ressourceudveksle')).toBeChecked();
    await expect(page.getByRole('group', { name: 'Samarbejdsform' })).toHaveAccessibleDescription(/^Forslag: Ressourceudveksle, fordi forbindelsen nævner "låne"\./u);
    await agreements.saveButton.click();
    await expect(agreements.rung('Ressourceudveksle').getByRole('listitem', { name: title })).toContainText('TovholderCafé Nord');
    await expect(page.getByRole('region', { name: 'Lav aftale ud fra en forbindelse' })).toContainText('Har en aftale');

    await workshop.goToPhase('Opsamling');
    const summary = new SummaryPage(page);
    await expect(page.getByRole('region', { name: 'Hvem styrker hvem' }).getByRole('img', { name: /^Netværket/ })).toBeVisible();
    await expect(page.getByRole('region', { name: 'Hvem styrker hvem' })).toContainText('Café Nord styrker Nørreskolen ved at låne caféen ud til lektiehjælp');
    await expect(summary.formGroup('Ressourceudveksle')).toContainText(title);
  });

  test('the summary shows participants by actor type, each organisation’s values with its examples, and the shared values', async ({ page }) => {
    const { workshop } = await onAgreements(page);
    const board = await BoardPage.open(workshop);
    await board.choosePlacingNow('Café Nord');
    await board.clickToPlace('Bredere målgruppe');
    await board.writeExample('Bredere målgruppe', 'Flere ældre kommer til fællesspisning');
    await board.markMostImportant('Bredere målgruppe');
    await board.choosePlacingNow('Nørreskolen');
    await board.clickToPlace('Bredere målgruppe');
    await board.clickToPlace('Øget faglighed');

    await workshop.goToPhase('Opsamling');
    const summary = new SummaryPage(page);
    await expect(page.getByRole('region', { name: 'Deltagere' }).getByRole('listitem')).toHaveText([
      'Beboerdrevne foreninger (1): Beboerforeningen',
      'Erhvervsdrivende (1): Café Nord',
      'Kommunale institutioner (1): Nørreskolen',
    ]);
    const values = page.getByRole('region', { name: 'Værdier og eksempler' });
    await expect(values.getByRole('listitem').filter({ hasText: /^Café Nord/ })).toContainText('Bredere målgruppe ★ vigtigstFlere ældre kommer til fællesspisning');
    await expect(values.getByRole('listitem').filter({ hasText: /^Nørreskolen/ })).toContainText('Øget faglighed');
    await expect(values.getByRole('listitem').filter({ hasText: /^Beboerforeningen/ })).toContainText('Ingen brikker lagt.');
    await expect(page.getByRole('region', { name: 'Fælles værdier' }).getByRole('listitem')).toHaveText(['Bredere målgruppe 2 organisationer: Café Nord, Nørreskolen']);
    await expect(summary.agreements).toContainText('Der er ingen aftaler endnu.');
  });

  test('on the projector: the ladder and the summary without editing, the follow-up read only', async ({ page }) => {
    const { workshop, agreements } = await onAgreements(page);
    await agreements.make({ what: 'Fælles lektiecafé', organisations: ['Café Nord', 'Nørreskolen'], coordinator: 'Café Nord', form: 'Samordne' });
    await new ProjectorToggle(page).enter();
    await expect(agreements.rung('Samordne').getByRole('listitem', { name: 'Fælles lektiecafé' })).toBeVisible();
    await expect(agreements.newButton).toHaveCount(0);
    await expect(agreements.card('Fælles lektiecafé').getByRole('button')).toHaveCount(0);
    await expect(page.getByRole('region', { name: 'Lav aftale ud fra en forbindelse' })).toHaveCount(0);

    await workshop.goToPhase('Opsamling');
    const summary = new SummaryPage(page);
    await expect(summary.held).toHaveText('0 af 1 aftale er gennemført eller i gang. 1 er ikke fulgt op endnu.');
    await expect(summary.followUp.getByRole('radio')).toHaveCount(0);
    await expect(summary.followUp.getByRole('textbox')).toHaveCount(0);
    await expect(summary.followUp).toContainText('Ikke fulgt op');
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(await page.evaluate(() => window.innerWidth));
  });

  test('no serious accessibility violations on Aftaler (form open, refusal and warning shown) and Opsamling', async ({ page }) => {
    const { workshop, agreements } = await onAgreements(page);
    await agreements.make({ what: 'Fælles lektiecafé', organisations: ['Café Nord', 'Nørreskolen'], coordinator: 'Café Nord', form: 'Samordne' });
    await agreements.newButton.click();
    await agreements.date.fill('2020-01-01');
    await agreements.saveButton.click();
    await expect(agreements.fieldErrors.first()).toBeVisible();
    await expect(agreements.fieldWarnings).toHaveCount(1);
    await expectNoSeriousA11yViolations(page, 'Aftaler with the form open');

    await workshop.goToPhase('Opsamling');
    await expect(new SummaryPage(page).followUp).toBeVisible();
    await expectNoSeriousA11yViolations(page, 'Opsamling');
  });
});
