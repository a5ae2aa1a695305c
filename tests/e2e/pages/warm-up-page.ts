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

/** The facilitator's overview of the tablets in a tablet phase: who has written how much, who is done; the lock. */
export class TabletProgress {
  readonly region: Locator;
  readonly lockButton: Locator;
  readonly summary: Locator;

  constructor(readonly page: Page) {
    this.region = page.getByRole('region', { name: 'Tabletterne', exact: true });
    this.lockButton = this.region.getByRole('button', { name: 'Lås for at skrive' });
    this.summary = this.region.locator('.phase-progress-summary');
  }

  /** The organisation's line: its name, "n af 3 svar", and Færdig, Skriver or Ikke begyndt. */
  of(organisation: string): Locator {
    return this.region.getByRole('listitem').filter({ has: this.page.locator('.phase-progress-name', { hasText: organisation }) });
  }
}

/** Opvarmning on an organisation's own tablet: its answers, the lock's notice, "Vi er færdige". */
export class TabletWarmUp {
  readonly heading: Locator;
  readonly doneButton: Locator;
  readonly notDoneButton: Locator;
  readonly doneNote: Locator;
  readonly lockedNotice: Locator;

  constructor(
    readonly page: Page,
    readonly organisation: string,
  ) {
    this.heading = page.getByRole('heading', { level: 2, name: 'Opvarmning', exact: true });
    this.doneButton = page.getByRole('button', { name: 'Vi er færdige', exact: true });
    this.notDoneButton = page.getByRole('button', { name: 'Vi er ikke færdige alligevel', exact: true });
    this.doneNote = page.locator('.done-note', { hasText: 'I har sagt, at I er færdige. Facilitatoren kan se det.' });
    this.lockedNotice = page.getByRole('status').filter({ hasText: 'Facilitatoren har låst, så I ikke kan skrive lige nu.' });
  }

  get card(): Locator {
    return this.page.getByRole('region', { name: this.organisation, exact: true });
  }

  get newAnswerField(): Locator {
    return this.card.getByRole('textbox', { name: `Nyt svar fra ${this.organisation}`, exact: true });
  }

  /** Types an answer and taps "Tilføj", by touch. */
  async addAnswer(text: string): Promise<void> {
    await this.newAnswerField.tap();
    await this.newAnswerField.fill(text);
    await this.card.getByRole('button', { name: 'Tilføj', exact: true }).tap();
  }

  /** The answers as the tablet shows them: in their fields while writing, as a list once done. */
  async answers(): Promise<string[]> {
    const fields = this.card.getByRole('textbox', { name: new RegExp(`^Svar \\d fra ${this.organisation}$`) });
    if ((await fields.count()) > 0) return fields.evaluateAll((inputs) => inputs.map((input) => (input as HTMLInputElement).value));
    return this.card.getByRole('listitem').allInnerTexts();
  }
}

/** Opvarmning on the projector: each organisation's answers as they come in. */
export function projectedAnswers(page: Page, organisation: string): Locator {
  return page.getByRole('article', { name: organisation, exact: true }).getByRole('listitem');
}
