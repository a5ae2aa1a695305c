import { expect, type Download, type Locator, type Page } from '@playwright/test';

/** The "Eksportér og print" dialog in a workshop's toolbar. */
export class ExportMenu {
  readonly openButton: Locator;
  readonly dialog: Locator;
  readonly status: Locator;
  readonly downloadLink: Locator;
  readonly openLink: Locator;
  readonly closeButton: Locator;

  constructor(readonly page: Page) {
    this.openButton = page.getByRole('button', { name: 'Eksportér og print' });
    this.dialog = page.getByRole('dialog', { name: 'Eksportér og print' });
    this.status = this.dialog.getByRole('status');
    this.downloadLink = this.dialog.getByRole('link', { name: 'Hent PDF' });
    this.openLink = this.dialog.getByRole('link', { name: 'Åbn PDF' });
    this.closeButton = this.dialog.getByRole('button', { name: 'Luk' });
  }

  async open(): Promise<void> {
    await this.openButton.click();
    await expect(this.dialog).toBeVisible();
  }

  choice(label: string): Locator {
    return this.dialog.getByRole('button', { name: label, exact: true });
  }

  /** Builds the PDF `label` names and waits until it is ready. */
  async build(label: string): Promise<void> {
    await this.choice(label).click();
    await expect(this.status).toContainText('er klar', { timeout: 30_000 });
  }

  /** Downloads the PDF that is ready. */
  async download(): Promise<Download> {
    const downloading = this.page.waitForEvent('download');
    await this.downloadLink.click();
    return downloading;
  }
}
