import { expect, test, type Page } from '@playwright/test';
import { expectNoSeriousA11yViolations } from './axe.ts';
import { bringIntoReach, tabTo, touchSwipe } from './drag.ts';
import { BoardPage, HIDDEN_TEXT, hiddenRow } from './pages/board-page.ts';
import { ProjectorToggle } from './pages/projector.ts';
import { StartPage } from './pages/start-page.ts';
import { CORE_VALUE_NAMES } from './pages/sunshine-page.ts';
import type { WorkshopPage } from './pages/workshop-page.ts';

/*
 * Værdispillet played as a new user would: a round by mouse, by touch, by keyboard only and by
 * tap-to-place; hidden rows and the reveal; a reload in the middle of a round; axe on the board.
 */

const [BREDERE, FAGLIGHED, SAMARBEJDE, ANSVAR, RESSOURCER] = CORE_VALUE_NAMES;
const BIBLIOTEKET = 'Biblioteket';
const NETTO = 'Netto';

const DESKTOP = { width: 1920, height: 1080 };
const TABLET = { viewport: { width: 820, height: 1180 }, hasTouch: true, isMobile: true };

/** A new workshop with Biblioteket and Netto, opened at Værdispillet. */
async function newGame(page: Page, title: string): Promise<{ workshop: WorkshopPage; board: BoardPage }> {
  const start = new StartPage(page);
  await start.goto();
  const workshop = await start.createWorkshop(title);
  await workshop.addOrganisation(BIBLIOTEKET, 'Kommunale institutioner');
  await workshop.addOrganisation(NETTO, 'Erhvervsdrivende');
  await expect(workshop.organisationNameFields()).toHaveCount(2);
  const board = await BoardPage.open(workshop);
  expect(board.organisation, 'the first organisation places first').toBe(BIBLIOTEKET);
  return { workshop, board };
}

