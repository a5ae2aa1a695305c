import { expect, test, type Page } from '@playwright/test';
import { serializeWorkshopFile } from '../../src/files/workshop-file.ts';
import { showcaseWorkshop } from '../support/showcase-workshop.ts';
import { expectNoSeriousA11yViolations } from './axe.ts';
import { CollaborationPage } from './pages/collaboration-page.ts';
import { FilesPage } from './pages/files-page.ts';
import { StartPage } from './pages/start-page.ts';
import type { WorkshopPage } from './pages/workshop-page.ts';

/*
 * Opsamling on screen shows what the summary PDF shows: the needs no link meets yet, the key points
 * from the dialogue and the organisations' contacts. SHOTS_DIR=<folder> also writes the screens.
 */

async function openShowcase(page: Page): Promise<WorkshopPage> {
  const workshop = showcaseWorkshop();
  const start = new StartPage(page);
  await start.goto();
  await new FilesPage(page).importFile('workshop.json', serializeWorkshopFile([workshop], new Date()));
  await expect(start.table.getByRole('rowheader')).toHaveCount(1);
  return start.open(workshop.setup.title);
}

async function shot(page: Page, name: string): Promise<void> {
  const folder = process.env.SHOTS_DIR;
  if (folder) await page.screenshot({ path: `${folder}/${name}`, animations: 'disabled', caret: 'hide' });
}

for (const viewport of [
  { width: 1920, height: 1080 },
  { width: 820, height: 1180 },
]) {
  test.describe(`${viewport.width} × ${viewport.height}`, () => {
    test.use({ viewport });

    test('Opsamling shows the open needs, the key points and the contacts; a need met by a new link leaves the list', async ({ page }) => {
      const workshop = await openShowcase(page);
      await workshop.goToPhase('Opsamling');
      await expect(page.locator('.summary-meta')).toHaveText('22. november 2026 · Beboerhuset, Nørreparken 12 · Boligsocial helhedsplan for Nørreparken · Facilitator: Mette Kjær');
      const needs = page.getByRole('region', { name: 'Behov, ingen har svaret på endnu' });
      await expect(needs.getByRole('listitem').filter({ hasText: 'Café Nord' })).toContainText('Flere kunder i dagtimerne');
      await expect(needs).toContainText('Kontakt til beboere, der ikke åbner døren');
      // Met by links of the showcase: the school's homework help, the club's place to play, the homework café's room.
      for (const met of ['Lektiehjælp til de ældste elever', 'Et sted at spille bold om vinteren', 'Et fast lokale med plads til 30']) await expect(needs).not.toContainText(met);
      await expect(page.getByRole('region', { name: 'Pointer fra dialogen' }).getByRole('listitem')).toHaveText([
        'Alle otte vil nå flere unge familier.',
        'Tryghed betyder noget for både beboere og boligselskab.',
        'Lokaler er det, vi har mest af at dele.',
      ]);
      const participants = page.getByRole('region', { name: 'Deltagere' });
      await expect(participants).toContainText('Café Nord (kontakt: Ali Yilmaz)');
      await expect(participants).toContainText('Fritidsklubben Kløveret');
      await expect(participants).not.toContainText('Fritidsklubben Kløveret (kontakt');
      await shot(page, `summary-${viewport.width}-top.png`);
      await needs.scrollIntoViewIfNeeded();
      await shot(page, `summary-${viewport.width}-needs.png`);
      await expectNoSeriousA11yViolations(page, `Opsamling at ${viewport.width}`);

      // Beboerforeningen answers Café Nord's need with a link: Opsamling no longer lists it.
      await workshop.goToPhase('Gør hinanden stærkere');
      const collaboration = new CollaborationPage(page);
      await collaboration.chooseOrganisation('Beboerforeningen Nørreparken');
      await collaboration.tile('Café Nord').getByRole('button').click();
      await collaboration.linkText.fill('sende flere kunder til caféen i dagtimerne');
      await collaboration.linkSubmit.click();
      await expect(collaboration.linksRegion).toContainText('Beboerforeningen Nørreparken styrker Café Nord ved at sende flere kunder');
      await workshop.goToPhase('Opsamling');
      await expect(needs).toContainText('Kontakt til beboere, der ikke åbner døren');
      await expect(needs).not.toContainText('Flere kunder i dagtimerne');
      await expect(needs.getByRole('listitem').filter({ hasText: 'Café Nord' })).toHaveCount(0);
    });
  });
}
