import { expect, test, type Locator, type Page } from '@playwright/test';
import { hyphenate } from '../../src/domain/hyphenation.ts';
import type { Workshop } from '../../src/domain/workshop.ts';
import { serializeWorkshopFile } from '../../src/files/workshop-file.ts';
import { fullRoomWorkshop, showcaseWorkshop } from '../support/showcase-workshop.ts';
import { BoardPage } from './pages/board-page.ts';
import { CollaborationPage } from './pages/collaboration-page.ts';
import { CommonPicturePage } from './pages/common-picture-page.ts';
import { FilesPage } from './pages/files-page.ts';
import { ProjectorToggle } from './pages/projector.ts';
import { StartPage } from './pages/start-page.ts';
import type { WorkshopPage } from './pages/workshop-page.ts';

/*
 * The board as the room sees it (issue 17): on a 1920 × 1080 projector the whole board of 15
 * organisations × 8 values is on screen with names at 18 px or more, and up to 40 organisations go on
 * pages; on a tablet the row that places and the tray read at 14 px or more, every tray piece in view;
 * and names break only where Danish breaks them, with a hyphen.
 */

const WALL = { width: 1920, height: 1080 };
const UPRIGHT = { viewport: { width: 820, height: 1180 }, hasTouch: true, isMobile: true };
const ON_ITS_SIDE = { viewport: { width: 1180, height: 820 }, hasTouch: true, isMobile: true };
const SOFT_HYPHEN = '\u00AD';

/** Imports `workshop` as a file, as a facilitator would, and opens it. */
async function openImported(page: Page, workshop: Workshop): Promise<WorkshopPage> {
  const start = new StartPage(page);
  await start.goto();
  await new FilesPage(page).importFile('rummet.json', serializeWorkshopFile([workshop], new Date()));
  return start.open(workshop.setup.title);
}

/** The computed font size (px) of each element. */
function fontSizes(locator: Locator): Promise<number[]> {
  return locator.evaluateAll((elements) => elements.map((element) => Number.parseFloat(getComputedStyle(element).fontSize)));
}

/** The boxes of the elements, as the screen shows them now. */
function boxes(locator: Locator): Promise<{ left: number; top: number; right: number; bottom: number }[]> {
  return locator.evaluateAll((elements) =>
    elements.map((element) => {
      const { left, top, right, bottom } = element.getBoundingClientRect();
      return { left, top, right, bottom };
    }),
  );
}

function expectInside(rects: { left: number; top: number; right: number; bottom: number }[], width: number, height: number, what: string): void {
  for (const [index, rect] of rects.entries()) {
    expect(rect.left, `${what} ${index}: left`).toBeGreaterThanOrEqual(0);
    expect(rect.top, `${what} ${index}: top`).toBeGreaterThanOrEqual(0);
    expect(rect.right, `${what} ${index}: right`).toBeLessThanOrEqual(width);
    expect(rect.bottom, `${what} ${index}: bottom`).toBeLessThanOrEqual(height);
  }
}

/** The board's value cells (one per organisation and value) and its name heads. */
function boardParts(board: BoardPage) {
  return {
    cells: board.board.locator('tbody td'),
    valueHeads: board.board.locator('th.board-value-head'),
    organisationHeads: board.board.getByRole('rowheader'),
    // The names drawn on pieces (empty labels have no lines).
    pieceLabels: board.board.locator('svg text:has(tspan)'),
  };
}

