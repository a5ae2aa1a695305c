import { expect, test, type Page } from '@playwright/test';
import { serializeWorkshopFile } from '../../src/files/workshop-file.ts';
import { JOBCENTER, LEISURE_JOBS_TITLE, leisureJobsWorkshop, SUPERMARKET } from '../support/leisure-jobs-workshop.ts';
import { expectNoSeriousA11yViolations } from './axe.ts';
import { AgreementsPage } from './pages/agreements-page.ts';
import { CollaborationPage } from './pages/collaboration-page.ts';
import { FilesPage } from './pages/files-page.ts';
import { StartPage } from './pages/start-page.ts';
import type { WorkshopPage } from './pages/workshop-page.ts';

/*
 * Match suggestions a facilitator can trust (issue 18), on the realistic meeting about leisure jobs
 * (tests/support/leisure-jobs-workshop.ts): the supermarket sees the job centre's guidance on leisure
 * jobs first, with one sentence naming both cards; five at first, "Vis flere" for the rest; the link
 * made from it becomes an agreement titled with both organisations, its form suggested with the reason.
 */

const GUIDANCE = 'Vejledning om fritidsjob og hjælp til at skrive en ansøgning';
const READY = 'Unge, der er klar til et fritidsjob';

async function openMeeting(page: Page): Promise<{ workshop: WorkshopPage; collaboration: CollaborationPage }> {
  const start = new StartPage(page);
  await start.goto();
  await new FilesPage(page).importFile('fritidsjob.json', serializeWorkshopFile([leisureJobsWorkshop()], new Date()));
  const workshop = await start.open(LEISURE_JOBS_TITLE);
  const collaboration = new CollaborationPage(page);
  await expect(collaboration.heading).toBeVisible();
  await collaboration.chooseOrganisation(SUPERMARKET);
  return { workshop, collaboration };
}

async function shoot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: test.info().outputPath(`${name}.png`), animations: 'disabled', caret: 'hide', fullPage: true });
}

for (const [name, viewport] of [
  ['projector-sized screen, 1920×1080', { width: 1920, height: 1080 }],
  ['tablet-sized screen, 820×1180', { width: 820, height: 1180 }],
] as const) {
  test.describe(name, () => {
    test.use({ viewport });

    test('the supermarket sees the leisure-job pair first, five at first, then "Vis flere"', async ({ page }) => {
      const { collaboration } = await openMeeting(page);
      const items = collaboration.matchesRegion.getByRole('listitem');
      await expect(items).toHaveCount(5);
      const first = items.first();
      await expect(first.locator('.match-pair')).toContainText(`${JOBCENTER} → ${SUPERMARKET}`);
      await expect(first.locator('.match-reason')).toHaveText(`"${GUIDANCE}" passer til "${READY}": begge handler om fritidsjob.`);
      // Every reason is one sentence naming both cards (or, for an idea from the actor types, both organisations).
      for (const reason of await collaboration.matchesRegion.locator('.match-reason').allInnerTexts()) expect(reason.match(/\.(\s|$)/gu), reason).toHaveLength(1);
      await shoot(page, `matches-${viewport.width}`);
      await collaboration.matchesRegion.screenshot({ path: test.info().outputPath(`matches-panel-${viewport.width}.png`), animations: 'disabled' });

      const more = collaboration.matchesRegion.getByRole('button', { name: /^Vis \d+ match mere$/ });
      await more.click();
      expect(await items.count()).toBeGreaterThan(5);
      await expect(more).toHaveCount(0);
      await expectNoSeriousA11yViolations(page, 'the match suggestions of the leisure-jobs meeting');
    });
  });
}

test.describe('A link from a match becomes an agreement, 1280×900', () => {
  test.use({ viewport: { width: 1280, height: 900 } });

  test('the title names both organisations and what they do; the form is suggested with its reason', async ({ page }) => {
    const { workshop, collaboration } = await openMeeting(page);
    const first = collaboration.matchesRegion.getByRole('listitem').first();
    await first.getByRole('button', { name: `Lav forbindelse fra ${JOBCENTER} til ${SUPERMARKET}` }).click();
    await expect(collaboration.linkTo.locator('option:checked')).toHaveText(SUPERMARKET);
    await expect(collaboration.linkForm).toContainText('Fx "låne dem sit mødelokale om tirsdagen"');
    await collaboration.linkText.fill('vejlede de unge, før de søger fritidsjob');
    await collaboration.linkSubmit.click();
    const sentence = `${JOBCENTER} styrker ${SUPERMARKET} ved at vejlede de unge, før de søger fritidsjob`;
    await expect.poll(() => collaboration.linkSentences()).toEqual([sentence]);

    await workshop.goToPhase('Aftaler');
    const agreements = new AgreementsPage(page);
    await page.getByRole('button', { name: `Lav aftale ud fra: ${sentence}` }).click();
    await expect(agreements.what).toHaveValue(sentence);
    await expect(agreements.formRadio('Videndele')).toBeChecked();
    await expect(page.getByRole('group', { name: 'Samarbejdsform' })).toHaveAccessibleDescription(/^Forslag: Videndele, fordi forbindelsen nævner "vejlede"\./u);
    await shoot(page, 'agreement-from-link');
    await agreements.saveButton.click();
    await expect(agreements.rung('Videndele').getByRole('listitem', { name: sentence })).toBeVisible();
  });

  test('a link that does not say its form leaves the choice to the facilitator, and saving asks for it', async ({ page }) => {
    const { workshop, collaboration } = await openMeeting(page);
    await collaboration.matchesRegion.getByRole('button', { name: /^Lav forbindelse fra SuperBrugsen Nørreparken til Boligsocial helhedsplan/ }).first().click();
    await collaboration.linkText.fill('tilbyde tre fritidsjob om året');
    await collaboration.linkSubmit.click();
    const sentence = `${SUPERMARKET} styrker Boligsocial helhedsplan Nørreparken ved at tilbyde tre fritidsjob om året`;
    await expect.poll(() => collaboration.linkSentences()).toEqual([sentence]);

    await workshop.goToPhase('Aftaler');
    const agreements = new AgreementsPage(page);
    await page.getByRole('button', { name: `Lav aftale ud fra: ${sentence}` }).click();
    const forms = page.getByRole('group', { name: 'Samarbejdsform' });
    await expect(forms).toHaveAccessibleDescription(/^Forbindelsen siger ikke klart, hvilken samarbejdsform det er\. Vælg den, der passer\./u);
    await expect(forms.getByRole('radio', { checked: true })).toHaveCount(0);
    await agreements.saveButton.click();
    await expect(forms.getByRole('alert')).toHaveText('Vælg en af de fem samarbejdsformer.');
    await agreements.formRadio('Samvirke').check();
    await agreements.saveButton.click();
    await expect(agreements.rung('Samvirke').getByRole('listitem', { name: sentence })).toBeVisible();
  });
});
