import { expect, test, type Page } from '@playwright/test';
import { expectNoSeriousA11yViolations } from './axe.ts';
import { BoardPage } from './pages/board-page.ts';
import { CommonPicturePage } from './pages/common-picture-page.ts';
import { ProjectorToggle } from './pages/projector.ts';
import { StartPage } from './pages/start-page.ts';
import { CORE_VALUE_NAMES } from './pages/sunshine-page.ts';
import { WarmUpPage } from './pages/warm-up-page.ts';
import type { WorkshopPage } from './pages/workshop-page.ts';

/** A workshop with two organisations and a custom value, on Det fælles billede. Nobody has placed anything yet. */
async function onCommonPicture(page: Page): Promise<{ workshop: WorkshopPage; picture: CommonPicturePage }> {
  const start = new StartPage(page);
  await start.goto();
  const workshop = await start.createWorkshop('Netværksmøde i Nørreparken');
  await workshop.addOrganisation('Café Nord', 'Erhvervsdrivende');
  await workshop.addOrganisation('Skolen', 'Kommunale institutioner');
  await expect(workshop.organisationNameFields()).toHaveCount(2);
  await workshop.addCustomValue('Tryghed');
  await expect.poll(() => workshop.customValueNames()).toEqual(['Tryghed']);
  await workshop.goToPhase('Det fælles billede');
  const picture = new CommonPicturePage(page);
  await expect(picture.heading).toBeVisible();
  return { workshop, picture };
}