test.describe('On the projector at 1920 × 1080', () => {
  test.use({ viewport: WALL });

  for (const isRevealed of [false, true]) {
    test(`15 organisations × 8 values, ${isRevealed ? 'revealed' : 'hidden'}: every slot on screen, names at 18 px or more`, async ({ page }) => {
      const workshop = fullRoomWorkshop(15);
      workshop.control.isRevealed = isRevealed;
      await openImported(page, workshop);
      await new ProjectorToggle(page).enter();
      const board = new BoardPage(page);
      const { cells, valueHeads, organisationHeads, pieceLabels } = boardParts(board);
      // Before the reveal a row is one cell: its pieces face down with their count, not in slots.
      await expect(cells).toHaveCount(isRevealed ? 15 * 8 : 15);
      await expect(board.board.getByRole('navigation', { name: 'Sider af spillepladen' })).toHaveCount(0);

      expect(await page.evaluate(() => window.scrollY)).toBe(0);
      expectInside(await boxes(cells), WALL.width, WALL.height, 'slot');
      expectInside(await boxes(organisationHeads), WALL.width, WALL.height, 'organisation');
      await expect(organisationHeads).toHaveCount(15);
      const counts = board.board.locator('.hidden-count');
      await expect(counts).toHaveCount(isRevealed ? 0 : 15);
      for (const size of [...(await fontSizes(valueHeads)), ...(await fontSizes(organisationHeads)), ...(await fontSizes(counts))]) expect(size).toBeGreaterThanOrEqual(18);
      // Hidden, no piece shows a name; revealed, those that do show it at 18 px or more.
      const labels = await fontSizes(pieceLabels);
      if (!isRevealed) expect(labels).toEqual([]);
      for (const size of labels) expect(size).toBeGreaterThanOrEqual(18);
    });
  }

  for (const { count, isLabelled } of [
    { count: 8, isLabelled: true },
    { count: 15, isLabelled: false },
  ]) {
    test(`${count} organisations, revealed: every placed piece carries its value's name at 18 px or more, or none does (${isLabelled ? 'all' : 'none'})`, async ({ page }) => {
      const workshop = count === 8 ? showcaseWorkshop() : fullRoomWorkshop(count);
      workshop.control.isRevealed = true;
      await openImported(page, workshop);
      await new ProjectorToggle(page).enter();
      const board = new BoardPage(page);
      await expect(board.board.locator('tbody tr')).toHaveCount(count);
      const heads = await board.board.locator('th.board-value-head').evaluateAll((elements) => elements.map((element) => (element.textContent ?? '').replaceAll('\u00AD', '').trim()));
      const pieces = await board.board.locator('.cell-piece.is-placed').evaluateAll((elements) =>
        elements.map((element) => {
          const text = element.querySelector('svg text');
          const lines = [...(text?.querySelectorAll('tspan') ?? [])].map((line) => line.textContent ?? '');
          const cell = element.closest('td')?.getBoundingClientRect();
          const box = text?.getBoundingClientRect();
          return {
            column: Number((element as HTMLElement).dataset.column),
            lines,
            size: text ? Number.parseFloat(getComputedStyle(text).fontSize) : 0,
            isInside: !cell || !box || lines.length === 0 || (box.left >= cell.left - 0.5 && box.right <= cell.right + 0.5 && box.top >= cell.top - 0.5 && box.bottom <= cell.bottom + 0.5),
          };
        }),
      );
      expect(pieces.length).toBeGreaterThan(count);
      const labelled = pieces.filter((piece) => piece.lines.length > 0);
      // All or none: never some names and not others on pieces of one size.
      expect(labelled.length).toBe(isLabelled ? pieces.length : 0);
      for (const piece of labelled) {
        // Its own value's name, whole (a line may end in a break hyphen), at 18 px or more, inside its slot.
        expect(piece.lines.join(' ').replaceAll('- ', '')).toBe(heads[piece.column]);
        expect(piece.size).toBeGreaterThanOrEqual(18);
        expect(piece.isInside).toBe(true);
      }
    });
  }

  test('40 organisations go on pages the facilitator steps through, each page on screen', async ({ page }) => {
    const workshop = fullRoomWorkshop(40);
    workshop.control.isRevealed = true;
    await openImported(page, workshop);
    await new ProjectorToggle(page).enter();
    const board = new BoardPage(page);
    const { cells, organisationHeads, valueHeads } = boardParts(board);
    const pages = board.board.getByRole('navigation', { name: 'Sider af spillepladen' });
    const status = pages.getByText(/^Side \d af \d: organisation \d+–\d+ af 40$/);
    await expect(status).toHaveText(/^Side 1 af [23]: organisation 1–\d+ af 40$/);
    const pageCount = Number((await status.innerText()).match(/af (\d):/)?.[1]);

    const seen: string[] = [];
    for (let number = 1; number <= pageCount; number++) {
      if (number > 1) await pages.getByRole('button', { name: 'Næste side' }).click();
      await expect(status).toHaveText(new RegExp(`^Side ${number} af ${pageCount}:`));
      const rows = await organisationHeads.count();
      await expect(cells).toHaveCount(rows * 8);
      expectInside(await boxes(cells), WALL.width, WALL.height, `page ${number}, slot`);
      expectInside(await boxes(pages.getByRole('button')), WALL.width, WALL.height, `page ${number}, button`);
      for (const size of [...(await fontSizes(valueHeads)), ...(await fontSizes(organisationHeads))]) expect(size).toBeGreaterThanOrEqual(18);
      seen.push(...(await organisationHeads.allInnerTexts()).map((name) => name.replaceAll(SOFT_HYPHEN, '').replace(/\s+/gu, ' ').trim()));
    }
    await expect(pages.getByRole('button', { name: 'Næste side' })).toBeDisabled();
    expect(seen).toHaveLength(40);
    expect(new Set(seen).size).toBe(40);
    await pages.getByRole('button', { name: 'Forrige side' }).click();
    await expect(status).toHaveText(new RegExp(`^Side ${pageCount - 1} af ${pageCount}:`));
  });
});