test.describe('A round by mouse, 1920×1080', () => {
  test.use({ viewport: DESKTOP });

  test('an example typed the moment its piece is dropped is kept, round after round, and after a reload', async ({ page }) => {
    test.setTimeout(180_000);
    const { board, workshop } = await newGame(page, 'Hurtige eksempler');
    for (let round = 1; round <= 6; round += 1) {
      for (const value of [BREDERE, FAGLIGHED]) {
        await board.placeByMouse(value);
        await board.writeExample(value, `Runde ${round}: ${value}`);
      }
      // Read again a moment later: nothing typed is taken back by the board catching up.
      await page.waitForTimeout(200);
      for (const value of [BREDERE, FAGLIGHED]) await expect(board.example(value)).toHaveValue(`Runde ${round}: ${value}`);
      if (round < 6) for (const value of [BREDERE, FAGLIGHED]) await board.takeBack(value);
    }
    await workshop.reload();
    await board.waitUntilShown();
    for (const value of [BREDERE, FAGLIGHED]) await expect(board.example(value)).toHaveValue(`Runde 6: ${value}`);
  });

  test('two organisations drag their pieces, write examples, mark one and take one back', async ({ page }) => {
    const { board } = await newGame(page, 'Musens runde');
    await expect(board.trayPieces()).toHaveCount(5);
    await expect(page.getByText('Ingen brikker lagt endnu.')).toBeVisible();

    for (const value of [BREDERE, FAGLIGHED, ANSVAR]) await board.placeByMouse(value);
    expect(await board.placedValues()).toEqual([BREDERE, FAGLIGHED, ANSVAR]);
    expect(await board.trayValues()).toEqual([SAMARBEJDE, RESSOURCER]);
    await expect(board.filledSlots()).toHaveCount(3);

    await board.writeExample(BREDERE, 'Netto sender nye borgere videre til bibliotekets sprogcafé.');
    await board.writeExample(FAGLIGHED, 'Vi lærer af Nettos kundeservice.');
    await board.writeExample(ANSVAR, 'Sammen holder vi lektiecafé for børn i området.');
    await expect(board.exampleCounter(FAGLIGHED)).toHaveText('32 af 280 tegn');

    await board.markMostImportant(BREDERE);
    await expect(board.placedItem(BREDERE).getByText('★ Vigtigst', { exact: true })).toBeVisible();
    await expect(board.mostImportantButton(FAGLIGHED)).toHaveAttribute('aria-pressed', 'false');
    // Only one piece can be the most important: marking another moves the mark.
    await board.markMostImportant(ANSVAR);
    await expect(board.mostImportantButton(BREDERE)).toHaveAttribute('aria-pressed', 'false');

    await board.takeBack(FAGLIGHED);
    await expect(board.announcement).toHaveText(`${FAGLIGHED} er lagt tilbage i bakken.`);
    expect(await board.trayValues(), 'the piece is back in the tray, in its place').toEqual([FAGLIGHED, SAMARBEJDE, RESSOURCER]);
    expect(await board.placedValues()).toEqual([BREDERE, ANSVAR]);
    await expect(board.example(BREDERE)).toHaveValue('Netto sender nye borgere videre til bibliotekets sprogcafé.');
    // A piece taken back can be placed again, with an empty example.
    await board.placeByMouse(FAGLIGHED);
    await expect(board.example(FAGLIGHED)).toHaveValue('');

    await board.choosePlacingNow(NETTO);
    await expect(board.trayPieces()).toHaveCount(5);
    await expect(page.getByText('Ingen brikker lagt endnu.')).toBeVisible();
    for (const value of [SAMARBEJDE, RESSOURCER, BREDERE]) await board.placeByMouse(value);
    await board.writeExample(RESSOURCER, 'Biblioteket låner os lokaler til kurser.');
    await board.markMostImportant(RESSOURCER);
    expect(await board.placedValues()).toEqual([SAMARBEJDE, RESSOURCER, BREDERE]);
    await expect(board.filledSlots(NETTO)).toHaveCount(3);
    // Biblioteket's three pieces are still on the board, hidden from Netto.
    expect(await board.rowCellTexts(BIBLIOTEKET)).toEqual([hiddenRow(3)]);

    await board.choosePlacingNow(BIBLIOTEKET);
    expect(await board.placedValues()).toEqual([BREDERE, ANSVAR, FAGLIGHED]);
    await expect(board.mostImportantButton(ANSVAR)).toHaveAttribute('aria-pressed', 'true');
  });

  test('when the board moves without the app knowing (a late font, a browser bar), the next drag still lands in its slot', async ({ page }) => {
    const { board } = await newGame(page, 'Flyttet bræt');
    await board.placeByMouse(BREDERE);
    // Something outside the app's knowledge pushes the board 90 px down; the slots were last measured
    // after the drop, and nothing on the board has changed since.
    await page.locator('.value-game').evaluate((game) => {
      const spacer = document.createElement('div');
      spacer.style.height = '90px';
      game.prepend(spacer);
    });
    // Let go low in the slot: measured before the board moved, the slot would end above this point.
    // The point is read once the piece is in reach (the drag would otherwise scroll it away first) and
    // the board has fitted itself to the space left (it sizes its rows to the screen): two frames alike.
    await board.trayPiece(FAGLIGHED).hover({ trial: true });
    const boxAfterFrames = async () => {
      await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
      return JSON.stringify(await board.slot(FAGLIGHED).boundingBox());
    };
    let box = await boxAfterFrames();
    for (let next = await boxAfterFrames(); next !== box; next = await boxAfterFrames()) box = next;
    const slot = JSON.parse(box) as { x: number; y: number; width: number; height: number } | null;
    if (!slot) throw new Error('the slot is not on screen');
    await board.dragByMouseTo(FAGLIGHED, { x: slot.x + slot.width / 2, y: slot.y + slot.height * 0.95 });
    await board.expectPlaced(FAGLIGHED);
    expect(await board.placedValues()).toEqual([BREDERE, FAGLIGHED]);
  });

  test('a drop outside every slot, or on another value’s slot, leaves the piece in the tray', async ({ page }) => {
    const { board } = await newGame(page, 'Forkerte træk');

    // Let go over the intro text, away from the board.
    await board.dragByMouseTo(BREDERE, page.getByText(/^Hver organisation lægger de brikker/));
    await expect(board.announcement).toHaveText(`${BREDERE} gled tilbage i bakken.`);
    await board.expectInTray(BREDERE);
    await expect(board.refusal).toHaveCount(0);

    // Netto's row is not Biblioteket's: its cells take no drops.
    await board.dragByMouseTo(BREDERE, board.row(NETTO).getByRole('cell').first());
    await expect(board.announcement).toHaveText(`${BREDERE} gled tilbage i bakken.`);
    await board.expectInTray(BREDERE);

    await board.dragByMouse(BREDERE, FAGLIGHED);
    await expect(board.refusal).toHaveText('Brikken passer ikke her. Hver brik har sin egen plads i jeres felt.');
    await board.expectInTray(BREDERE);
    await board.expectSlot(FAGLIGHED, 'tom');
    expect(await board.placedValues()).toEqual([]);
    await expect(board.trayPieces()).toHaveCount(5);

    // The right slot works, and the refusal goes away.
    await board.placeByMouse(BREDERE);
    await expect(board.refusal).toHaveCount(0);
  });
});

