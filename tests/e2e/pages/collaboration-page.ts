import { expect, type Locator, type Page } from '@playwright/test';
import { StartPage } from './start-page.ts';
import type { WorkshopPage } from './workshop-page.ts';

export type CardSideName = 'Det kan vi bidrage med' | 'Det vil vi gerne styrkes i';

/** Gør hinanden stærkere: the organisation picker, the two card columns, tiles, the link form, matches, suggestions, the network. */
export class CollaborationPage {
  readonly heading: Locator;
  readonly organisationPicker: Locator;
  readonly tiles: Locator;
  readonly linkForm: Locator;
  readonly linksRegion: Locator;
  readonly matchesRegion: Locator;
  readonly suggestionsRegion: Locator;
  readonly network: Locator;
  readonly status: Locator;

  constructor(readonly page: Page) {
    this.heading = page.getByRole('heading', { level: 2, name: 'Gør hinanden stærkere' });
    this.organisationPicker = page.getByRole('combobox', { name: 'Organisation', exact: true });
    this.tiles = page.getByRole('list', { name: 'Træk et kort herhen for at styrke en anden organisation' });
    this.linkForm = page.getByRole('form', { name: /styrker en anden organisation$/ });
    this.linksRegion = page.getByRole('region', { name: /^Hvem styrker hvem/ });
    this.matchesRegion = page.getByRole('region', { name: 'Mulige match' });
    this.suggestionsRegion = page.getByRole('region', { name: 'Forslag til kort' });
    this.network = page.getByRole('img', { name: /^Netværket/ });
    // The app's status line (dnd-kit has a live region of its own with the same role).
    this.status = page.getByRole('status').and(page.locator('.status'));
  }

  /** A new workshop with `organisations` (name, actor type label), opened on Gør hinanden stærkere. */
  static async setUp(page: Page, organisations: [string, string][], title = 'Netværksmøde i Nørreparken'): Promise<{ workshop: WorkshopPage; collaboration: CollaborationPage }> {
    const start = new StartPage(page);
    await start.goto();
    const workshop = await start.createWorkshop(title);
    for (const [name, actorType] of organisations) await workshop.addOrganisation(name, actorType);
    await expect(workshop.organisationNameFields()).toHaveCount(organisations.length);
    await workshop.goToPhase('Gør hinanden stærkere');
    const collaboration = new CollaborationPage(page);
    await expect(collaboration.heading).toBeVisible();
    return { workshop, collaboration };
  }

  async chooseOrganisation(name: string): Promise<void> {
    await this.organisationPicker.selectOption({ label: name });
    await expect(this.page.getByRole('heading', { name: `Kort for ${name}` })).toBeVisible();
  }

  column(side: CardSideName): Locator {
    return this.page.getByRole('region', { name: side, exact: true });
  }

  addForm(side: CardSideName): Locator {
    return this.page.getByRole('form', { name: `Tilføj kort: ${side}` });
  }

  /** Adds a card through the column's form: text, kind (its chip's label) and optionally a value. */
  async addCard(side: CardSideName, text: string, kind: string, value?: string): Promise<void> {
    const form = this.addForm(side);
    await form.getByRole('textbox', { name: 'Tekst på kortet' }).fill(text);
    await form.getByRole('radio', { name: kind }).check();
    if (value !== undefined) await form.getByRole('combobox', { name: 'Værdi (valgfri)' }).selectOption({ label: value });
    await form.getByRole('button', { name: 'Tilføj kort' }).click();
  }

  /** The texts of the cards in a column, in order. */
  cardTexts(side: CardSideName): Locator {
    return this.column(side).locator('.offer-card-text');
  }

  /** The part of an offer card a mouse or finger drags. */
  offerHandle(text: string): Locator {
    return this.column('Det kan vi bidrage med').getByTestId('offer-drag').filter({ hasText: text });
  }

  strengthenButton(text: string): Locator {
    return this.page.getByRole('button', { name: `Styrk en anden organisation med ${text}`, exact: true });
  }

  tile(name: string): Locator {
    return this.tiles.getByRole('listitem').filter({ has: this.page.getByRole('button', { name: new RegExp(`^${name} `) }) });
  }

  /** The link form's fields. */
  get linkTo(): Locator {
    return this.linkForm.getByRole('combobox', { name: 'Hvem bliver styrket' });
  }

  get linkText(): Locator {
    return this.linkForm.getByRole('textbox', { name: 'Ved at …' });
  }

  get linkSubmit(): Locator {
    return this.linkForm.getByRole('button', { name: /^(Tilføj forbindelse|Gem)$/ });
  }

  /** The sentences "X styrker Y ved at …" in the links list, in order. */
  async linkSentences(): Promise<string[]> {
    if ((await this.linksRegion.getByRole('listitem').count()) === 0) return [];
    return (await this.linksRegion.locator('.link-sentence').allInnerTexts()).map((text) => text.trim());
  }

  /** The sentences in the network picture's list for screen readers. */
  async networkListSentences(): Promise<string[]> {
    return (await this.page.getByRole('list', { name: 'Forbindelserne i netværket' }).getByRole('listitem').allTextContents()).map((text) => text.trim());
  }

  suggestion(text: string): Locator {
    return this.suggestionsRegion.getByRole('listitem').filter({ hasText: text });
  }
}
