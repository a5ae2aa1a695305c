import { expect, test, type Locator, type Page } from '@playwright/test';
import { serializeWorkshopFile } from '../../src/files/workshop-file.ts';
import { fullRoomWorkshop, showcaseWorkshop } from '../support/showcase-workshop.ts';
import { expectNoSeriousA11yViolations } from './axe.ts';
import { mouseDrag } from './drag.ts';
import { ProjectorToggle } from './pages/projector.ts';
import { CollaborationPage } from './pages/collaboration-page.ts';
import { FilesPage } from './pages/files-page.ts';
import { StartPage } from './pages/start-page.ts';
import type { WorkshopPage } from './pages/workshop-page.ts';

/*
 * Gør hinanden stærkere on the facilitator's 1920 × 1080 screen: the network beside the cards, a list of
 * organisations that scrolls while a card is carried, and notices that never cover the network.
 * SHOTS_DIR=<folder> also writes the screens at 1920 × 1080 and 820 × 1180 for a person to look at.
 */

test.use({ viewport: { width: 1920, height: 1080 } });

const FULL_ROOM = 15;

async function openWorkshop(page: Page, workshop = showcaseWorkshop()): Promise<WorkshopPage> {
  const start = new StartPage(page);
  await start.goto();
  await new FilesPage(page).importFile('workshop.json', serializeWorkshopFile([workshop], new Date()));
  await expect(start.table.getByRole('rowheader')).toHaveCount(1);
  return start.open(workshop.setup.title);
}

async function box(locator: Locator): Promise<{ x: number; y: number; width: number; height: number }> {
  const found = await locator.boundingBox();
  if (!found) throw new Error(`no box for ${locator.toString()}`);
  return found;
}

function overlaps(a: { x: number; y: number; width: number; height: number }, b: { x: number; y: number; width: number; height: number }): boolean {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}

async function expectInViewport(page: Page, locator: Locator): Promise<void> {
  const viewport = page.viewportSize();
  if (!viewport) throw new Error('no viewport');
  const found = await box(locator);
  expect(found.y, `${locator.toString()} starts below the top`).toBeGreaterThanOrEqual(0);
  expect(found.x).toBeGreaterThanOrEqual(0);
  expect(found.y + found.height, `${locator.toString()} ends above the bottom`).toBeLessThanOrEqual(viewport.height);
  expect(found.x + found.width).toBeLessThanOrEqual(viewport.width);
}

async function shot(page: Page, name: string): Promise<void> {
  const folder = process.env.SHOTS_DIR;
  if (folder) await page.screenshot({ path: `${folder}/${name}`, animations: 'disabled', caret: 'hide' });
}

test('the network is in view beside the card columns and the suggestions, without scrolling', async ({ page }) => {
  const workshop = await openWorkshop(page);
  await workshop.goToPhase('Gør hinanden stærkere');
  const collaboration = new CollaborationPage(page);
  await collaboration.chooseOrganisation('Café Nord');
  await expect(collaboration.network).toBeVisible();
  await shot(page, 'collaboration-1920.png');
  expect(await page.evaluate(() => window.scrollY)).toBe(0);
  await expectInViewport(page, collaboration.network);
  // The two columns of cards start in view, and the suggestions' heading too, beside the network.
  for (const side of ['Det kan vi bidrage med', 'Det vil vi gerne styrkes i'] as const) {
    await expectInViewport(page, collaboration.column(side).getByRole('heading', { name: side }));
  }
  const network = await box(collaboration.network);
  const cards = await box(page.getByRole('region', { name: 'Kort for Café Nord' }));
  expect(network.x, 'the network stands beside the cards, not under them').toBeGreaterThanOrEqual(cards.x + cards.width);

  // Scrolled down to the suggestions, the network is still in view beside them.
  await collaboration.suggestionsRegion.getByRole('heading', { name: 'Forslag til kort' }).scrollIntoViewIfNeeded();
  expect(await page.evaluate(() => window.scrollY)).toBeGreaterThan(0);
  await expectInViewport(page, collaboration.suggestionsRegion.getByRole('heading', { name: 'Forslag til kort' }));
  await expectInViewport(page, collaboration.network);
  await shot(page, 'collaboration-1920-suggestions.png');
  await expectNoSeriousA11yViolations(page, 'Gør hinanden stærkere at 1920 × 1080');
});