test.describe('A round by touch, tablet 820×1180', () => {
  test.use(TABLET);

  test('a piece held and dragged lands in its slot, and the page does not scroll meanwhile', async ({ page }) => {
    const { board } = await newGame(page, 'Fingerens runde');

    for (const value of [BREDERE, SAMARBEJDE, RESSOURCER]) {
      await bringIntoReach(board.trayPiece(value), board.slot(value));
      const before = await page.evaluate(() => ({ y: window.scrollY, room: document.documentElement.scrollHeight - window.innerHeight }));
      expect(before.room, 'the page is taller than the screen, so a drag could scroll it').toBeGreaterThan(before.y + 20);
      await board.placeByTouch(value);
      expect(await page.evaluate(() => window.scrollY), 'scroll position after dragging ' + value).toBe(before.y);
    }
    expect(await board.placedValues()).toEqual([BREDERE, SAMARBEJDE, RESSOURCER]);
    await expect(board.filledSlots()).toHaveCount(3);

    await board.example(SAMARBEJDE).tap();
    await board.writeExample(SAMARBEJDE, 'Vi holder fælles møder hver måned.');
    await board.mostImportantButton(SAMARBEJDE).tap();
    await expect(board.mostImportantButton(SAMARBEJDE)).toHaveAttribute('aria-pressed', 'true');
    await board.takeBackButton(RESSOURCER).tap();
    await board.expectInTray(RESSOURCER);
  });

  test('a quick swipe over a piece scrolls instead of picking the piece up', async ({ page }) => {
    const { board } = await newGame(page, 'Hurtigt strøg');
    const piece = board.trayPiece(FAGLIGHED);
    await bringIntoReach(piece, board.slot(FAGLIGHED));
    const slot = await board.slot(FAGLIGHED).boundingBox();
    const from = await piece.boundingBox();
    if (!slot || !from) throw new Error('piece or slot not on screen');
    const scrollY = () => page.evaluate(() => window.scrollY);
    const before = await scrollY();
    const room = await page.evaluate(() => document.documentElement.scrollHeight - window.innerHeight);
    expect(room, 'the page can scroll down').toBeGreaterThan(before + 20);

    // Straight up to the piece's own slot with no hold: had it been a drag, the piece would land there.
    await touchSwipe(page, piece, { x: slot.x - from.x, y: slot.y - from.y }, 5);
    // The swipe reached the page as a gesture: it scrolled (so its not placing anything means something).
    await expect.poll(scrollY, { message: 'the swipe scrolls the page' }).toBeGreaterThan(before);
    await board.expectInTray(FAGLIGHED);
    await expect(board.dragAnnouncement).not.toContainText('Du har samlet brikken');
    await expect(board.trayPieces()).toHaveCount(5);
    await expect(board.filledSlots()).toHaveCount(0);
    await expect(piece, 'a swipe is not a tap: the piece is not chosen').toHaveAttribute('aria-pressed', 'false');

    // The same piece still takes a proper drag afterwards.
    await board.placeByTouch(FAGLIGHED);
  });
});

