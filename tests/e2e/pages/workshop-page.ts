import { expect, type Locator, type Page } from '@playwright/test';

export const PHASES = [
  'Forberedelse',
  'Solskinsmodellen',
  'Opvarmning',
  'Værdispillet',
  'Det fælles billede',
  'Gør hinanden stærkere',
  'Aftaler',
  'Opsamling',
] as const;
export type PhaseName = (typeof PHASES)[number];

/** How long to wait for the app to start (or a workshop to load) after a navigation or reload. */
export const APP_START_TIMEOUT = 15_000;

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** An open workshop: toolbar, phase bar and the Forberedelse (setup) screen. */
export class WorkshopPage {
  readonly title: Locator;
  readonly backToStart: Locator;
  readonly undoButton: Locator;
  readonly redoButton: Locator;
  readonly phaseBar: Locator;
  readonly nextPhaseButton: Locator;
  readonly previousPhaseButton: Locator;
  readonly projectorToggle: Locator;
  readonly organisationsRegion: Locator;
  readonly addOrganisationForm: Locator;
  readonly valuesRegion: Locator;
  readonly addValueForm: Locator;

  constructor(readonly page: Page) {
    this.title = page.locator('.workshop-toolbar').getByRole('heading', { level: 1 });
    // The visible text is "← Alle workshops"; the brand link's name also ends in "Alle workshops".
    this.backToStart = page.getByRole('link', { name: /^←? ?Alle workshops$/ });
    this.undoButton = page.getByRole('button', { name: 'Fortryd' });
    this.redoButton = page.getByRole('button', { name: 'Gentag' });
    this.phaseBar = page.getByRole('navigation', { name: 'Workshoppens faser' });
    this.nextPhaseButton = this.phaseBar.getByRole('button', { name: 'Næste fase' });
    this.previousPhaseButton = this.phaseBar.getByRole('button', { name: 'Forrige fase' });
    this.projectorToggle = page.getByRole('button', { name: /^(Projektorvisning|Afslut projektorvisning)$/ });
    this.organisationsRegion = page.getByRole('region', { name: /^Organisationer/ });
    this.addOrganisationForm = page.getByRole('form', { name: 'Tilføj organisation' });
    this.valuesRegion = page.getByRole('region', { name: 'Værdier i spil' });
    this.addValueForm = page.getByRole('form', { name: 'Tilføj værdi' });
  }

  /** The URL of this workshop (hash route), to open it again in another page. */
  url(): string {
    return this.page.url();
  }

  // ── Phase bar ────────────────────────────────────────────────────────────

  /** The phase's button in the bar; its name may carry " (springes over)". */
  phaseButton(name: PhaseName): Locator {
    return this.phaseBar.getByRole('button', { name: new RegExp(`^${escapeRegExp(name)}( \\(springes over\\))?$`) });
  }

  async goToPhase(name: PhaseName): Promise<void> {
    await this.phaseButton(name).click();
    await expect(this.phaseButton(name)).toHaveAttribute('aria-current', 'step');
  }

  async currentPhase(): Promise<string> {
    return (await this.phaseBar.locator('[aria-current="step"]').innerText()).replace(/^\d+\s*/, '').trim();
  }

  // ── Facts ────────────────────────────────────────────────────────────────

  /** A text field by its accessible name (a required field's visual "*" is not part of it). */
  field(label: string): Locator {
    return this.page.getByRole('textbox', { name: label, exact: true });
  }

  /** A date input has no ARIA role, so it is found by its label. */
  get dateField(): Locator {
    return this.page.getByLabel('Dato', { exact: true });
  }

  kindRadio(label: string): Locator {
    return this.page.getByRole('group', { name: 'Slags gruppe' }).getByRole('radio', { name: label });
  }

  get warmUpCheckbox(): Locator {
    return this.page.getByRole('checkbox', { name: /^Start med opvarmning/ });
  }

  // ── Organisations ────────────────────────────────────────────────────────

  async addOrganisation(name: string, actorTypeLabel: string, contact?: string): Promise<void> {
    const form = this.addOrganisationForm;
    await form.getByLabel('Navn', { exact: true }).fill(name);
    await form.getByLabel('Aktørtype', { exact: true }).selectOption({ label: actorTypeLabel });
    if (contact !== undefined) await form.getByLabel('Kontaktperson (valgfri)').fill(contact);
    await form.getByRole('button', { name: 'Tilføj organisation' }).click();
  }

  /** The name field of the organisation at `position` (1-based) in the list. */
  organisationNameField(position: number): Locator {
    return this.organisationsRegion.getByRole('textbox', { name: `Navn på organisation ${position}`, exact: true });
  }

  organisationNameFields(): Locator {
    return this.organisationsRegion.getByRole('textbox', { name: /^Navn på organisation \d+$/ });
  }

  /** The organisations' names in the order shown. */
  async organisationNames(): Promise<string[]> {
    return this.organisationNameFields().evaluateAll((inputs) => inputs.map((input) => (input as HTMLInputElement).value));
  }

  /** The actor type chosen for `name`, as its visible label. */
  async actorTypeOf(name: string): Promise<string> {
    const select = this.organisationsRegion.getByRole('combobox', { name: `Aktørtype for ${name}`, exact: true });
    return select.evaluate((element) => (element as HTMLSelectElement).selectedOptions[0]?.text ?? '');
  }

  contactField(name: string): Locator {
    return this.organisationsRegion.getByRole('textbox', { name: `Kontaktperson for ${name}`, exact: true });
  }

  moveUpButton(name: string): Locator {
    return this.page.getByRole('button', { name: `Flyt ${name} op`, exact: true });
  }

  moveDownButton(name: string): Locator {
    return this.page.getByRole('button', { name: `Flyt ${name} ned`, exact: true });
  }

  removeOrganisationButton(name: string): Locator {
    return this.page.getByRole('button', { name: `Fjern ${name}`, exact: true });
  }

  // ── Values ───────────────────────────────────────────────────────────────

  coreValue(name: string): Locator {
    return this.valuesRegion.getByRole('checkbox', { name, exact: true });
  }

  async addCustomValue(name: string): Promise<void> {
    await this.addValueForm.getByLabel('Navn på værdi', { exact: true }).fill(name);
    await this.addValueForm.getByRole('button', { name: 'Tilføj værdi' }).click();
  }

  customValueNameFields(): Locator {
    return this.valuesRegion.getByRole('textbox', { name: /^Navn på værdi på egen værdi \d+$/ });
  }

  async customValueNames(): Promise<string[]> {
    return this.customValueNameFields().evaluateAll((inputs) => inputs.map((input) => (input as HTMLInputElement).value));
  }

  // ── Reload ───────────────────────────────────────────────────────────────

  /** Reloads and waits until the workshop is on screen again. */
  async reload(): Promise<void> {
    await this.page.reload();
    await expect(this.phaseBar).toBeVisible({ timeout: APP_START_TIMEOUT });
  }
}
