import { expect, type Locator, type Page } from '@playwright/test';

/** Opvarmning: a card of answers per organisation, and the pieces made from them. */
export class WarmUpPage {
  readonly heading: Locator;
  readonly piecesRegion: Locator;
  readonly droppedRegion: Locator;

  constructor(readonly page: Page) {
    this.heading = page.getByRole('heading', { level: 2, name: 'Opvarmning', exact: true });
    this.piecesRegion = page.getByRole('region', { name: 'Brikker fra opvarmningen' });
    this.droppedRegion = page.getByRole('region', { name: 'Udeladte brikker' });
  }

  /** The card of one organisation (a region named by the organisation). */
  card(organisation: string): Locator {
    return this.page.getByRole('region', { name: organisation, exact: true });
  }

  async addAnswer(organisation: string, text: string): Promise<void> {
    const card = this.card(organisation);
    await card.getByRole('textbox', { name: `Nyt svar fra ${organisation}`, exact: true }).fill(text);
    await card.getByRole('button', { name: 'Tilføj', exact: true }).click();
  }

  /** The organisation's answers as shown in its fields, in order. */
  async answers(organisation: string): Promise<string[]> {
    return this.card(organisation)
      .getByRole('textbox', { name: new RegExp(`^Svar \\d fra ${organisation}$`) })
      .evaluateAll((inputs) => inputs.map((input) => (input as HTMLInputElement).value));
  }

  /** The names of the pieces in play, in order. */
  async pieceNames(): Promise<string[]> {
    return this.pieceNameFields().evaluateAll((inputs) => inputs.map((input) => (input as HTMLInputElement).value));
  }

  pieceNameFields(): Locator {
    return this.piecesRegion.getByRole('textbox', { name: /^Navn på brik \d+$/ });
  }

  pieceNameField(position: number): Locator {
    return this.piecesRegion.getByRole('textbox', { name: `Navn på brik ${position}`, exact: true });
  }

  /** The piece in play at `position` (1-based). */
  piece(position: number): Locator {
    // The inner locator of `has` is matched inside each list item, so it starts from the page.
    const nameField = this.page.getByRole('textbox', { name: `Navn på brik ${position}`, exact: true });
    return this.piecesRegion.getByRole('listitem').filter({ has: nameField });
  }

  /** The "Foreslået af …" line of the piece in play at `position`. */
  proposedBy(position: number): Locator {
    return this.piece(position).getByText(/^Foreslået af /);
  }

  /** Merges the piece whose option reads `sourceOption` into the piece at `position`. */
  async merge(position: number, sourceOption: string): Promise<void> {
    await this.piecesRegion.getByRole('combobox', { name: `Slå sammen med … for brik ${position}`, exact: true }).selectOption({ label: sourceOption });
    await this.piecesRegion.getByRole('button', { name: `Slå sammen for brik ${position}`, exact: true }).click();
  }

  dropButton(name: string): Locator {
    return this.piecesRegion.getByRole('button', { name: `Udelad ${name}`, exact: true });
  }

  restoreButton(name: string): Locator {
    return this.droppedRegion.getByRole('button', { name: `Tag med igen ${name}`, exact: true });
  }

  async expectVisible(): Promise<void> {
    await expect(this.heading).toBeVisible();
    await expect(this.piecesRegion).toBeVisible();
  }
}