test.describe('A round by keyboard only', () => {
  test.use({ viewport: { width: 1280, height: 900 } });

  test('Tab, Space, arrows and Space place the pieces; Escape puts a piece back; examples are typed', async ({ page }) => {
    const { board } = await newGame(page, 'Tastaturets runde');
    const keys = page.keyboard;

    await board.placeByKeyboard(SAMARBEJDE);
    await board.placeByKeyboard(BREDERE);

    // Escape while carrying: the piece goes back to the tray.
    await tabTo(page, board.trayPiece(ANSVAR));
    await keys.press('Enter');
    await expect(board.dragAnnouncement).toContainText(`Du har samlet brikken ${ANSVAR} op.`);
    await board.keyboardDragReady();
    await keys.press('ArrowUp');
    await expect(board.dragAnnouncement).toContainText(`Brikken ${ANSVAR} er over pladsen for ${ANSVAR}.`);
    await keys.press('Escape');
    await expect(board.dragAnnouncement).toContainText(`Du fortrød. Brikken ${ANSVAR} ligger i bakken igen.`);
    await board.expectInTray(ANSVAR);
    await expect(board.trayPiece(ANSVAR)).toBeFocused();

    // Arrows move from slot to slot; a piece let go over another value's slot is refused.
    await keys.press('Space');
    await expect(board.dragAnnouncement).toContainText(`Du har samlet brikken ${ANSVAR} op.`);
    await board.keyboardDragReady();
    await keys.press('ArrowUp');
    await expect(board.dragAnnouncement).toContainText(`Brikken ${ANSVAR} er over pladsen for ${ANSVAR}.`);
    await keys.press('ArrowRight');
    await expect(board.dragAnnouncement).toContainText(`Brikken ${ANSVAR} er over pladsen for ${RESSOURCER}.`);
    await keys.press('Space');
    await expect(board.refusal).toHaveText('Brikken passer ikke her. Hver brik har sin egen plads i jeres felt.');
    await board.expectInTray(ANSVAR);
    // Each key after the announcement of the last, as a screen-reader user hears them.
    await keys.press('Space');
    await expect(board.dragAnnouncement).toContainText(`Du har samlet brikken ${ANSVAR} op.`);
    await board.keyboardDragReady();
    await keys.press('ArrowUp');
    await expect(board.dragAnnouncement).toContainText(`Brikken ${ANSVAR} er over pladsen for ${ANSVAR}.`);
    await keys.press('ArrowRight');
    await expect(board.dragAnnouncement).toContainText(`Brikken ${ANSVAR} er over pladsen for ${RESSOURCER}.`);
    await keys.press('ArrowLeft');
    await expect(board.dragAnnouncement).toContainText(`Brikken ${ANSVAR} er over pladsen for ${ANSVAR}.`);
    await keys.press('Enter');
    await board.expectPlaced(ANSVAR);

    await tabTo(page, board.example(BREDERE));
    await keys.type('Beboerne kommer til vores arrangementer.');
    await expect(board.example(BREDERE)).toHaveValue('Beboerne kommer til vores arrangementer.');
    await expect(board.exampleCounter(BREDERE)).toHaveText('40 af 280 tegn');
    await tabTo(page, board.mostImportantButton(BREDERE));
    await keys.press('Space');
    await expect(board.mostImportantButton(BREDERE)).toHaveAttribute('aria-pressed', 'true');
    await tabTo(page, board.takeBackButton(SAMARBEJDE));
    await keys.press('Enter');
    await board.expectInTray(SAMARBEJDE);
    expect(await board.placedValues()).toEqual([BREDERE, ANSVAR]);

    // Netto's turn, chosen with the keyboard in "Placerer nu".
    await tabTo(page, board.placingNow);
    await keys.press('ArrowDown');
    await expect(board.placingNow).toHaveValue(/.+/);
    await expect(page.getByRole('region', { name: `Brikker til ${NETTO}`, exact: true })).toBeVisible();
    board.organisation = NETTO;
    await board.placeByKeyboard(RESSOURCER);
    expect(await board.placedValues()).toEqual([RESSOURCER]);
  });
});

