import { expect, test, type Page } from '@playwright/test';
import { centreOf } from './drag.ts';
import { BoardPage, hiddenRow } from './pages/board-page.ts';
import { StartPage } from './pages/start-page.ts';
import { CORE_VALUE_NAMES } from './pages/sunshine-page.ts';
import type { WorkshopPage } from './pages/workshop-page.ts';

/*
 * Værdispillet with bad or awkward input: a locked board, a pasted essay, hurried double taps and
 * repeated drops, and a workshop far bigger than usual.
 */

const [BREDERE, FAGLIGHED, SAMARBEJDE, ANSVAR, RESSOURCER] = CORE_VALUE_NAMES;
const BIBLIOTEKET = 'Biblioteket';
const NETTO = 'Netto';
const LOCKED = 'Spillepladen er låst af facilitatoren. Vent, til den bliver låst op.';
const DESKTOP = { width: 1920, height: 1080 };
const TABLET = { viewport: { width: 820, height: 1180 }, hasTouch: true, isMobile: true };

async function newGame(page: Page, title: string): Promise<{ workshop: WorkshopPage; board: BoardPage }> {
  const start = new StartPage(page);
  await start.goto();
  const workshop = await start.createWorkshop(title);
  await workshop.addOrganisation(BIBLIOTEKET, 'Kommunale institutioner');
  await workshop.addOrganisation(NETTO, 'Erhvervsdrivende');
  await expect(workshop.organisationNameFields()).toHaveCount(2);
  return { workshop, board: await BoardPage.open(workshop) };
}

/** Exactly `placed` are on the board and in the list, once each, and every other piece is in the tray. */
async function expectPieces(board: BoardPage, placed: string[]): Promise<void> {
  expect(await board.placedValues()).toEqual(placed);
  await expect(board.filledSlots()).toHaveCount(placed.length);
  for (const value of placed) await board.expectSlot(value, 'lagt');
  expect(await board.trayValues()).toEqual(CORE_VALUE_NAMES.filter((value) => !placed.includes(value)));
}

test.describe('A locked board', () => {
  test.use({ viewport: DESKTOP });

  test('refuses a drag and a tap-to-place with the reason, and places nothing', async ({ page }) => {
    const { board } = await newGame(page, 'Låst plade');
    await board.clickToPlace(BREDERE);
    await board.writeExample(BREDERE, 'Skrevet før låsen.');
    await board.lockButton.click();
    await expect(board.unlockButton).toHaveAttribute('aria-pressed', 'true');
    await expect(board.lockedBanner).toBeVisible();
    await expect(board.announcement).toHaveText('Pladen er låst.');

    await board.dragByMouse(FAGLIGHED);
    await expect(board.refusal).toHaveText(LOCKED);
    await board.expectInTray(FAGLIGHED);

    await board.trayPiece(ANSVAR).click();
    await expect(board.trayPiece(ANSVAR)).toHaveAttribute('aria-pressed', 'true');
    await expect(board.refusal).toHaveCount(0);
    await board.slot(ANSVAR).click();
    await expect(board.refusal).toHaveText(LOCKED);
    await board.expectInTray(ANSVAR);
    await expectPieces(board, [BREDERE]);

    // What lies on the board cannot be changed either.
    await expect(board.example(BREDERE)).not.toBeEditable();
    await expect(board.mostImportantButton(BREDERE)).toBeDisabled();
    await expect(board.takeBackButton(BREDERE)).toBeDisabled();
    await expect(board.example(BREDERE)).toHaveValue('Skrevet før låsen.');

    await board.unlockButton.click();
    await expect(board.lockedBanner).toHaveCount(0);
    await board.slot(ANSVAR).click();
    await board.expectPlaced(ANSVAR);
    await expectPieces(board, [BREDERE, ANSVAR]);
  });

  test.describe('on a tablet', () => {
    test.use(TABLET);

    test('refuses a tapped piece on its tapped slot', async ({ page }) => {
      const { board } = await newGame(page, 'Låst plade på tablet');
      await board.lockButton.tap();
      await expect(board.lockedBanner).toBeVisible();
      await board.tapToPlace(RESSOURCER);
      await expect(board.refusal).toHaveText(LOCKED);
      await board.expectInTray(RESSOURCER);
      await expectPieces(board, []);
    });
  });
});

