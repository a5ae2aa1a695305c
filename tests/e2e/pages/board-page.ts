import { expect, type Locator, type Page } from '@playwright/test';
import { mouseDrag, tabTo, touchDrag, type DragSigns, type Point } from '../drag.ts';
import { APP_START_TIMEOUT, type WorkshopPage } from './workshop-page.ts';

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * Værdispillet as its users see it: the board (one row per organisation, one slot per value), the tray
 * of the organisation placing now, its placed pieces with examples, and the facilitator's buttons.
 * Methods act on the organisation chosen in "Placerer nu" (`organisation`).
 */

/** What a row says before the reveal, on a device that may not see which values it holds. */
export const HIDDEN_TEXT = 'vises ved afsløringen';
export function hiddenRow(count: number): string {
  return `Brikker lagt: ${count} · ${HIDDEN_TEXT}`;
}

export class BoardPage {
  readonly heading: Locator;
  readonly board: Locator;
  readonly placingNow: Locator;
  readonly lockButton: Locator;
  readonly unlockButton: Locator;
  readonly revealButton: Locator;
  readonly hideButton: Locator;
  /** Why a move was refused (the banner above the board). */
  readonly refusal: Locator;
  readonly lockedBanner: Locator;
  /** dnd-kit's live region: what a screen reader hears while a piece is carried. */
  readonly dragAnnouncement: Locator;
  /** The app's polite status line: what a command did. */
  readonly announcement: Locator;
  /** The organisation whose turn it is, as chosen in "Placerer nu". */
  organisation = '';

  constructor(readonly page: Page) {
    this.heading = page.getByRole('heading', { level: 2, name: 'Værdispillet', exact: true });
    this.board = page.getByRole('region', { name: 'Spillepladen: en række pr. organisation, en plads pr. værdi', exact: true });
    this.placingNow = page.getByRole('combobox', { name: 'Placerer nu', exact: true });
    const controls = page.getByRole('region', { name: 'Facilitatorens knapper', exact: true });
    this.lockButton = controls.getByRole('button', { name: 'Lås pladen', exact: true });
    this.unlockButton = controls.getByRole('button', { name: 'Lås pladen op', exact: true });
    this.revealButton = controls.getByRole('button', { name: 'Vis alle felter', exact: true });
    this.hideButton = controls.getByRole('button', { name: 'Skjul de andres felter', exact: true });
    this.refusal = page.getByRole('alert').filter({ hasNotText: /gemme|storage/i });
    this.lockedBanner = page.getByRole('status').filter({ hasText: 'Pladen er låst: ingen kan lægge eller flytte brikker lige nu.' });
    this.dragAnnouncement = page.locator('[id^="DndLiveRegion"]');
    this.announcement = page.locator('.status[role="status"]');
  }

  /** Goes to Værdispillet in the phase bar and waits for the board. */
  static async open(workshop: WorkshopPage): Promise<BoardPage> {
    await workshop.goToPhase('Værdispillet');
    const board = new BoardPage(workshop.page);
    await board.waitUntilShown();
    return board;
  }

  /** Waits for the board (e.g. after a reload, when the app starts again) and reads whose turn it is. */
  async waitUntilShown(): Promise<void> {
    await expect(this.heading).toBeVisible({ timeout: APP_START_TIMEOUT });
    await expect(this.board.getByRole('table')).toBeVisible();
    this.organisation = await this.placingNow.evaluate((select) => (select as HTMLSelectElement).selectedOptions[0]?.text ?? '');
  }

  async choosePlacingNow(organisation: string): Promise<void> {
    await this.placingNow.selectOption({ label: organisation });
    this.organisation = organisation;
    await expect(this.tray).toBeVisible();
  }

  // ── Where things are ──────────────────────────────────────────────────────

  get tray(): Locator {
    return this.page.getByRole('region', { name: `Brikker til ${this.organisation}`, exact: true });
  }

  /** The active organisation's placed pieces, with their examples. */
  get panel(): Locator {
    return this.page.getByRole('region', { name: `Brikker fra ${this.organisation}`, exact: true });
  }

  trayPiece(value: string): Locator {
    return this.tray.getByRole('button', { name: `Brik: ${value}`, exact: true });
  }

