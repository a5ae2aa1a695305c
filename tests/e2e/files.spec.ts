import { expect, test } from '@playwright/test';
import { WORKSHOP_SCHEMA_VERSION } from '../../src/domain/workshop.ts';
import { parseWorkshopFile, WORKSHOP_FILE_VERSION } from '../../src/files/workshop-file.ts';
import { expectNoSeriousA11yViolations } from './axe.ts';
import { BoardPage } from './pages/board-page.ts';
import { DeviceStorage } from './pages/device-storage.ts';
import { FilesPage } from './pages/files-page.ts';
import { StartPage } from './pages/start-page.ts';
import { WorkshopPage } from './pages/workshop-page.ts';

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
    expect(json.version).toBe(WORKSHOP_FILE_VERSION);
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
      ['fremtid.json', file.text.replace(`"version": ${WORKSHOP_FILE_VERSION}`, `"version": ${WORKSHOP_FILE_VERSION + 1}`), new RegExp(`nyere udgave af Værdispillet \\(filversion ${WORKSHOP_FILE_VERSION + 1}`, 'u')],
      ['forkert.json', file.text.replace('"phase": "forberedelse"', '"phase": "pause"'), /Workshoppens styring \(fase og visning\): fasen i filen kan appen ikke bruge\./u],
      ['andet.json', '{"name": "noget andet"}', /ikke en workshopfil/u],
      ['stor.json', Buffer.alloc(50 * 1024 * 1024, 32), /for stor \(50 MB\)/u],
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

  test('a refused file says in plain words what is wrong and where, with the technical place only as a detail', async ({ page }) => {
    const start = new StartPage(page);
    const files = new FilesPage(page);
    await start.goto();
    await workshopWithARound(start, 'Møde med fejl');
    const file = await files.exportAll();
    type Section = { placed: { valueId: string }[]; mostImportant: string | null };
    type Broken = { workshops: { organisations: { id: string; name: string; actorType?: string }[]; sections: Record<string, Section> }[] };
    const broken = (edit: (workshop: Broken['workshops'][number]) => void): string => {
      const json = JSON.parse(file.text) as Broken;
      const [workshop] = json.workshops;
      if (!workshop) throw new Error('no workshop in the file');
      edit(workshop);
      return JSON.stringify(json);
    };

    await files.importFile('uden-type.json', broken((workshop) => delete workshop.organisations[1]?.actorType));
    await expect(files.refusal).toContainText('Organisation 2 (Netto) mangler en aktørtype.');
    // The technical place is there only as a detail, closed until asked for.
    const path = files.refusal.getByText('workshops[0].organisations[1].actorType', { exact: false });
    await expect(path).toBeHidden();
    await files.refusal.getByText('Teknisk detalje').click();
    await expect(path).toBeVisible();

    await files.importFile('stjerne.json', broken((workshop) => {
      const [first, second] = workshop.organisations;
      const placed = first ? workshop.sections[first.id]?.placed[0]?.valueId : undefined;
      if (!second || !placed) throw new Error('no placed piece in the file');
      workshop.sections[second.id] = { placed: [], mostImportant: placed };
    }));
    await expect(files.refusal).toContainText('Feltet på spillepladen for Netto: ★ (det vigtigste) står på værdien »Bredere målgruppe«, men den værdi er ikke lagt i feltet.');
    await expect(files.refusal).not.toContainText('findes ikke');
    await expectNoSeriousA11yViolations(page, 'a refused file with its detail');
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

test.describe('Backup when leaving a workshop', () => {
  test('leaving with changes offers a backup once; taken, the row shows it; leaving unchanged asks nothing', async ({ page }) => {
    const start = new StartPage(page);
    const files = new FilesPage(page);
    await start.goto();
    const workshop = await start.createWorkshop('Møde i Tingbjerg');
    // Nothing changed while it was open: nothing to offer.
    await workshop.backToStart.click();
    await expect(start.row('Møde i Tingbjerg')).toBeVisible();
    await expect(files.leaveOffer).toHaveCount(0);

    await start.open('Møde i Tingbjerg');
    await workshop.addOrganisation('Biblioteket', 'Kommunale institutioner');
    await workshop.backToStart.click();
    await expect(files.leaveOffer).toContainText('»Møde i Tingbjerg« har endnu ingen sikkerhedskopi');
    await expect(files.leaveOffer).toContainText('Safari på iPad og iPhone');
    // It does not block: the page works around it, and the focus is not taken.
    await expect(files.leaveOffer.locator(':focus')).toHaveCount(0);
    await expect(start.titleInput).toBeEditable();
    await expectNoSeriousA11yViolations(page, 'the backup offered after leaving a workshop');

    const file = await files.download(files.leaveOffer.getByRole('button', { name: 'Gem en sikkerhedskopi', exact: true }));
    expect(file.name).toMatch(/^moede-i-tingbjerg-\d{4}-\d{2}-\d{2}\.json$/u);
    const parsed = parseWorkshopFile(file.text);
    if (!parsed.ok) throw new Error(`the backup does not read back: ${parsed.problem.code}`);
    expect(parsed.value.map((saved) => [saved.setup.title, saved.organisations.map((organisation) => organisation.name)])).toEqual([['Møde i Tingbjerg', ['Biblioteket']]]);
    await expect(files.leaveOffer).toHaveCount(0);
    await expect(files.backupTime('Møde i Tingbjerg')).toHaveText(/^Sikkerhedskopi: \d/u);
    await expect(files.panel).not.toContainText('Ændret siden sidste sikkerhedskopi');

    // In and out again without changes: no offer.
    await start.open('Møde i Tingbjerg');
    await workshop.backToStart.click();
    await expect(start.row('Møde i Tingbjerg')).toBeVisible();
    await expect(files.leaveOffer).toHaveCount(0);
  });

  test('"Ikke nu" puts the offer away, and the same state is never offered twice', async ({ page }) => {
    const start = new StartPage(page);
    const files = new FilesPage(page);
    await start.goto();
    const workshop = await start.createWorkshop('Møde på Nørrebro');
    await workshop.addOrganisation('Netto', 'Erhvervsdrivende');
    await workshop.backToStart.click();
    await files.leaveOffer.getByRole('button', { name: 'Gem en sikkerhedskopi', exact: true }).click();
    await expect(files.leaveOffer).toHaveCount(0);

    await start.open('Møde på Nørrebro');
    await workshop.addOrganisation('Biblioteket', 'Kommunale institutioner');
    await workshop.backToStart.click();
    await expect(files.leaveOffer).toContainText('»Møde på Nørrebro« er ændret siden sidste sikkerhedskopi');
    await files.leaveOffer.getByRole('button', { name: 'Ikke nu', exact: true }).click();
    await expect(files.leaveOffer).toHaveCount(0);
    await expect(files.backupTime('Møde på Nørrebro')).toHaveText(/^Sikkerhedskopi: /u);
    // The start page's list still names it as changed: the offer put away, the fact not hidden.
    await expect(files.panel).toContainText('Ændret siden sidste sikkerhedskopi: Møde på Nørrebro.');

    // The start page comes up again (from the join screen) with nothing changed: not asked again.
    await page.evaluate(() => (location.hash = '#/join'));
    await expect(start.heading).toBeHidden();
    await page.evaluate(() => (location.hash = '#/'));
    await expect(start.row('Møde på Nørrebro')).toBeVisible();
    await expect(files.leaveOffer).toHaveCount(0);
  });
});

test.describe('A newer version of the app', () => {
  test('a file from a newer version is refused plainly, and the workshops on the device stay as they were', async ({ page }) => {
    const start = new StartPage(page);
    const files = new FilesPage(page);
    await start.goto();
    await workshopWithARound(start, 'Mødet på biblioteket');
    const before = await files.exportAll();
    const newer = WORKSHOP_FILE_VERSION + 1;
    const fromNewerApp = before.text.replace(`"version": ${WORKSHOP_FILE_VERSION}`, `"version": ${newer}`).replace('"title": "Mødet på biblioteket"', '"title": "Mødet fra fremtiden"');

    await files.importFile('fra-en-nyere-udgave.json', fromNewerApp);
    await expect(files.refusal).toContainText('Filen fra-en-nyere-udgave.json kunne ikke hentes.');
    await expect(files.refusal).toContainText(
      `Filen er lavet med en nyere udgave af Værdispillet (filversion ${newer}; denne udgave kan læse op til version ${WORKSHOP_FILE_VERSION}). Opdatér appen, og prøv igen.`,
    );
    await expect(files.refusal).toContainText('Intet på enheden er ændret.');
    await expect(files.conflictDialog).toHaveCount(0);
    expect(await start.titles()).toEqual(['Mødet på biblioteket']);
    const after = await files.exportAll();
    const withoutTime = (text: string) => text.replace(/"exportedAt": "[^"]+"/u, '');
    expect(withoutTime(after.text)).toBe(withoutTime(before.text));

    // No crash: the app goes on, and the workshop opens as it was.
    await start.open('Mødet på biblioteket');
    const board = new BoardPage(page);
    await board.waitUntilShown();
    await board.choosePlacingNow('Biblioteket');
    await board.expectPlaced('Bredere målgruppe');
  });

  test('a workshop stored by a newer version is not opened and not changed, and the start page still works', async ({ page }) => {
    const start = new StartPage(page);
    const device = new DeviceStorage(page);
    await start.goto();
    const newerWorkshop = await start.createWorkshop('Gemt af en nyere udgave');
    await newerWorkshop.addOrganisation('Biblioteket', 'Kommunale institutioner');
    await start.goto();
    await start.createWorkshop('Vores eget møde');
    // A fresh page: no document of either workshop is open while the storage is changed.
    await start.goto();
    const id = await start.workshopId('Gemt af en nyere udgave');
    const newer = WORKSHOP_SCHEMA_VERSION + 1;
    await device.storeAsNewerApp(id, newer);
    const stored = await device.workshopContent(id);
    // Its setup and control documents and the organisation's three, the setup one with the newer version in it.
    expect(Object.keys(stored)).toHaveLength(5);

    await start.goto();
    await page.getByRole('button', { name: 'Åbn Gemt af en nyere udgave', exact: true }).click();
    const message = page.getByRole('alert').filter({ hasText: 'nyere udgave af Værdispillet' });
    await expect(message).toHaveText(
      `Workshoppen er gemt af en nyere udgave af Værdispillet (version ${newer}), så denne udgave åbner den ikke. Den er ikke ændret. Opdatér appen ved at genindlæse siden med internet, så kan du åbne den igen.`,
    );
    await expect(page.locator('.workshop-toolbar')).toHaveCount(0);
    expect(await device.workshopContent(id)).toEqual(stored);

    // The start page still works: the workshop is listed as before, and the others open.
    const workshop = new WorkshopPage(page);
    await workshop.backToStart.click();
    await expect(start.row('Gemt af en nyere udgave')).toBeVisible();
    expect(await start.rowTexts('Gemt af en nyere udgave')).toMatchObject({ organisations: '1' });
    const other = await start.open('Vores eget møde');
    await other.addOrganisation('Netto', 'Erhvervsdrivende');
    await other.backToStart.click();
    expect((await start.titles()).sort()).toEqual(['Gemt af en nyere udgave', 'Vores eget møde']);

    // Saving it as a file cannot read it either: said plainly, and "all workshops" leaves it out.
    const files = new FilesPage(page);
    await page.getByRole('button', { name: 'Gem Gemt af en nyere udgave som fil', exact: true }).click();
    await expect(files.announcement).toHaveText('»Gemt af en nyere udgave« kunne ikke gemmes som fil: den er gemt af en nyere udgave af Værdispillet. Opdatér appen først.');
    const all = await files.exportAll();
    const parsed = parseWorkshopFile(all.text);
    expect(parsed.ok && parsed.value.map((saved) => saved.setup.title)).toEqual(['Vores eget møde']);
    await expect(files.announcement).toContainText('Ikke med i filen, fordi en nyere udgave af Værdispillet har gemt dem: Gemt af en nyere udgave.');
    expect(await device.workshopContent(id)).toEqual(stored);
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