test.describe('A long example', () => {
  test.use({ viewport: DESKTOP });

  test('10,000 pasted characters are cut to 280, with a message, and stay cut after a reload', async ({ page }) => {
    const { workshop, board } = await newGame(page, 'Lang tekst');
    await board.clickToPlace(SAMARBEJDE);
    const essay = Array.from({ length: 10_000 }, (_, index) => 'abcdefghijklmnopqrstuvwxyzæøå '[index % 30]).join('');
    expect(essay).toHaveLength(10_000);

    await board.example(SAMARBEJDE).fill(essay);
    await expect(board.example(SAMARBEJDE)).toHaveValue(essay.slice(0, 280));
    await expect(board.placedItem(SAMARBEJDE).getByRole('status')).toHaveText('Teksten var for lang og er kortet ned til 280 tegn.');
    await expect(board.exampleCounter(SAMARBEJDE)).toHaveText('280 af 280 tegn');

    // Typing at the limit adds nothing.
    await board.example(SAMARBEJDE).press('End');
    await board.example(SAMARBEJDE).pressSequentially('xyz');
    await expect(board.example(SAMARBEJDE)).toHaveValue(essay.slice(0, 280));
    await expect(board.exampleCounter(SAMARBEJDE)).toHaveText('280 af 280 tegn');

    await workshop.reload();
    await board.waitUntilShown();
    await expect(board.example(SAMARBEJDE)).toHaveValue(essay.slice(0, 280));
    await expect(board.exampleCounter(SAMARBEJDE)).toHaveText('280 af 280 tegn');
  });
});

test.describe('Hurried hands', () => {
  test.describe('on a tablet', () => {
    test.use(TABLET);

    test('a double tap on the slot after choosing a piece places it once', async ({ page }) => {
      const { board } = await newGame(page, 'Dobbelttryk');
      await board.trayPiece(FAGLIGHED).tap();
      await expect(board.trayPiece(FAGLIGHED)).toHaveAttribute('aria-pressed', 'true');
      const slot = await centreOf(board.slot(FAGLIGHED));
      // Two taps straight after each other, with no waiting for the page in between.
      await page.touchscreen.tap(slot.x, slot.y);
      await page.touchscreen.tap(slot.x, slot.y);
      await board.expectPlaced(FAGLIGHED);
      await expectPieces(board, [FAGLIGHED]);
      await expect(board.refusal).toHaveCount(0);

      // And a double tap on a piece chooses it and lets go again: nothing is chosen, nothing placed.
      const piece = await centreOf(board.trayPiece(ANSVAR));
      await page.touchscreen.tap(piece.x, piece.y);
      await page.touchscreen.tap(piece.x, piece.y);
      await expect(board.trayPiece(ANSVAR)).toHaveAttribute('aria-pressed', 'false');
      await board.slot(ANSVAR).tap();
      await expectPieces(board, [FAGLIGHED]);
    });
  });

  test.describe('with a mouse', () => {
    test.use({ viewport: DESKTOP });

    test('a double click on the slot places the piece once', async ({ page }) => {
      const { board } = await newGame(page, 'Dobbeltklik');
      await board.trayPiece(RESSOURCER).click();
      await board.slot(RESSOURCER).dblclick();
      await board.expectPlaced(RESSOURCER);
      await expectPieces(board, [RESSOURCER]);
      await expect(board.refusal).toHaveCount(0);
    });

    test('the same drop made twice in a row neither doubles nor loses a piece', async ({ page }) => {
      const { board } = await newGame(page, 'Dobbelt træk');
      await board.trayPiece(BREDERE).scrollIntoViewIfNeeded();
      const from = await centreOf(board.trayPiece(BREDERE));
      const to = await centreOf(board.slot(BREDERE));
      await board.dragByMouse(BREDERE);
      // At once the same gesture again: the tray has closed up, so whatever now lies there is dragged
      // to Bredere målgruppe's filled slot, which takes no second piece.
      await page.mouse.move(from.x, from.y);
      await page.mouse.down();
      for (const share of [0.1, 0.4, 0.7, 1]) await page.mouse.move(from.x + (to.x - from.x) * share, from.y + (to.y - from.y) * share);
      await page.mouse.up();
      await board.expectPlaced(BREDERE);
      await expectPieces(board, [BREDERE]);
    });

    test('a piece dropped twice with the keyboard lands once', async ({ page }) => {
      const { board } = await newGame(page, 'Dobbelt mellemrum');
      await board.trayPiece(ANSVAR).focus();
      await page.keyboard.press('Space');
      await expect(board.dragAnnouncement).toContainText(`Du har samlet brikken ${ANSVAR} op.`);
      await board.keyboardDragReady();
      await page.keyboard.press('ArrowUp');
      await expect(board.dragAnnouncement).toContainText(`Brikken ${ANSVAR} er over pladsen for ${ANSVAR}.`);
      // Space to drop, and again straight away (a bouncing key), then Enter for good measure.
      await page.keyboard.press('Space');
      await page.keyboard.press('Space');
      await page.keyboard.press('Enter');
      await board.expectPlaced(ANSVAR);
      await expectPieces(board, [ANSVAR]);
    });
  });
});