  trayPieces(): Locator {
    return this.tray.getByRole('button', { name: /^Brik: / });
  }

  /** The names of the pieces still in the tray, in order. */
  async trayValues(): Promise<string[]> {
    const names = await this.trayPieces().evaluateAll((buttons) => buttons.map((button) => button.getAttribute('aria-label') ?? ''));
    return names.map((name) => name.replace(/^Brik: /, ''));
  }

  /** The active organisation's slot for `value` (a button, "…: tom" or "…: lagt"). */
  slot(value: string, organisation = this.organisation): Locator {
    return this.board.getByRole('button', {
      name: new RegExp(`^Plads for ${escapeRegExp(value)} hos ${escapeRegExp(organisation)}: (tom|lagt)$`),
    });
  }

  async expectSlot(value: string, state: 'tom' | 'lagt', organisation = this.organisation): Promise<void> {
    await expect(this.slot(value, organisation)).toHaveAccessibleName(`Plads for ${value} hos ${organisation}: ${state}`);
  }

  /** The board's row of `organisation` (header cell plus one cell per value). */
  row(organisation: string): Locator {
    // The active row's header shows a "▶ " (CSS content), which is part of its accessible name.
    const header = this.page.getByRole('rowheader', { name: new RegExp(`^(▶ )?${escapeRegExp(organisation)}$`) });
    return this.board.getByRole('row').filter({ has: header });
  }

  /** The active row's filled slots. */
  filledSlots(organisation = this.organisation): Locator {
    return this.row(organisation).getByRole('button', { name: /: lagt$/ });
  }

  /** What each value cell of another organisation's row says to a screen reader, in column order. */
  async rowCellTexts(organisation: string): Promise<string[]> {
    return (await this.row(organisation).getByRole('cell').allTextContents()).map((text) => text.trim());
  }

  /** The value names written in the column heads, in order (without the soft hyphens they are broken at). */
  async valueNames(): Promise<string[]> {
    return (await this.board.getByRole('columnheader').allTextContents())
      .map((text) => text.replaceAll('\u00AD', '').trim())
      .filter((text) => text !== 'Organisation');
  }

  placedItem(value: string): Locator {
    return this.panel.getByRole('listitem').filter({ has: this.page.getByRole('textbox', { name: this.exampleLabel(value), exact: true }) });
  }

  exampleLabel(value: string): string {
    return `Sådan skaber samarbejdet ${value} for ${this.organisation}`;
  }

  example(value: string): Locator {
    return this.panel.getByRole('textbox', { name: this.exampleLabel(value), exact: true });
  }

  exampleCounter(value: string): Locator {
    return this.placedItem(value).getByText(/^\d+ af 280 tegn$/);
  }

  mostImportantButton(value: string): Locator {
    return this.placedItem(value).getByRole('button', { name: '★ Vigtigst for os', exact: true });
  }

  takeBackButton(value: string): Locator {
    return this.panel.getByRole('button', { name: `↩ Tag ${value} tilbage`, exact: true });
  }

  /** The values of the active organisation's placed pieces, in the order they were placed. */
  async placedValues(): Promise<string[]> {
    const names = await this.panel.getByRole('button', { name: /^↩ Tag .+ tilbage$/ }).allTextContents();
    return names.map((name) => name.replace(/^↩ Tag /, '').replace(/ tilbage$/, ''));
  }

  // ── Placing, four ways ────────────────────────────────────────────────────

  /** What the live region says while a piece is carried: it has started, and which slot it is over. */
  dragSigns(value: string, slotValue?: string): DragSigns {
    return {
      whenStarted: () => expect(this.dragAnnouncement).toContainText(`Du har samlet brikken ${value} op.`),
      beforeDrop:
        slotValue === undefined
          ? undefined
          : () => expect(this.dragAnnouncement).toContainText(`Brikken ${value} er over pladsen for ${slotValue}.`),
    };
  }

  /** Drags the piece with the mouse onto `slotValue`'s slot (its own slot unless given). */
  async dragByMouse(value: string, slotValue = value): Promise<void> {
    await mouseDrag(this.page, this.trayPiece(value), this.slot(slotValue), this.dragSigns(value, slotValue));
  }