for (const [what, device] of [
  ['upright (820 × 1180)', UPRIGHT],
  ['on its side (1180 × 820)', ON_ITS_SIDE],
] as const) {
  test.describe(`On a tablet ${what}`, () => {
    test.use(device);

    test('the row that places and the tray read at 14 px or more, and every tray piece is in view', async ({ page }) => {
      await openImported(page, fullRoomWorkshop(15));
      const board = new BoardPage(page);
      await board.waitUntilShown();
      expect(board.organisation).toBe('Café Nord');
      const ownRow = board.row('Café Nord');
      // Every slot of the row carries its value's name, placed or not.
      const slotLabels = ownRow.locator('svg text:has(tspan)');
      await expect(slotLabels).toHaveCount(8);
      for (const size of await fontSizes(slotLabels)) expect(size).toBeGreaterThanOrEqual(14);
      for (const size of await fontSizes(ownRow.getByRole('rowheader'))) expect(size).toBeGreaterThanOrEqual(14);

      // Café Nord has placed two of its eight pieces: six in the tray, all of them in view at once.
      await expect(board.trayPieces()).toHaveCount(6);
      for (const size of await fontSizes(board.tray.locator('svg text'))) expect(size).toBeGreaterThanOrEqual(14);
      const viewport = device.viewport;
      expectInside(await boxes(board.trayPieces()), viewport.width, viewport.height, 'tray piece');
      const list = await boxes(board.tray.getByRole('list'));
      for (const piece of await boxes(board.trayPieces())) expect(piece.bottom).toBeLessThanOrEqual((list[0]?.bottom ?? 0) + 1);
    });
  });
}

/**
 * Where the lines of each element's text break: a break inside a word is fine only at a soft hyphen
 * (the browser shows a hyphen there) or after a hard one. Returns the breaks at soft hyphens and the
 * bad ones.
 */
function lineBreaks(locator: Locator): Promise<{ soft: string[]; bad: string[] }> {
  return locator.evaluateAll((elements) => {
    const soft: string[] = [];
    const bad: string[] = [];
    for (const element of elements) {
      const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const text = (node as Text).data;
        let previous: { index: number; top: number; height: number } | null = null;
        for (let index = 0; index < text.length; index++) {
          if (/[\s\u00AD]/u.test(text[index] ?? '')) continue;
          const range = document.createRange();
          range.setStart(node, index);
          range.setEnd(node, index + 1);
          // The last of its boxes: a letter after a break at a soft hyphen also gets the hyphen's box.
          const rect = [...range.getClientRects()].filter((box) => box.width > 0).at(-1);
          if (!rect) continue;
          if (previous && rect.top > previous.top + previous.height / 2) {
            const between = text.slice(previous.index + 1, index);
            const where = `${text.slice(0, index)}|${text.slice(index)}`.replaceAll('\u00AD', '·');
            if (between.includes('\u00AD')) soft.push(where);
            else if (!/\s/u.test(between) && text[previous.index] !== '-') bad.push(where);
          }
          previous = { index, top: rect.top, height: rect.height };
        }
      }
    }
    return { soft, bad };
  });
}

