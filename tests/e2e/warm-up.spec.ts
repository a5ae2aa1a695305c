import { expect, test } from '@playwright/test';
import { expectNoSeriousA11yViolations } from './axe.ts';
import { StartPage } from './pages/start-page.ts';
import { WarmUpPage } from './pages/warm-up-page.ts';

test.describe('Opvarmning (the warm-up)', () => {
  test('answers become pieces; the facilitator merges, undoes, renames and drops; all of it survives a reload', async ({ page }) => {
    const start = new StartPage(page);
    await start.goto();
    const workshop = await start.createWorkshop('Opvarmning i Nørreparken');

    // Forberedelse: switch the warm-up on, add two organisations.
    await workshop.warmUpCheckbox.check();
    await workshop.addOrganisation('Café Nord', 'Erhvervsdrivende');
    await workshop.addOrganisation('Ældresagen', 'Frivillige organisationer');
    await expect.poll(() => workshop.organisationNames()).toEqual(['Café Nord', 'Ældresagen']);

    await workshop.goToPhase('Opvarmning');
    const warmUp = new WarmUpPage(page);
    await warmUp.expectVisible();
    await expect(warmUp.piecesRegion).toContainText('Ingen brikker endnu');

    // Each organisation types its answers; after the third, the card says there is no room for a fourth.
    for (const answer of ['Glæde', 'Nye kunder', 'Ro i området']) await warmUp.addAnswer('Café Nord', answer);
    await expect(warmUp.card('Café Nord')).toContainText('3 af 3 svar');
    await expect(warmUp.card('Café Nord').getByRole('textbox', { name: 'Nyt svar fra Café Nord' })).toHaveCount(0);
    await expect(warmUp.card('Café Nord')).toContainText('En organisation kan højst give 3 svar. Ret eller fjern et af svarene for at skrive et nyt.');
    // The keyboard stays in the card: on the note that took the field's place.
    await expect(warmUp.card('Café Nord').getByText(/^En organisation kan højst give 3 svar/)).toBeFocused();
    await expect.poll(() => warmUp.answers('Café Nord')).toEqual(['Glæde', 'Nye kunder', 'Ro i området']);

    await warmUp.addAnswer('Ældresagen', 'glæde');
    await warmUp.addAnswer('Ældresagen', 'Fællesskab');
    // The same answer twice in one organisation is refused too.
    await warmUp.addAnswer('Ældresagen', ' Fællesskab ');
    await expect(warmUp.card('Ældresagen').getByRole('alert')).toHaveText('Organisationen har allerede svaret "Fællesskab". Skriv noget andet.');
    await expect.poll(() => warmUp.answers('Ældresagen')).toEqual(['glæde', 'Fællesskab']);
    await expect.poll(() => warmUp.pieceNames()).toEqual(['Glæde', 'Nye kunder', 'Ro i området', 'glæde', 'Fællesskab']);

    // Merge the two "glæde": the merged piece names both organisations.
    await warmUp.merge(1, 'glæde (Ældresagen)');
    await expect.poll(() => warmUp.pieceNames()).toEqual(['Glæde', 'Nye kunder', 'Ro i området', 'Fællesskab']);
    await expect(warmUp.proposedBy(1)).toHaveText('Foreslået af Café Nord og Ældresagen');
    await expect(warmUp.piece(1)).toContainText('Svarene: Glæde (Café Nord) · glæde (Ældresagen)');

    // "Fortryd" separates them again; "Gentag" merges them again.
    await workshop.undoButton.click();
    await expect.poll(() => warmUp.pieceNames()).toEqual(['Glæde', 'Nye kunder', 'Ro i området', 'glæde', 'Fællesskab']);
    await expect(warmUp.proposedBy(1)).toHaveText('Foreslået af Café Nord');
    await workshop.redoButton.click();
    await expect.poll(() => warmUp.pieceNames()).toEqual(['Glæde', 'Nye kunder', 'Ro i området', 'Fællesskab']);
    await expect(warmUp.proposedBy(1)).toHaveText('Foreslået af Café Nord og Ældresagen');

    // Rename one piece; a name taken by another piece is refused with a message.
    await warmUp.pieceNameField(2).fill('fællesskab');
    await expect(warmUp.piece(2).getByRole('alert')).toHaveText('"Fællesskab" findes allerede. Vælg et andet navn.');
    await warmUp.pieceNameField(2).fill('Flere kunder');
    await expect(warmUp.piece(2).getByRole('alert')).toHaveCount(0);

    // Drop one piece: it moves to "Udeladte brikker" and can be taken back in.
    await warmUp.dropButton('Ro i området').click();
    await expect.poll(() => warmUp.pieceNames()).toEqual(['Glæde', 'Flere kunder', 'Fællesskab']);
    await expect(warmUp.restoreButton('Ro i området')).toBeFocused();
    await expect(warmUp.droppedRegion).toContainText('Foreslået af Café Nord');

    await expectNoSeriousA11yViolations(page, 'Opvarmning with answers, a merged piece and a dropped piece');

    // Everything is still there after a reload.
    await workshop.reload();
    await warmUp.expectVisible();
    await expect.poll(() => warmUp.answers('Café Nord')).toEqual(['Glæde', 'Nye kunder', 'Ro i området']);
    await expect.poll(() => warmUp.answers('Ældresagen')).toEqual(['glæde', 'Fællesskab']);
    await expect.poll(() => warmUp.pieceNames()).toEqual(['Glæde', 'Flere kunder', 'Fællesskab']);
    await expect(warmUp.proposedBy(1)).toHaveText('Foreslået af Café Nord og Ældresagen');
    await expect(warmUp.restoreButton('Ro i området')).toBeVisible();

    // Taking the dropped piece back in puts it in its place again.
    await warmUp.restoreButton('Ro i området').click();
    await expect.poll(() => warmUp.pieceNames()).toEqual(['Glæde', 'Flere kunder', 'Ro i området', 'Fællesskab']);
    await expect(warmUp.droppedRegion).toHaveCount(0);
  });

  test('the projector shows answers and pieces read only', async ({ page }) => {
    const start = new StartPage(page);
    await start.goto();
    const workshop = await start.createWorkshop('Opvarmning på lærredet');
    await workshop.warmUpCheckbox.check();
    await workshop.addOrganisation('Biblioteket', 'Kommunale institutioner');
    await workshop.goToPhase('Opvarmning');
    const warmUp = new WarmUpPage(page);
    await warmUp.addAnswer('Biblioteket', 'Flere lånere');
    await expect.poll(() => warmUp.pieceNames()).toEqual(['Flere lånere']);

    await workshop.projectorToggle.click();
    const content = page.locator('.workshop > section');
    await expect(content.getByRole('heading', { level: 1, name: 'Opvarmning' })).toBeVisible();
    await expect(content.getByRole('heading', { name: 'Biblioteket' })).toBeVisible();
    await expect(content.getByRole('listitem').filter({ hasText: 'Flere lånere' })).toHaveCount(2);
    await expect(content).toContainText('Foreslået af Biblioteket');
    await expect(content.locator('button, input, select, textarea')).toHaveCount(0);
    await expectNoSeriousA11yViolations(page, 'Opvarmning on the projector');
  });

  test('with the warm-up off, the phase says so and leads back to Forberedelse', async ({ page }) => {
    const start = new StartPage(page);
    await start.goto();
    const workshop = await start.createWorkshop('Uden opvarmning');
    await workshop.goToPhase('Opvarmning');
    await expect(page.getByRole('heading', { name: 'Opvarmningen er slået fra' })).toBeVisible();
    await expect(page.getByText('Opvarmningen er slået fra for denne workshop. Den kan slås til under Forberedelse.')).toBeVisible();
    await page.getByRole('button', { name: 'Gå til Forberedelse' }).click();
    await expect(workshop.phaseButton('Forberedelse')).toHaveAttribute('aria-current', 'step');
  });
});