  /** Drags the piece with the mouse to somewhere that is not one of the active row's slots. */
  async dragByMouseTo(value: string, target: Locator | Point): Promise<void> {
    await mouseDrag(this.page, this.trayPiece(value), target, this.dragSigns(value));
  }

  async placeByMouse(value: string): Promise<void> {
    await this.dragByMouse(value);
    await this.expectPlaced(value);
  }

  /** Holds a finger on the piece until the drag starts, then slides it onto `slotValue`'s slot. */
  async dragByTouch(value: string, slotValue = value): Promise<void> {
    // touchDrag brings both on screen first: a finger cannot scroll while it carries a piece.
    await touchDrag(this.page, this.trayPiece(value), this.slot(slotValue), this.dragSigns(value, slotValue));
  }

  async placeByTouch(value: string): Promise<void> {
    await this.dragByTouch(value);
    await this.expectPlaced(value);
  }

  /**
   * After a keyboard pick-up: dnd-kit starts listening for the arrow keys on a timer it sets at pick-up,
   * so a key pressed sooner than any person could is lost. A timer set now fires after dnd-kit's.
   */
  async keyboardDragReady(): Promise<void> {
    await this.page.evaluate(() => new Promise((resolve) => setTimeout(resolve, 0)));
  }

  /**
   * Keyboard only: Tab to the piece, Space picks it up, the first arrow key carries it to its own slot,
   * Space lays it down. Checks what the live region says on the way.
   */
  async placeByKeyboard(value: string): Promise<void> {
    await tabTo(this.page, this.trayPiece(value));
    await this.page.keyboard.press('Space');
    await expect(this.dragAnnouncement).toContainText(`Du har samlet brikken ${value} op. Brug piletasterne til at finde dens plads.`);
    await this.keyboardDragReady();
    await this.page.keyboard.press('ArrowUp');
    await expect(this.dragAnnouncement).toContainText(`Brikken ${value} er over pladsen for ${value}.`);
    await this.page.keyboard.press('Space');
    await this.expectPlaced(value);
    await expect(this.announcement).toHaveText(`${value} er lagt i feltet for ${this.organisation}.`);
  }

  /** Tap-to-place with touch taps: the piece (it is marked as chosen), then its slot. */
  async tapToPlace(value: string, slotValue = value): Promise<void> {
    await this.trayPiece(value).tap();
    await expect(this.trayPiece(value)).toHaveAttribute('aria-pressed', 'true');
    await this.slot(slotValue).tap();
  }

  /** Tap-to-place with mouse clicks. */
  async clickToPlace(value: string): Promise<void> {
    await this.trayPiece(value).click();
    await expect(this.trayPiece(value)).toHaveAttribute('aria-pressed', 'true');
    await this.slot(value).click();
    await this.expectPlaced(value);
  }

  /** The piece lies in its slot, is listed among the placed pieces, and has left the tray. */
  async expectPlaced(value: string): Promise<void> {
    await this.expectSlot(value, 'lagt');
    await expect(this.example(value)).toBeVisible();
    await expect(this.trayPiece(value)).toHaveCount(0);
  }

  /** The piece is still in the tray, and its slot and the placed list are without it. */
  async expectInTray(value: string): Promise<void> {
    await expect(this.trayPiece(value)).toBeVisible();
    await this.expectSlot(value, 'tom');
    await expect(this.example(value)).toHaveCount(0);
  }

  // ── On a placed piece ─────────────────────────────────────────────────────

  /**
   * Clicks into the piece's example, as a person does, then puts the text in. (Not `fill()`: right after a
   * drop its focus-by-script and inserted text were occasionally never delivered to the page under load —
   * no input event at all; after a real click they were.)
   */
  async writeExample(value: string, text: string): Promise<void> {
    await this.example(value).click();
    await this.page.keyboard.press('ControlOrMeta+A');
    await this.page.keyboard.insertText(text);
    await expect(this.example(value)).toHaveValue(text);
  }

  async markMostImportant(value: string): Promise<void> {
    await this.mostImportantButton(value).click();
    await expect(this.mostImportantButton(value)).toHaveAttribute('aria-pressed', 'true');
  }

  async takeBack(value: string): Promise<void> {
    await this.takeBackButton(value).click();
    await this.expectInTray(value);
  }
}
