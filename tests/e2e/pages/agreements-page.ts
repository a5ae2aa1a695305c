import { expect, type Locator, type Page } from '@playwright/test';

export const FORM_NAMES = ['Videndele', 'Samvirke', 'Ressourceudveksle', 'Samordne', 'Samskabe'] as const;
export type FormName = (typeof FORM_NAMES)[number];

/** Aftaler: the ladder of collaboration forms with its agreements, and the agreement form. */
export class AgreementsPage {
  readonly heading: Locator;
  readonly newButton: Locator;
  readonly editor: Locator;
  readonly what: Locator;
  readonly coordinator: Locator;
  readonly firstStep: Locator;
  readonly date: Locator;
  readonly followUpDate: Locator;
  readonly saveButton: Locator;
  readonly ladder: Locator;
  readonly deleteDialog: Locator;

  constructor(readonly page: Page) {
    this.heading = page.getByRole('heading', { level: 2, name: 'Aftaler' });
    this.newButton = page.getByRole('button', { name: '+ Ny aftale' });
    this.editor = page.getByRole('form', { name: /^(Ny aftale|Ret aftale)$/ });
    this.what = this.editor.getByRole('textbox', { name: 'Hvad aftaler I?' });
    this.coordinator = this.editor.getByRole('combobox', { name: 'Tovholder' });
    this.firstStep = this.editor.getByRole('textbox', { name: 'Første skridt', exact: true });
    this.date = this.editor.getByLabel('Dato for første skridt');
    this.followUpDate = this.editor.getByLabel('Hvornår følger I op?');
    this.saveButton = this.editor.getByRole('button', { name: 'Gem aftale' });
    this.ladder = page.getByRole('region', { name: 'Fem måder at samarbejde på' });
    this.deleteDialog = page.getByRole('dialog', { name: 'Slet aftalen?' });
  }

  organisation(name: string): Locator {
    return this.editor.getByRole('group', { name: 'Hvilke organisationer er med?' }).getByRole('checkbox', { name, exact: true });
  }

  formRadio(form: FormName): Locator {
    return this.editor.getByRole('group', { name: 'Samarbejdsform' }).getByRole('radio', { name: new RegExp(`^${form} `) });
  }

  /** The ladder's rung for a form (its agreements are inside). */
  rung(form: FormName): Locator {
    return this.ladder.getByRole('listitem', { name: form, exact: true });
  }

  /** An agreement's card on the ladder, by its "what". */
  card(what: string): Locator {
    return this.ladder.getByRole('listitem', { name: what, exact: true });
  }

  /** The refusal or warning shown next to the editor's fields. */
  get fieldErrors(): Locator {
    return this.editor.locator('.field-error');
  }

  get fieldWarnings(): Locator {
    return this.editor.locator('.field-warning');
  }

  /** Makes an agreement through the form with a mouse or touch (`tap` for touch). */
  async make(
    agreement: { what: string; organisations: string[]; coordinator: string; form: FormName; date?: string; firstStep?: string },
    { isTouch = false } = {},
  ): Promise<void> {
    const press = (target: Locator) => (isTouch ? target.tap() : target.click());
    await press(this.newButton);
    await expect(this.editor).toBeVisible();
    await this.what.fill(agreement.what);
    for (const name of agreement.organisations) await press(this.organisation(name));
    await this.coordinator.selectOption({ label: agreement.coordinator });
    if (agreement.firstStep) await this.firstStep.fill(agreement.firstStep);
    if (agreement.date) await this.date.fill(agreement.date);
    await press(this.formRadio(agreement.form));
    await press(this.saveButton);
    await expect(this.editor).toHaveCount(0);
    await expect(this.rung(agreement.form).getByRole('listitem', { name: agreement.what, exact: true })).toBeVisible();
  }
}

/** Opsamling: the summary, the agreements by form and the follow-up. */
export class SummaryPage {
  readonly heading: Locator;
  readonly agreements: Locator;
  readonly followUp: Locator;
  readonly held: Locator;
  readonly facts: Locator;

  constructor(readonly page: Page) {
    this.heading = page.getByRole('heading', { level: 2, name: /^Opsamling/ });
    this.agreements = page.getByRole('region', { name: 'Aftaler', exact: true });
    this.followUp = page.getByRole('region', { name: 'Opfølgning: hvad holdt?' });
    this.held = this.followUp.locator('.held');
    this.facts = page.getByRole('group', { name: 'Workshoppen i tal' }).or(page.locator('.summary-facts'));
  }

  /** The agreements listed under a form (its heading starts with the form's name). */
  formGroup(form: string): Locator {
    return this.agreements.getByRole('listitem', { name: new RegExp(`^${form} `) });
  }

  status(what: string, status: 'Gennemført' | 'I gang' | 'Droppet' | 'Ikke fulgt op'): Locator {
    return this.followUp.getByRole('group', { name: `Status for "${what}"` }).getByRole('radio', { name: status, exact: true });
  }

  note(what: string): Locator {
    return this.followUp.getByRole('textbox', { name: `Hvordan gik det? for "${what}"` });
  }
}