test.describe('Opvarmning on a tablet, by keyboard', () => {
  test.use({ viewport: { width: 820, height: 1180 } });

  test('an answer is typed and added with Enter, and merging without a choice says what to do', async ({ page }) => {
    const start = new StartPage(page);
    await start.goto();
    const workshop = await start.createWorkshop('Opvarmning på tablet');
    await workshop.warmUpCheckbox.check();
    await workshop.addOrganisation('Netto', 'Erhvervsdrivende');
    await workshop.goToPhase('Opvarmning');
    const warmUp = new WarmUpPage(page);

    const newAnswer = warmUp.card('Netto').getByRole('textbox', { name: 'Nyt svar fra Netto', exact: true });
    await newAnswer.focus();
    await page.keyboard.type('Synlighed i området');
    await page.keyboard.press('Enter');
    await expect.poll(() => warmUp.answers('Netto')).toEqual(['Synlighed i området']);
    await expect(newAnswer).toBeFocused();
    await expect(newAnswer).toHaveValue('');
    await page.keyboard.press('Enter');
    await expect(warmUp.card('Netto').getByRole('alert')).toHaveText('Skriv et svar. Feltet må ikke være tomt.');

    await warmUp.piecesRegion.getByRole('button', { name: 'Slå sammen for brik 1', exact: true }).press('Enter');
    await expect(warmUp.piece(1).getByRole('alert')).toHaveText('Der er ingen andre brikker at slå sammen med.');
    await expectNoSeriousA11yViolations(page, 'Opvarmning on a tablet, with messages');
  });
});
