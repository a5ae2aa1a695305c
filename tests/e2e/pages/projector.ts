import { expect, type Locator, type Page } from '@playwright/test';

/** The header toggle for projector view; its name says what pressing it does. */
export class ProjectorToggle {
  readonly on: Locator;
  readonly off: Locator;

  constructor(readonly page: Page) {
    this.on = page.getByRole('button', { name: 'Projektorvisning', exact: true });
    this.off = page.getByRole('button', { name: 'Afslut projektorvisning', exact: true });
  }

  async enter(): Promise<void> {
    await this.on.click();
    await this.expectOn();
  }

  async expectOn(): Promise<void> {
    await expect(this.off).toHaveAttribute('aria-pressed', 'true');
    await expect(this.page).toHaveURL(/[?&]view=projector/);
  }

  async expectOff(): Promise<void> {
    await expect(this.on).toHaveAttribute('aria-pressed', 'false');
    await expect(this.page).not.toHaveURL(/view=projector/);
  }
}
