import { expect, test, type Page } from '@playwright/test';
import type { Workshop } from '../../src/domain/workshop.ts';
import { serializeWorkshopFile } from '../../src/files/workshop-file.ts';
import { fullRoomWorkshop, showcaseWorkshop } from '../support/showcase-workshop.ts';
import { BoardPage } from './pages/board-page.ts';
import { FilesPage } from './pages/files-page.ts';
import { ProjectorToggle } from './pages/projector.ts';
import { StartPage } from './pages/start-page.ts';
import { CORE_VALUE_NAMES } from './pages/sunshine-page.ts';

/*
 * The reveal on the board (issue 17, item 5): the facilitator shows every section, the pieces settle
 * into their slots (at once under reduced motion, in a short staggered flight otherwise) and the values
 * several organisations placed are named above the board and marked in its heads.
 */

const WALL = { width: 1920, height: 1080 };

/** Imports `workshop` with its sections hidden, as a facilitator would, and opens its board. */
async function openHidden(page: Page, workshop: Workshop): Promise<BoardPage> {
  workshop.control = { ...workshop.control, isRevealed: false, isLocked: false };
  const start = new StartPage(page);
  await start.goto();
  await new FilesPage(page).importFile('rummet.json', serializeWorkshopFile([workshop], new Date()));
  return BoardPage.open(await start.open(workshop.setup.title));
}

/** The shared values as the room should read them, counted here from the workshop: most holders first. */
function expectedShared(workshop: Workshop): { name: string; count: number }[] {
  const coreIds: string[] = ['bredere-maalgruppe', 'oeget-faglighed', 'staerkere-samarbejdsgrundlag', 'stoerre-socialt-ansvar', 'adgang-til-flere-ressourcer'];
  const names = new Map<string, string>([...coreIds.map((id, index): [string, string] => [id, CORE_VALUE_NAMES[index] ?? id]), ...workshop.values.custom.map((value): [string, string] => [value.id, value.name])]);
  const disabled: readonly string[] = workshop.values.disabledCore;
  const inPlay = [...coreIds.filter((id) => !disabled.includes(id)), ...workshop.values.custom.map((value) => value.id)];
  const counted = inPlay.map((id) => ({
    name: names.get(id) ?? id,
    count: workshop.organisations.filter((organisation) => workshop.sections[organisation.id]?.placed.some((piece) => piece.valueId === id)).length,
  }));
  return counted.filter(({ count }) => count >= 2).sort((a, b) => b.count - a.count);
}

/** The line above the board that names the shared values. */
function sharedCaption(board: BoardPage) {
  return board.board.locator('p').filter({ hasText: /^Fælles:/ });
}

/** Where each placed piece is drawn against its slot, and whether anything on it is still moving. */
function placedPieces(page: Page) {
  return page.locator('.board .cell-piece.is-placed').evaluateAll((pieces) =>
    pieces.map((piece) => {
      const cell = piece.closest('td')?.getBoundingClientRect();
      const box = piece.getBoundingClientRect();
      const style = getComputedStyle(piece);
      return {
        offset: cell ? Math.max(Math.abs(box.left - cell.left), Math.abs(box.top - cell.top), Math.abs(box.width - cell.width)) : Infinity,
        opacity: Number(style.opacity),
        moving: piece.getAnimations().length,
      };
    }),
  );
}

