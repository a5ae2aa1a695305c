import { expect, type Locator, type Page } from '@playwright/test';
import type { CardSideName } from './collaboration-page.ts';

export type TabletStepName = 'Vi kan give' | 'Vi vil styrkes' | 'De andre' | 'Forslag' | 'Forbindelser';

const SIDE_OF_STEP: Record<'Vi kan give' | 'Vi vil styrkes', CardSideName> = {
  'Vi kan give': 'Det kan vi bidrage med',
  'Vi vil styrkes': 'Det vil vi gerne styrkes i',
};

/** Gør hinanden stærkere on a tablet: its steps, its cards, the others' cards, and its links. Taps, as a finger does. */
export class TabletCollaborationPage {
  readonly heading: Locator;
  readonly panel: Locator;

  constructor(readonly page: Page) {
    this.heading = page.getByRole('heading', { level: 2, name: 'Gør hinanden stærkere' });
    this.panel = page.getByRole('tabpanel');
  }

  tab(name: TabletStepName): Locator {
    return this.page.getByRole('tab', { name: new RegExp(`^${name}`) });
  }

  async open(name: TabletStepName): Promise<void> {
    await this.tab(name).tap();
    await expect(this.tab(name)).toHaveAttribute('aria-selected', 'true');
  }

  /** Writes a card on the step "Vi kan give" or "Vi vil styrkes": its text and kind (the chip's label). */
  async addCard(step: 'Vi kan give' | 'Vi vil styrkes', text: string, kind: string): Promise<void> {
    await this.open(step);
    const side = SIDE_OF_STEP[step];
    const form = this.page.getByRole('form', { name: `Tilføj kort: ${side}` });
    await form.getByRole('textbox', { name: 'Tekst på kortet' }).fill(text);
    await form.getByRole('radio', { name: kind }).tap();
    await form.getByRole('button', { name: 'Tilføj kort' }).tap();
    await expect(this.ownCardTexts()).toContainText([text]);
  }

  /** The texts of this organisation's cards on the step shown. */
  ownCardTexts(): Locator {
    return this.panel.locator('.card-list .offer-card-text');
  }

  /** Another organisation on the step "De andre" (or on the projector): its name, its count, its cards once shown. */
  organisation(name: string): Locator {
    return this.page.locator('.other-organisation').filter({ has: this.page.getByRole('heading', { name: new RegExp(`^${name}`) }) });
  }

  /** Proposes a link on the step "Forbindelser". */
  async propose(direction: 'Vi kan styrke en anden' | 'En anden kan styrke os', other: string, text: string, beforeSending?: () => Promise<void>): Promise<void> {
    await this.open('Forbindelser');
    await this.page.getByRole('button', { name: 'Foreslå en forbindelse', exact: true }).tap();
    const form = this.page.getByRole('form', { name: 'Foreslå en forbindelse' });
    await form.getByRole('radio', { name: direction }).tap();
    await form.getByRole('combobox', { name: direction === 'Vi kan styrke en anden' ? 'Hvem kan I styrke?' : 'Hvem kan styrke jer?' }).selectOption({ label: other });
    await form.getByRole('textbox', { name: / ved at$/ }).fill(text);
    await beforeSending?.();
    await form.getByRole('button', { name: 'Send forslaget' }).tap();
    await expect(form).toBeHidden();
  }

  /** A proposal made to this organisation, from `from`, on the step "Forbindelser". */
  incoming(from: string): Locator {
    return this.page
      .getByRole('region', { name: 'Forslag til jer' })
      .getByRole('listitem')
      .filter({ has: this.page.getByRole('button', { name: `Ja tak til forslaget fra ${from}` }) });
  }

  /** The links and proposals this organisation is part of, as sentences with their status. */
  ours(): Locator {
    return this.page.getByRole('region', { name: 'Jeres forbindelser' }).getByRole('listitem');
  }
}