test.describe('Det fælles billede', () => {
  test('before the reveal it says the sections are hidden; "Vis alle felter" shows them, and undo hides them again', async ({ page }) => {
    const { workshop, picture } = await onCommonPicture(page);
    await expect(picture.hiddenHeading).toBeVisible();
    await expect(page.getByText('Lige nu kan hver organisation kun se sit eget felt.')).toBeVisible();
    await expect(picture.sharedGroup).toHaveCount(0);
    await expect(picture.keyPoints).toHaveCount(0);

    await picture.reveal();
    await expect(page.getByRole('status')).toHaveText('Alle felter er nu synlige for alle.');

    await workshop.undoButton.click();
    await expect(picture.hiddenHeading).toBeVisible();
    await workshop.redoButton.click();
    await expect(picture.sharedGroup).toBeVisible();
  });

  test('with nothing placed: every value at zero, nothing shared, five prompts on screen', async ({ page }) => {
    const { picture } = await onCommonPicture(page);
    await picture.reveal();

    await expect(picture.sharedGroup).toContainText('Ingen værdi er lagt af mere end én organisation endnu.');
    await expect(picture.singleGroup).toHaveCount(0);
    expect(await picture.valueNames(picture.unplacedGroup)).toEqual([...CORE_VALUE_NAMES, 'Tryghed']);
    await expect(picture.unplacedGroup.getByRole('listitem')).toHaveCount(6);
    for (const item of await picture.unplacedGroup.getByRole('listitem').all()) await expect(item).toContainText('0 af 2 organisationer');
    // Organisations, shared, single, none.
    await expect(picture.stats).toHaveText(['2', '0', '0', '6']);

    await expect(picture.prompts).toHaveCount(5);
    await expect(picture.prompts.first()).toHaveText('Hvad overrasker jer, når I ser billedet samlet?');
  });

  test('the facilitator’s key points are kept as typed, survive a reload, undo, and a long paste is cut with a message', async ({ page }) => {
    const { workshop, picture } = await onCommonPicture(page);
    await picture.reveal();

    await picture.keyPoints.fill('Alle vil gerne nå flere unge.\n- Caféen og skolen kan dele lokaler');
    await expect(page.getByText('65 af 2.000 tegn')).toBeVisible();
    await workshop.reload();
    await expect(picture.keyPoints).toHaveValue('Alle vil gerne nå flere unge.\n- Caféen og skolen kan dele lokaler');

    await picture.keyPoints.fill('æ'.repeat(2100));
    await expect(picture.keyPoints).toHaveValue('æ'.repeat(2000));
    await expect(picture.keyPointsRegion.getByRole('alert')).toHaveText('Pointerne må højst fylde 2.000 tegn. Resten er skåret fra.');
    await expect(page.getByText('2.000 af 2.000 tegn')).toBeVisible();

    // Undo (the toolbar, outside the field) brings back the text from before the paste.
    await workshop.undoButton.click();
    await expect(picture.keyPoints).toHaveValue('Alle vil gerne nå flere unge.\n- Caféen og skolen kan dele lokaler');
    await expect(picture.keyPointsRegion.getByRole('alert')).toHaveCount(0);
  });

  test('with placed pieces: shared values first with counts, "Kun …" for one holder, examples side by side, most-important picks', async ({ page }) => {
    const { workshop, picture } = await onCommonPicture(page);
    await workshop.goToPhase('Forberedelse');
    await workshop.addOrganisation('Beboerforeningen', 'Beboerdrevne foreninger');
    await expect(workshop.organisationNameFields()).toHaveCount(3);

    // The pieces are placed on the board (Værdispillet), as in the workshop.
    const board = await BoardPage.open(workshop);
    await board.choosePlacingNow('Café Nord');
    await board.clickToPlace('Bredere målgruppe');
    await board.writeExample('Bredere målgruppe', 'Forældre fra skolen kommer i caféen');
    await board.markMostImportant('Bredere målgruppe');
    await board.clickToPlace('Øget faglighed');
    await board.choosePlacingNow('Skolen');
    await board.clickToPlace('Adgang til flere ressourcer');
    await board.markMostImportant('Adgang til flere ressourcer');
    await board.clickToPlace('Bredere målgruppe');
    await board.writeExample('Bredere målgruppe', 'Flere familier til vores arrangementer');
    await board.choosePlacingNow('Beboerforeningen');
    await board.clickToPlace('Øget faglighed');
    await board.clickToPlace('Bredere målgruppe');

    await workshop.goToPhase('Det fælles billede');
    await picture.reveal();
    expect(await picture.valueNames(picture.sharedGroup)).toEqual(['Bredere målgruppe', 'Øget faglighed']);
    expect(await picture.valueNames(picture.singleGroup)).toEqual(['Adgang til flere ressourcer']);
    expect(await picture.valueNames(picture.unplacedGroup)).toEqual(['Stærkere samarbejdsgrundlag', 'Større socialt ansvar', 'Tryghed']);
    await expect(picture.stats).toHaveText(['3', '2', '1', '3']);

    const reach = picture.valueCard('Bredere målgruppe');
    await expect(reach).toContainText('3 af 3 organisationer');
    await expect(reach).toContainText('Vigtigst for: Café Nord');
    const examples = reach.getByRole('list', { name: 'Eksempler på Bredere målgruppe' }).getByRole('listitem');
    // Long names carry soft hyphens (where they may break); what they say is read without them.
    await expect.poll(async () => (await examples.allTextContents()).map((text) => text.replaceAll('\u00AD', ''))).toEqual([
      expect.stringMatching(/^Café Nord, Erhvervsdrivende\s*★\s*Vigtigst for Café Nord\s*Forældre fra skolen kommer i caféen$/),
      expect.stringMatching(/^Skolen, Kommunale institutioner\s*Flere familier til vores arrangementer$/),
      expect.stringMatching(/^Beboerforeningen, Beboerdrevne foreninger\s*Intet eksempel skrevet\.$/),
    ]);
    await expect(picture.valueCard('Øget faglighed')).toContainText('2 af 3 organisationer');
    const single = picture.valueCard('Adgang til flere ressourcer');
    await expect(single).toContainText('1 af 3 organisationer');
    await expect(single).toContainText('Kun Skolen');
    await expect(single).toContainText('Vigtigst for: Skolen');

    await expectNoSeriousA11yViolations(page, 'common picture with placed pieces');
    await new ProjectorToggle(page).enter();
    await expect(picture.valueCard('Bredere målgruppe')).toBeVisible();
    await expectNoSeriousA11yViolations(page, 'common picture with placed pieces, projector');
  });

  test('a warm-up value placed with an example shows like any other value, and the counts include the warm-up’s pieces', async ({ page }) => {
    const start = new StartPage(page);
    await start.goto();
    const workshop = await start.createWorkshop('Opvarmet netværksmøde');
    await workshop.warmUpCheckbox.check();
    await workshop.addOrganisation('Café Nord', 'Erhvervsdrivende');
    await workshop.addOrganisation('Ældresagen', 'Frivillige organisationer');
    await expect(workshop.organisationNameFields()).toHaveCount(2);

    // The warm-up's answers become three pieces beside the five values.
    await workshop.goToPhase('Opvarmning');
    const warmUp = new WarmUpPage(page);
    await warmUp.addAnswer('Café Nord', 'Glæde');
    await warmUp.addAnswer('Café Nord', 'Nye kunder');
    await warmUp.addAnswer('Ældresagen', 'Ro i området');
    await expect.poll(() => warmUp.pieceNames()).toEqual(['Glæde', 'Nye kunder', 'Ro i området']);

    // Both place "Glæde", Café Nord with an example; nobody places the other two.
    const board = await BoardPage.open(workshop);
    await board.choosePlacingNow('Café Nord');
    await board.clickToPlace('Glæde');
    await board.writeExample('Glæde', 'Vi griner mere, når Ældresagen holder kaffe hos os');
    await board.clickToPlace('Bredere målgruppe');
    await board.choosePlacingNow('Ældresagen');
    await board.clickToPlace('Glæde');

    await workshop.goToPhase('Det fælles billede');
    const picture = new CommonPicturePage(page);
    await picture.reveal();
    expect(await picture.valueNames(picture.sharedGroup)).toEqual(['Glæde']);
    expect(await picture.valueNames(picture.singleGroup)).toEqual(['Bredere målgruppe']);
    expect(await picture.valueNames(picture.unplacedGroup)).toEqual([
      'Øget faglighed',
      'Stærkere samarbejdsgrundlag',
      'Større socialt ansvar',
      'Adgang til flere ressourcer',
      'Nye kunder',
      'Ro i området',
    ]);
    // Organisations, shared, single, nobody's: the two warm-up pieces nobody placed are counted.
    await expect(picture.stats).toHaveText(['2', '1', '1', '6']);
    const joy = picture.valueCard('Glæde');
    await expect(joy).toContainText('2 af 2 organisationer');
    await expect(joy.getByRole('list', { name: 'Eksempler på Glæde' }).getByRole('listitem')).toHaveText([
      /^Café Nord, Erhvervsdrivende\s*Vi griner mere, når Ældresagen holder kaffe hos os$/,
      /^Ældresagen, Frivillige organisationer\s*Intet eksempel skrevet\.$/,
    ]);

    // The whole puzzle: a column per value in play, the warm-up's last, each with how many placed it, and a
    // row per organisation with its pieces in their slots.
    const puzzle = page.getByRole('region', { name: 'Hele puslespillet' }).getByRole('table');
    // A head's name may carry soft hyphens where its column is narrow.
    const head = (name: string, count: number) => new RegExp(`^${[...name].join('\u00AD?')}\\s*${count} af 2$`, 'u');
    await expect(puzzle.getByRole('columnheader')).toHaveText([
      'Organisation',
      head('Bredere målgruppe', 1),
      head('Øget faglighed', 0),
      head('Stærkere samarbejdsgrundlag', 0),
      head('Større socialt ansvar', 0),
      head('Adgang til flere ressourcer', 0),
      head('Glæde', 2),
      head('Nye kunder', 0),
      head('Ro i området', 0),
    ]);
    await expect(puzzle.getByRole('row', { name: /^Café Nord/ }).getByRole('cell')).toHaveText(['lagt', 'tom', 'tom', 'tom', 'tom', 'lagt', 'tom', 'tom']);
    await expect(puzzle.getByRole('row', { name: /^Ældresagen/ }).getByRole('cell')).toHaveText(['tom', 'tom', 'tom', 'tom', 'tom', 'lagt', 'tom', 'tom']);
  });

  test('on the projector the key points are shown read only, with large type', async ({ page }) => {
    const { picture } = await onCommonPicture(page);
    await picture.reveal();
    await picture.keyPoints.fill('Fælles sommerfest i august');
    await new ProjectorToggle(page).enter();
    await expect(picture.keyPoints).toHaveCount(0);
    await expect(picture.keyPointsRegion).toContainText('Fælles sommerfest i august');
    await expect(page.getByRole('textbox')).toHaveCount(0);
    const size = await picture.prompts.first().evaluate((element) => Number.parseFloat(getComputedStyle(element).fontSize));
    expect(size).toBeGreaterThanOrEqual(20);
  });

  for (const viewport of [
    { name: 'projector 1920×1080', size: { width: 1920, height: 1080 }, isProjector: true },
    { name: 'laptop 1920×1080', size: { width: 1920, height: 1080 }, isProjector: false },
    { name: 'tablet 820×1180', size: { width: 820, height: 1180 }, isProjector: false },
  ]) {
    test.describe(viewport.name, () => {
      test.use({ viewport: viewport.size });

      test('has no serious accessibility problems, hidden and revealed, and nothing runs off the side', async ({ page }) => {
        const { picture } = await onCommonPicture(page);
        if (viewport.isProjector) await new ProjectorToggle(page).enter();
        await expectNoSeriousA11yViolations(page, `${viewport.name}, hidden`);
        await picture.reveal();
        if (!viewport.isProjector) await picture.keyPoints.fill('Fælles sommerfest i august');
        await expectNoSeriousA11yViolations(page, `${viewport.name}, revealed`);
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
        expect(overflow).toBeLessThanOrEqual(0);
      });
    });
  }
});