test.describe('The reveal on the board', () => {
  test.use({ viewport: WALL });

  test('on the projector, the shared values are named above the board with their counts, their heads marked, and the board still fits', async ({ page }) => {
    const workshop = fullRoomWorkshop(15);
    const board = await openHidden(page, workshop);
    const caption = sharedCaption(board);
    // Before the reveal nothing is said to be shared: the room cannot see the sections yet.
    await expect(caption).toHaveCount(0);

    await board.revealButton.click();
    await new ProjectorToggle(page).enter();
    const shared = expectedShared(workshop);
    expect(shared.length).toBeGreaterThan(1);
    await expect(caption).toHaveText(`Fælles: ${shared.map(({ name, count }) => `${name} (${count} af 15)`).join(', ')}`);
    await expect(board.board.locator('th.board-value-head.is-shared')).toHaveCount(shared.length);
    // Most holders first: the caption's first value is the most shared.
    await expect(caption.locator('.board-shared-value').first()).toHaveText(`${shared[0]?.name} (${shared[0]?.count} af 15)`);

    // One line at 18 px or more, and the whole board still on the wall.
    const captionBox = await caption.evaluate((element) => ({ ...element.getBoundingClientRect().toJSON(), size: Number.parseFloat(getComputedStyle(element).fontSize) }));
    expect(captionBox.size).toBeGreaterThanOrEqual(18);
    expect(captionBox.height).toBeLessThan(captionBox.size * 2);
    const cells = await board.board.locator('tbody td').evaluateAll((elements) => elements.map((element) => element.getBoundingClientRect().toJSON() as DOMRect));
    expect(cells).toHaveLength(15 * 8);
    for (const cell of cells) {
      expect(cell.top).toBeGreaterThanOrEqual(captionBox.bottom - 1);
      expect(cell.bottom).toBeLessThanOrEqual(WALL.height);
    }
  });

  test('a board where no value is placed twice says so', async ({ page }) => {
    const workshop = showcaseWorkshop();
    // Café Nord keeps its pieces; everyone else's section is emptied.
    const cafe = workshop.organisations.find((organisation) => organisation.name === 'Café Nord')?.id ?? '';
    workshop.sections = { [cafe]: workshop.sections[cafe] ?? { placed: [], mostImportant: null } };
    const board = await openHidden(page, workshop);
    await board.revealButton.click();
    await expect(sharedCaption(board)).toHaveText('Fælles: Ingen værdi er lagt af mere end én organisation endnu.');
    await expect(board.board.locator('th.board-value-head.is-shared')).toHaveCount(0);
  });

  test('under reduced motion the pieces are in their slots at once', async ({ page }) => {
    const board = await openHidden(page, showcaseWorkshop());
    const before = await board.board.locator('.cell-piece.is-placed').count();
    await board.revealButton.click();
    await expect.poll(async () => board.board.locator('.cell-piece.is-placed').count()).toBeGreaterThan(before);
    // The first look after the reveal: nothing moving, everything in place and opaque.
    const pieces = await placedPieces(page);
    expect(pieces.length).toBeGreaterThan(before);
    for (const piece of pieces) {
      expect(piece.offset).toBeLessThan(0.5);
      expect(piece.opacity).toBe(1);
      expect(piece.moving).toBe(0);
    }
  });

  test.describe('with motion', () => {
    test.use({ reducedMotion: 'no-preference' });

    test('the pieces fly into their slots one after another, all settled within 1.5 s', async ({ page }) => {
      const board = await openHidden(page, fullRoomWorkshop(15));
      await board.revealButton.click();
      await expect.poll(async () => board.board.locator('.cell-piece.is-placed').count()).toBeGreaterThan(10);
      // Each turned piece has its flight; none ends later than 1.5 s after the reveal, and they do not all start at once.
      const timings = await page.evaluate(() =>
        document.getAnimations().flatMap((animation) => {
          const target = (animation.effect as KeyframeEffect | null)?.target;
          if (!(target instanceof HTMLElement) || !target.matches('.board .cell-piece')) return [];
          const { delay = 0, endTime = 0 } = animation.effect?.getComputedTiming() ?? {};
          return [{ delay: Number(delay), end: Number(endTime) }];
        }),
      );
      expect(timings.length).toBeGreaterThan(10);
      expect(Math.max(...timings.map(({ end }) => end))).toBeLessThanOrEqual(1500);
      expect(new Set(timings.map(({ delay }) => delay)).size).toBeGreaterThan(5);
      // Then they rest in their slots.
      await expect.poll(async () => (await placedPieces(page)).every((piece) => piece.moving === 0 && piece.offset < 0.5 && piece.opacity === 1), { timeout: 5000 }).toBe(true);
    });
  });
});
