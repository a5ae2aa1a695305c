import { expect, test } from '@playwright/test';
import { expectNoSeriousA11yViolations } from './axe.ts';
import { BoardPage } from './pages/board-page.ts';
import { FilesPage } from './pages/files-page.ts';
import { StartPage } from './pages/start-page.ts';

/*
 * Workshop files as a facilitator uses them: save a workshop (or all) as a file, load it back, be
 * asked before a workshop on the device is replaced, and be told plainly why a bad file is refused —
 * with nothing on the device changed.
 */

/** A workshop with two organisations and a placed piece with an example, back on the start page. */
async function workshopWithARound(start: StartPage, title: string): Promise<void> {
  const workshop = await start.createWorkshop(title);
  await workshop.addOrganisation('Biblioteket', 'Kommunale institutioner');
  await workshop.addOrganisation('Netto', 'Erhvervsdrivende');
  const board = await BoardPage.open(workshop);
  await board.clickToPlace('Bredere målgruppe');
  await board.writeExample('Bredere målgruppe', 'Netto sender nye borgere til sprogcaféen.');
  await start.goto();
}

test.describe('Workshop files', () => {
  test('save a workshop as a file, delete it, load it back: everything is there', async ({ page }) => {
    const start = new StartPage(page);
    const files = new FilesPage(page);
    await start.goto();
    await workshopWithARound(start, 'Møde i Nørreparken');
    await expect(files.backupTime('Møde i Nørreparken')).toHaveText('Ingen sikkerhedskopi endnu');
    await expect(files.panel).toContainText('Ændret siden sidste sikkerhedskopi: Møde i Nørreparken.');

    const file = await files.exportRow('Møde i Nørreparken');
    expect(file.name).toMatch(/^moede-i-noerreparken-\d{4}-\d{2}-\d{2}\.json$/u);
    const json = JSON.parse(file.text) as { format: string; version: number; workshops: { setup: { title: string } }[] };
    expect(json.format).toBe('vaerdispillet-workshop');
    expect(json.version).toBe(1);
    expect(json.workshops.map((workshop) => workshop.setup.title)).toEqual(['Møde i Nørreparken']);
    await expect(files.backupTime('Møde i Nørreparken')).toHaveText(/^Sikkerhedskopi: /u);
    await expect(files.panel).not.toContainText('Ændret siden sidste sikkerhedskopi');

    await start.askToDelete('Møde i Nørreparken');
    await start.deleteDialog.getByRole('button', { name: 'Ja, slet workshoppen' }).click();
    expect(await start.titles()).toEqual([]);

    await files.importFile(file.name, file.text);
    await expect(start.row('Møde i Nørreparken')).toBeVisible();
    const workshop = await start.open('Møde i Nørreparken');
    // It opens where it was saved: at Værdispillet, with the piece in its slot.
    const board = new BoardPage(page);
    await board.waitUntilShown();
    await board.choosePlacingNow('Biblioteket');
    await board.expectPlaced('Bredere målgruppe');
    await expect(board.example('Bredere målgruppe')).toHaveValue('Netto sender nye borgere til sprogcaféen.');
    await workshop.goToPhase('Forberedelse');
    expect(await workshop.organisationNames()).toEqual(['Biblioteket', 'Netto']);
  });

  test('all workshops in one file; loading a workshop the device has asks: replace or keep both', async ({ page }) => {
    const start = new StartPage(page);
    const files = new FilesPage(page);
    await start.goto();
    for (const title of ['Første møde', 'Andet møde']) {
      await start.createWorkshop(title);
      await start.goto();
    }
    const file = await files.exportAll();
    expect(file.name).toMatch(/^alle-workshops-\d{4}-\d{2}-\d{2}\.json$/u);

    await files.importFile(file.name, file.text);
    await expectNoSeriousA11yViolations(page, 'the replace-or-keep-both question');
    await files.answer('Annullér');
    expect((await start.titles()).sort()).toEqual(['Andet møde', 'Første møde']);

    await files.importFile(file.name, file.text);
    await files.answer('Behold begge');
    await expect(start.row('Første møde (importeret)')).toBeVisible();
    expect((await start.titles()).sort()).toEqual(['Andet møde', 'Andet møde (importeret)', 'Første møde', 'Første møde (importeret)']);

    // Replace: the workshops with the file's ids get the file's content again; nothing is added.
    const renamed = file.text.replace('"title": "Første møde"', '"title": "Første møde, rettet"');
    await files.importFile(file.name, renamed);
    await files.answer('Erstat');
    await expect(start.row('Første møde, rettet')).toBeVisible();
    expect((await start.titles()).sort()).toEqual(['Andet møde', 'Andet møde (importeret)', 'Første møde (importeret)', 'Første møde, rettet']);
  });

  test('a bad file is refused with a Danish message that says what is wrong, and nothing changes', async ({ page }) => {
    const start = new StartPage(page);
    const files = new FilesPage(page);
    await start.goto();
    await start.createWorkshop('Mødet');
    await start.goto();
    const file = await files.exportAll();
    const before = await start.titles();

    const cases: [string, string | Buffer, RegExp][] = [
      ['referat.json', 'Kære alle, tak for i dag.', /ikke JSON/u],
      ['afskaaret.json', file.text.slice(0, file.text.length / 2), /ufuldstændig/u],
      ['fremtid.json', file.text.replace('"version": 1', '"version": 3'), /nyere udgave af Værdispillet \(filversion 3/u],
      ['forkert.json', file.text.replace('"phase": "forberedelse"', '"phase": "pause"'), /Feltet workshops\[0\]\.control\.phase i filen har en forkert værdi/u],
      ['andet.json', '{"name": "noget andet"}', /ikke en workshopfil/u],
      ['stor.json', Buffer.alloc(50 * 1024 * 1024, 32), /for stor \(50[.,]0 MB\)/u],
    ];
    for (const [name, contents, message] of cases) {
      await files.importFile(name, contents);
      await expect(files.refusal).toContainText(`Filen ${name} kunne ikke hentes.`);
      await expect(files.refusal).toContainText(message);
      await expect(files.refusal).toContainText('Intet på enheden er ændret.');
      expect(await start.titles()).toEqual(before);
    }
    await expectNoSeriousA11yViolations(page, 'the start page with a refused file');
  });

  test('at the end of a workshop (Opsamling) a backup is offered, and the toolbar saves one any time', async ({ page }) => {
    const start = new StartPage(page);
    const files = new FilesPage(page);
    await start.goto();
    const workshop = await start.createWorkshop('Sidste møde');
    await expect(files.backupOffer).toBeHidden();
    await workshop.goToPhase('Opsamling');
    await expect(files.backupOffer).toContainText('Safari på iPad og iPhone sletter');
    await expect(files.backupOffer).toContainText('Ingen sikkerhedskopi endnu');
    const file = await files.download(files.backupOffer.getByRole('button', { name: 'Gem sikkerhedskopi' }));
    expect(file.name).toMatch(/^sidste-moede-/u);
    await expect(files.backupOffer).toContainText(/Sikkerhedskopi: .+/u);

    const again = await files.exportFromToolbar();
    expect(JSON.parse(again.text)).toMatchObject({ workshops: [{ setup: { title: 'Sidste møde' }, control: { phase: 'opsamling' } }] });
  });
});

test.describe('Storage', () => {
  test('the start page says whether storage is kept for good, and warns when it is nearly full', async ({ page }) => {
    await page.addInitScript(() => {
      const storage = navigator.storage;
      storage.estimate = async () => ({ usage: 900 * 1024 * 1024, quota: 1024 * 1024 * 1024 });
    });
    const start = new StartPage(page);
    const files = new FilesPage(page);
    await start.goto();
    await expect(files.panel).toContainText(/Browseren (har lovet|har ikke lovet|fortæller ikke)/u);
    await expect(files.panel).toContainText('Lager brugt: 900 MB af 1,0 GB (88 %).');
    await expect(files.storageWarning).toContainText('Lageret er næsten fuldt (88 % brugt).');
  });
});