test.describe('A big workshop: 30 organisations × 10 values', () => {
  const ORGANISATIONS = Array.from({ length: 30 }, (_, index) => `Organisation ${index + 1}`);
  const CUSTOM = Array.from({ length: 5 }, (_, index) => `Egen værdi ${index + 1}`);
  const LAST_CUSTOM = 'Egen værdi 5';

  /** Adds the values and organisations through Forberedelse, as a facilitator would. */
  async function bigGame(page: Page): Promise<BoardPage> {
    const start = new StartPage(page);
    await start.goto();
    const workshop = await start.createWorkshop('Stort netværk');
    for (const name of CUSTOM) await workshop.addCustomValue(name);
    await expect.poll(() => workshop.customValueNames()).toEqual(CUSTOM);
    for (const name of ORGANISATIONS) await workshop.addOrganisation(name, 'Frivillige organisationer');
    await expect.poll(() => workshop.organisationNames()).toEqual(ORGANISATIONS);
    const board = await BoardPage.open(workshop);
    expect(await board.valueNames()).toEqual([...CORE_VALUE_NAMES, ...CUSTOM]);
    await expect(board.board.getByRole('rowheader')).toHaveCount(30);
    return board;
  }

  test('at 1920×1080 the 30th organisation drags a piece into its row', async ({ page }) => {
    test.setTimeout(150_000);
    await page.setViewportSize(DESKTOP);
    const board = await bigGame(page);

    await board.choosePlacingNow('Organisation 30');
    await expect(board.trayPieces()).toHaveCount(10);
    await board.placeByMouse(LAST_CUSTOM);
    await board.placeByMouse(ANSVAR);
    expect(await board.placedValues()).toEqual([LAST_CUSTOM, ANSVAR]);
    await expect(board.filledSlots()).toHaveCount(2);
    await board.writeExample(LAST_CUSTOM, 'Det virker også i et stort netværk.');

    // The first organisation sees the 30th's pieces as hidden, and none of its own.
    await board.choosePlacingNow('Organisation 1');
    expect(await board.placedValues()).toEqual([]);
    const last = await board.rowCellTexts('Organisation 30');
    expect(last).toEqual([hiddenRow(2)]);
    expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
  });

  test('a piece let go on the docked tray goes back to it, even over its own slot hidden beneath', async ({ page }) => {
    test.setTimeout(150_000);
    await page.setViewportSize(DESKTOP);
    const board = await bigGame(page);
    await board.choosePlacingNow('Organisation 30');
    const piece = board.trayPiece(ANSVAR);
    await piece.hover({ trial: true });

    // Scroll until the 30th row lies under the tray, which stays docked at the bottom of the screen.
    const slotBox = await board.slot(ANSVAR).boundingBox();
    const trayBox = await board.tray.boundingBox();
    if (!slotBox || !trayBox) throw new Error('slot or tray not laid out');
    await page.evaluate((by) => window.scrollBy(0, by), slotBox.y + slotBox.height / 2 - (trayBox.y + trayBox.height / 2));
    const hidden = await centreOf(board.slot(ANSVAR));
    const isUnderTray = await board.tray.evaluate((tray, point) => tray.contains(document.elementFromPoint(point.x, point.y)), hidden);
    expect(isUnderTray, 'the slot lies under the docked tray').toBe(true);

    // The person sees only the tray there: picking the piece up and putting it down in the tray.
    await board.dragByMouseTo(ANSVAR, hidden);
    await expect(board.announcement).toHaveText(`${ANSVAR} gled tilbage i bakken.`);
    await board.expectInTray(ANSVAR);
    expect(await board.placedValues()).toEqual([]);
    await expect(board.refusal).toHaveCount(0);
  });

  test('on a narrow screen the board scrolls sideways inside its region, not the page', async ({ page }) => {
    test.setTimeout(150_000);
    await page.setViewportSize({ width: 600, height: 1000 });
    const board = await bigGame(page);

    const sizes = await board.board.evaluate((region) => ({
      content: region.scrollWidth,
      shown: region.clientWidth,
      right: region.getBoundingClientRect().right,
    }));
    expect(sizes.content, 'ten columns do not fit in 600 px').toBeGreaterThan(sizes.shown);
    expect(sizes.right).toBeLessThanOrEqual(600);
    expect(await page.evaluate(() => document.documentElement.scrollWidth), 'the page itself does not scroll sideways').toBeLessThanOrEqual(600);

    // The last column is reached by scrolling the board, and a piece can be placed there.
    await board.choosePlacingNow('Organisation 30');
    await board.clickToPlace(LAST_CUSTOM);
    expect(await board.board.evaluate((region) => region.scrollLeft)).toBeGreaterThan(0);
    expect(await board.placedValues()).toEqual([LAST_CUSTOM]);
  });
});