/** The lines drawn in each SVG label (one string per tspan). */
function svgLines(locator: Locator): Promise<string[][]> {
  return locator.evaluateAll((texts) => texts.map((text) => [...text.querySelectorAll('tspan')].map((tspan) => tspan.textContent ?? '')));
}

/**
 * Checks that a label's lines break a word only where Danish hyphenates it: a line ending in "-" is
 * followed by the rest of a word, and the two halves meet at a soft hyphen of `hyphenate(name)` for
 * one of `names`. Returns how many words were broken.
 */
function expectDanishBreaks(lines: string[], names: readonly string[]): number {
  let broken = 0;
  for (const [index, line] of lines.entries()) {
    const next = lines[index + 1];
    if (!line.endsWith('-') || next === undefined) continue;
    const head = line.slice(0, -1).split(' ').at(-1) ?? '';
    const tail = (next.split(' ')[0] ?? '').replace(/[-…]$/u, '');
    const isDanish = names.some((name) => {
      // The name as written, and where Danish may break it (soft hyphens, counted in its letters).
      const plain = name;
      const breaks = new Set<number>();
      let letters = 0;
      for (const character of hyphenate(name)) {
        if (character === SOFT_HYPHEN) breaks.add(letters);
        else letters += character.length;
      }
      return [...breaks].some((at) => plain.slice(at - head.length, at) === head && plain.slice(at).startsWith(tail));
    });
    expect(isDanish, `"${line}" / "${next}" breaks a word where Danish does not`).toBe(true);
    broken++;
  }
  return broken;
}

test.describe('Names break like Danish', () => {
  test.use(UPRIGHT);

  test('on the board, in the tray, in Det fælles billede and in the network picture: inside a word only with a hyphen, where Danish breaks it', async ({ page }) => {
    const workshop = fullRoomWorkshop(15);
    const names = [...workshop.organisations.map((organisation) => organisation.name), ...workshop.values.custom.map((value) => value.name), 'Bredere målgruppe', 'Øget faglighed', 'Stærkere samarbejdsgrundlag', 'Større socialt ansvar', 'Adgang til flere ressourcer'];
    const session = await openImported(page, workshop);
    const board = new BoardPage(page);
    await board.waitUntilShown();

    // The board's heads: long names break, and only at their soft hyphens.
    const heads = await lineBreaks(board.board.locator('th.board-value-head, .board-org-name'));
    expect(heads.bad).toEqual([]);
    expect(heads.soft.length, 'some long name is hyphenated (a narrow board breaks "samarbejdsgrundlag")').toBeGreaterThan(0);

    // The pieces: the row that places and the tray.
    let broken = 0;
    for (const lines of await svgLines(board.board.locator('svg text:has(tspan)'))) broken += expectDanishBreaks(lines, names);
    for (const lines of await svgLines(board.tray.locator('svg text'))) broken += expectDanishBreaks(lines, names);
    expect(broken, 'some label on a piece is hyphenated').toBeGreaterThan(0);

    // Det fælles billede, after the reveal.
    await session.goToPhase('Det fælles billede');
    const picture = new CommonPicturePage(page);
    await picture.reveal();
    const cards = await lineBreaks(page.locator('.picture-value-head h4, .picture-example-name, .picture-unplaced-name'));
    expect(cards.bad).toEqual([]);

    // The network picture of Gør hinanden stærkere (the showcase's links).
    await session.goToPhase('Gør hinanden stærkere');
    const network = new CollaborationPage(page).network;
    await expect(network).toBeVisible();
    for (const lines of await svgLines(network.locator('text.network-node-label'))) expectDanishBreaks(lines, names);
  });
});