test.describe('Tap-to-place, tablet 820×1180', () => {
  test.use(TABLET);

  test('tap a piece, then its slot', async ({ page }) => {
    const { board } = await newGame(page, 'Tryk og læg');

    for (const value of [FAGLIGHED, ANSVAR, BREDERE]) {
      await board.tapToPlace(value);
      await board.expectPlaced(value);
      await expect(board.announcement).toHaveText(`${value} er lagt i feltet for ${BIBLIOTEKET}.`);
    }
    expect(await board.placedValues()).toEqual([FAGLIGHED, ANSVAR, BREDERE]);

    // Tapping the chosen piece again lets go of it; tapping a slot with nothing chosen does nothing.
    await board.trayPiece(RESSOURCER).tap();
    await expect(board.trayPiece(RESSOURCER)).toHaveAttribute('aria-pressed', 'true');
    await expect(board.announcement).toHaveText(`${RESSOURCER} er valgt. Tryk nu på dens plads i jeres række.`);
    await board.trayPiece(RESSOURCER).tap();
    await expect(board.trayPiece(RESSOURCER)).toHaveAttribute('aria-pressed', 'false');
    await board.slot(RESSOURCER).tap();
    await board.expectInTray(RESSOURCER);

    // The wrong slot is refused, and the piece stays chosen for the right one.
    await board.tapToPlace(SAMARBEJDE, RESSOURCER);
    await expect(board.refusal).toHaveText('Brikken passer ikke her. Hver brik har sin egen plads i jeres felt.');
    await expect(board.trayPiece(SAMARBEJDE)).toHaveAttribute('aria-pressed', 'true');
    await board.expectSlot(RESSOURCER, 'tom');
    await board.slot(SAMARBEJDE).tap();
    await board.expectPlaced(SAMARBEJDE);
    await expect(board.refusal).toHaveCount(0);

    await board.choosePlacingNow(NETTO);
    await board.tapToPlace(RESSOURCER);
    await board.expectPlaced(RESSOURCER);
    expect(await board.placedValues()).toEqual([RESSOURCER]);
  });
});

