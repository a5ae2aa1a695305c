import { expect, type Locator, type Page } from '@playwright/test';

/** The facilitator's guide: the toolbar's button and the panel beside the screen. */
export class GuidePanel {
  readonly button: Locator;
  readonly panel: Locator;
  readonly closeButton: Locator;
  readonly agenda: Locator;
  readonly minutesField: Locator;
  readonly startField: Locator;
  readonly checklist: Locator;
  readonly invitation: Locator;
  readonly copyButton: Locator;

  constructor(readonly page: Page) {
    this.button = page.getByRole('button', { name: 'Facilitatorguide', exact: true });
    this.panel = page.getByRole('complementary', { name: /^Facilitatorguide: / });
    this.closeButton = this.panel.getByRole('button', { name: 'Luk guiden' });
    this.agenda = this.panel.getByRole('table', { name: 'Dagsorden' });
    this.minutesField = this.panel.getByRole('spinbutton', { name: 'Mødets længde i minutter' });
    this.startField = this.panel.getByRole('textbox', { name: 'Mødet starter kl.' });
    this.checklist = this.panel.getByRole('group', { name: /^Tjekliste/ });
    this.invitation = this.panel.getByRole('textbox', { name: 'Invitation' });
    this.copyButton = this.panel.getByRole('button', { name: 'Kopiér invitationen' });
  }

  /** The panel for `phase` (its accessible name). */
  for(phase: string): Locator {
    return this.page.getByRole('complementary', { name: `Facilitatorguide: ${phase}`, exact: true });
  }

  async openByMouse(): Promise<void> {
    await this.button.click();
    await expect(this.panel).toBeVisible();
  }

  /** Tabs to the button the way a keyboard user reaches it, then presses Enter. */
  async openByKeyboard(): Promise<void> {
    await this.button.focus();
    await expect(this.button).toBeFocused();
    await this.page.keyboard.press('Enter');
    await expect(this.panel).toBeVisible();
    await expect(this.button).toHaveAttribute('aria-expanded', 'true');
  }

  /** The agenda's minutes per row, by the row's phase name. */
  async agendaMinutes(): Promise<Record<string, number>> {
    const rows = await this.agenda.getByRole('row').all();
    const minutes: Record<string, number> = {};
    for (const row of rows.slice(1)) {
      const name = (await row.getByRole('rowheader').innerText()).trim();
      const cells = await row.getByRole('cell').allInnerTexts();
      minutes[name] = Number.parseInt(cells.at(-1) ?? '', 10);
    }
    return minutes;
  }
}
