import { expect, type Locator, type Page } from '@playwright/test';

/** Aftaler on an organisation's tablet: a card per agreement it is part of, with "Vi er med", a comment and (its coordinator's) the first step. */
export class TabletAgreementsPage {
  readonly heading: Locator;
  readonly list: Locator;
  readonly none: Locator;

  constructor(readonly page: Page) {
    this.heading = page.getByRole('heading', { level: 2, name: 'Aftaler' });
    this.list = page.getByRole('list', { name: 'Jeres aftaler' });
    this.none = page.locator('.tablet-agreements-none');
  }

  /** An agreement's card, by its "what". */
  card(what: string): Locator {
    return this.list.getByRole('listitem', { name: what, exact: true });
  }

  /** The "what" of every card shown, in order. */
  get whats(): Locator {
    return this.list.getByRole('heading', { level: 3 });
  }

  inButton(what: string): Locator {
    return this.card(what).getByRole('button', { name: `Vi er med i "${what}"`, exact: true });
  }

  takeBackButton(what: string): Locator {
    return this.card(what).getByRole('button', { name: `Fortryd "Vi er med" i "${what}"`, exact: true });
  }

  firstStepButton(what: string): Locator {
    return this.card(what).getByRole('button', { name: new RegExp(`^(Skriv|Ret) første skridt for "`) });
  }

  commentButton(what: string): Locator {
    return this.card(what).getByRole('button', { name: new RegExp(`^(Skriv en kommentar|Ret kommentaren) til "`) });
  }

  async sayIn(what: string): Promise<void> {
    await this.inButton(what).tap();
    await expect(this.card(what)).toContainText('I har sagt: Vi er med');
    await expect(this.takeBackButton(what)).toBeFocused();
  }

  async writeComment(what: string, text: string): Promise<void> {
    await this.commentButton(what).tap();
    const field = this.card(what).getByRole('textbox', { name: 'Jeres kommentar' });
    await expect(field).toBeFocused();
    await field.fill(text);
    await this.card(what).getByRole('button', { name: 'Gem kommentar', exact: true }).tap();
    await expect(field).toHaveCount(0);
    await expect(this.card(what)).toContainText(`Jeres kommentar: ${text}`);
  }

  async writeFirstStep(what: string, text: string): Promise<void> {
    await this.firstStepButton(what).tap();
    const field = this.card(what).getByRole('textbox', { name: 'Første skridt', exact: true });
    await field.fill(text);
    await this.card(what).getByRole('button', { name: 'Gem første skridt', exact: true }).tap();
    await expect(field).toHaveCount(0);
    await expect(this.card(what)).toContainText(`Første skridt: ${text}`);
  }
}