test.describe('Hidden until the reveal', () => {
  test.use({ viewport: DESKTOP });

  test('the others’ rows are hidden until "Vis alle felter", and undo hides them again', async ({ page }) => {
    const { workshop, board } = await newGame(page, 'Afsløringen');
    for (const value of [BREDERE, SAMARBEJDE, RESSOURCER]) await board.clickToPlace(value);
    await board.markMostImportant(SAMARBEJDE);

    await board.choosePlacingNow(NETTO);
    await board.clickToPlace(FAGLIGHED);
    // Face down: how many, not which values (no slot of the row says whether it is filled).
    const hidden = [hiddenRow(3)];
    expect(await board.rowCellTexts(BIBLIOTEKET)).toEqual(hidden);
    // Nothing in Biblioteket's row names a value: not the hidden text, not the pieces' pictures.
    const rowText = (await board.row(BIBLIOTEKET).textContent()) ?? '';
    for (const value of CORE_VALUE_NAMES) expect(rowText).not.toContain(value);
    expect(rowText).not.toContain('Vigtigst');
    await expect(board.row(BIBLIOTEKET).getByRole('button')).toHaveCount(0);
    await expect(page.getByText('De andre organisationers felter er skjult, så ingen kopierer.', { exact: false })).toBeVisible();

    await board.revealButton.click();
    await expect(board.hideButton).toBeVisible();
    await expect(board.announcement).toHaveText('Alle felter er vist.');
    const shown = await board.rowCellTexts(BIBLIOTEKET);
    expect(shown[0]).toContain(BREDERE);
    expect(shown[1]).toBe('tom');
    expect(shown[2]).toContain(`${SAMARBEJDE} (Vigtigst)`);
    expect(shown[4]).toContain(RESSOURCER);
    await expect(board.row(BIBLIOTEKET)).not.toContainText(HIDDEN_TEXT);
    await expect(page.getByText('De andre organisationers felter er skjult, så ingen kopierer.', { exact: false })).toHaveCount(0);

    await workshop.undoButton.click();
    await expect(board.revealButton).toBeVisible();
    expect(await board.rowCellTexts(BIBLIOTEKET)).toEqual(hidden);
    // Undo took back the reveal only: Netto's piece is still there.
    expect(await board.placedValues()).toEqual([FAGLIGHED]);
  });

  test('on the projector every row is hidden until the reveal', async ({ page }) => {
    const { board } = await newGame(page, 'Projektoren');
    await board.clickToPlace(BREDERE);
    await board.choosePlacingNow(NETTO);
    await board.clickToPlace(ANSVAR);
    const projector = new ProjectorToggle(page);

    await projector.enter();
    await expect(board.board).toBeVisible();
    await expect(board.board.getByRole('button')).toHaveCount(0);
    expect(await board.rowCellTexts(BIBLIOTEKET)).toEqual([hiddenRow(1)]);
    expect(await board.rowCellTexts(NETTO)).toEqual([hiddenRow(1)]);
    await expect(board.revealButton).toHaveCount(0);

    await projector.off.click();
    await projector.expectOff();
    await board.revealButton.click();
    await projector.enter();
    expect((await board.rowCellTexts(BIBLIOTEKET))[0]).toContain(BREDERE);
    expect((await board.rowCellTexts(NETTO))[3]).toContain(ANSVAR);
    await expect(board.board).not.toContainText(HIDDEN_TEXT);
  });
});

test.describe('A reload in the middle of a round', () => {
  test.use({ viewport: DESKTOP });

  test('brings back every piece, example, mark and the lock', async ({ page }) => {
    const { workshop, board } = await newGame(page, 'Genindlæsning');
    await board.placeByMouse(BREDERE);
    await board.clickToPlace(ANSVAR);
    await board.writeExample(BREDERE, 'Flere unge finder vej til biblioteket.');
    await board.writeExample(ANSVAR, 'Æ, ø og å – og 🙂 – kommer sikkert igennem.');
    await board.markMostImportant(ANSVAR);

    await board.choosePlacingNow(NETTO);
    await board.clickToPlace(FAGLIGHED);
    await board.clickToPlace(RESSOURCER);
    await board.clickToPlace(SAMARBEJDE);
    await board.writeExample(RESSOURCER, 'Vi deler lager og varebil.');
    await board.markMostImportant(FAGLIGHED);
    // The last change before the reload is typed, not filled: the newest keystroke must survive too.
    await board.example(SAMARBEJDE).pressSequentially('Fælles mål');
    await board.lockButton.click();
    await expect(board.unlockButton).toHaveAttribute('aria-pressed', 'true');

    await workshop.reload();
    await board.waitUntilShown();
    expect(board.organisation, 'whose turn it is survives the reload').toBe(NETTO);
    await expect(board.unlockButton).toHaveAttribute('aria-pressed', 'true');
    await expect(board.lockedBanner).toBeVisible();
    expect(await board.placedValues()).toEqual([FAGLIGHED, RESSOURCER, SAMARBEJDE]);
    await expect(board.filledSlots()).toHaveCount(3);
    await expect(board.example(RESSOURCER)).toHaveValue('Vi deler lager og varebil.');
    await expect(board.example(SAMARBEJDE)).toHaveValue('Fælles mål');
    await expect(board.example(FAGLIGHED)).toHaveValue('');
    await expect(board.mostImportantButton(FAGLIGHED)).toHaveAttribute('aria-pressed', 'true');
    expect(await board.rowCellTexts(BIBLIOTEKET)).toEqual([hiddenRow(2)]);

    await board.choosePlacingNow(BIBLIOTEKET);
    expect(await board.placedValues()).toEqual([BREDERE, ANSVAR]);
    await expect(board.example(BREDERE)).toHaveValue('Flere unge finder vej til biblioteket.');
    await expect(board.example(ANSVAR)).toHaveValue('Æ, ø og å – og 🙂 – kommer sikkert igennem.');
    await expect(board.mostImportantButton(ANSVAR)).toHaveAttribute('aria-pressed', 'true');
    await expect(board.mostImportantButton(BREDERE)).toHaveAttribute('aria-pressed', 'false');
    expect(await board.trayValues()).toEqual([FAGLIGHED, SAMARBEJDE, RESSOURCER]);

    // Unlocked, the round goes on where it stopped.
    await board.unlockButton.click();
    await expect(board.lockButton).toHaveAttribute('aria-pressed', 'false');
    await board.placeByMouse(FAGLIGHED);
    expect(await board.placedValues()).toEqual([BREDERE, ANSVAR, FAGLIGHED]);
  });
});