test('a card carried to an organisation below the list\'s visible part scrolls the list and makes the link', async ({ page }) => {
  const room = fullRoomWorkshop(FULL_ROOM);
  const workshop = await openWorkshop(page, room);
  await workshop.goToPhase('Gør hinanden stærkere');
  const collaboration = new CollaborationPage(page);
  await collaboration.chooseOrganisation('Beboerforeningen Nørreparken');
  const last = room.organisations.at(-1)?.name ?? '';
  const list = collaboration.tiles;
  const target = collaboration.tile(last);
  // Carried by the mouse to the list's lower edge, held there until the list has scrolled to its end.
  const card = collaboration.offerHandle('Beboerhusets sal om aftenen og i weekenden');
  await card.hover({ trial: true });
  await list.hover({ trial: true });
  const listBox = await box(list);
  await expectInViewport(page, card);
  expect((await box(target)).y, 'the last tile starts out of the list\'s view').toBeGreaterThan(listBox.y + listBox.height);
  expect(await list.evaluate((element) => element.scrollTop)).toBe(0);
  const start = await box(card);
  await page.mouse.move(start.x + start.width / 2, start.y + start.height / 2);
  await page.mouse.down();
  await page.mouse.move(start.x + start.width / 2 + 4, start.y + start.height / 2 - 8);
  await expect(card).toHaveClass(/is-dragging/);
  await page.mouse.move(listBox.x + listBox.width / 2, listBox.y + listBox.height - 10, { steps: 8 });
  await expect.poll(() => list.evaluate((element) => element.scrollTop + element.clientHeight >= element.scrollHeight - 2), { timeout: 10_000 }).toBe(true);
  await page.mouse.move(listBox.x + listBox.width / 2, listBox.y + listBox.height / 2, { steps: 4 });
  const targetBox = await box(target);
  expect(targetBox.y + targetBox.height, 'the last tile has come into the list\'s view').toBeLessThanOrEqual(listBox.y + listBox.height + 1);
  await page.mouse.move(targetBox.x + targetBox.width / 2, targetBox.y + targetBox.height / 2, { steps: 4 });
  await expect(target).toHaveClass(/is-over/);
  await page.mouse.up();

  await expect(collaboration.linkTo).toHaveValue(room.organisations.at(-1)?.id ?? '');
  await collaboration.linkText.fill('låne salen ud til beboermøder');
  await collaboration.linkSubmit.click();
  await expect(collaboration.linksRegion.getByText(`Beboerforeningen Nørreparken styrker ${last} ved at låne salen ud til beboermøder`)).toBeVisible();
});

test('the status line and a refused drop never cover the network', async ({ page }) => {
  const workshop = await openWorkshop(page);
  await workshop.goToPhase('Gør hinanden stærkere');
  const collaboration = new CollaborationPage(page);
  await collaboration.chooseOrganisation('Café Nord');
  // A drop on one's own tile: the refusal stays on screen.
  await mouseDrag(page, collaboration.offerHandle('Kaffe og kage til møder'), collaboration.tile('Café Nord'), {
    beforeDrop: () => expect(collaboration.tile('Café Nord')).toHaveClass(/is-over/),
  });
  const refusal = page.getByRole('alert').filter({ hasText: /sig selv/ });
  await expect(refusal).toBeVisible();
  expect(overlaps(await box(refusal), await box(collaboration.network))).toBe(false);

  // A link made by buttons: the status line says so, beside the network, not over it.
  await collaboration.strengthenButton('Kaffe og kage til møder').click();
  await collaboration.linkTo.selectOption({ label: 'Frivilligcenter Nord' });
  await collaboration.linkText.fill('give kaffe til frivilligmøderne');
  await collaboration.linkSubmit.click();
  await expect(collaboration.status).toContainText('Café Nord');
  await expectInViewport(page, collaboration.network);
  expect(overlaps(await box(collaboration.status), await box(collaboration.network))).toBe(false);
  await shot(page, 'collaboration-1920-linked.png');
});

test.describe('on a tablet held upright (820 × 1180)', () => {
  test.use({ viewport: { width: 820, height: 1180 } });

  test('the facilitator\'s screen stacks: cards, organisations, the network', async ({ page }) => {
    const workshop = await openWorkshop(page);
    await workshop.goToPhase('Gør hinanden stærkere');
    const collaboration = new CollaborationPage(page);
    await collaboration.chooseOrganisation('Café Nord');
    const cards = await box(page.getByRole('region', { name: 'Kort for Café Nord' }));
    const tiles = await box(collaboration.tiles);
    const network = await box(collaboration.network);
    expect(tiles.y).toBeGreaterThan(cards.y + cards.height - 1);
    expect(network.y).toBeGreaterThan(tiles.y + tiles.height - 1);
    expect(network.width).toBeGreaterThan(600);
    await shot(page, 'collaboration-820.png');
    await collaboration.network.scrollIntoViewIfNeeded();
    await shot(page, 'collaboration-820-network.png');
  });
});

test('projector view still shows the network beside everyone\'s cards', async ({ page }) => {
  const workshop = await openWorkshop(page);
  await workshop.goToPhase('Gør hinanden stærkere');
  await new ProjectorToggle(page).enter();
  const collaboration = new CollaborationPage(page);
  await expect(collaboration.network).toBeVisible();
  await expectInViewport(page, collaboration.network);
  await shot(page, 'collaboration-projector-1920.png');
});