test.describe('axe on the board', () => {
  test.use({ viewport: DESKTOP });

  /** Biblioteket has placed two pieces (one with an example, marked); Netto one. Netto's turn. */
  async function playedGame(page: Page): Promise<BoardPage> {
    const { board } = await newGame(page, 'Tilgængelighed');
    await board.clickToPlace(BREDERE);
    await board.clickToPlace(ANSVAR);
    await board.writeExample(BREDERE, 'Et eksempel.');
    await board.markMostImportant(BREDERE);
    await board.choosePlacingNow(NETTO);
    await board.clickToPlace(FAGLIGHED);
    return board;
  }

  test('with pieces placed and the others hidden, then with a tray piece chosen', async ({ page }) => {
    const board = await playedGame(page);
    await expectNoSeriousA11yViolations(page, 'board with pieces placed, others hidden');

    await board.trayPiece(RESSOURCER).click();
    await expect(board.trayPiece(RESSOURCER)).toHaveAttribute('aria-pressed', 'true');
    await expectNoSeriousA11yViolations(page, 'a tray piece chosen for tap-to-place');
  });

  test('with a refusal shown, revealed and locked', async ({ page }) => {
    const board = await playedGame(page);
    await board.trayPiece(RESSOURCER).click();
    await board.slot(SAMARBEJDE).click();
    await expect(board.refusal).toBeVisible();
    await board.revealButton.click();
    await board.lockButton.click();
    await expect(board.lockedBanner).toBeVisible();
    await expectNoSeriousA11yViolations(page, 'a refusal shown, revealed and locked');
  });

  test('on the projector, hidden and revealed', async ({ page }) => {
    const board = await playedGame(page);
    const projector = new ProjectorToggle(page);
    await projector.enter();
    await expect(board.board).toContainText(HIDDEN_TEXT);
    await expectNoSeriousA11yViolations(page, 'projector, hidden');

    await projector.off.click();
    await board.revealButton.click();
    await projector.enter();
    await expect(board.board).not.toContainText(HIDDEN_TEXT);
    await expectNoSeriousA11yViolations(page, 'projector, revealed');
  });

  test.describe('tablet 820×1180 with touch', () => {
    test.use(TABLET);

    test('with a piece chosen by a tap', async ({ page }) => {
      const { board } = await newGame(page, 'Tilgængelighed på tablet');
      await board.tapToPlace(SAMARBEJDE);
      await board.expectPlaced(SAMARBEJDE);
      await board.trayPiece(BREDERE).tap();
      await expect(board.trayPiece(BREDERE)).toHaveAttribute('aria-pressed', 'true');
      await expectNoSeriousA11yViolations(page, 'tablet, a piece chosen');
    });
  });
});
