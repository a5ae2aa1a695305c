import type { Locator, Page } from '@playwright/test';
import { readFile } from 'node:fs/promises';

/**
 * When something fails: the error screen that replaces the app when a screen throws ("Noget gik
 * galt"), and a workshop that cannot be opened ("Workshoppen kunne ikke åbnes"). Both offer a file of
 * what can be read and the way back to the start page.
 */
export class TroublePage {
  readonly errorHeading: Locator;
  readonly openFailedHeading: Locator;
  readonly saveButton: Locator;
  readonly backButton: Locator;
  readonly status: Locator;

  constructor(readonly page: Page) {
    this.errorHeading = page.getByRole('heading', { level: 1, name: 'Noget gik galt' });
    this.openFailedHeading = page.getByRole('heading', { level: 1, name: 'Workshoppen kunne ikke åbnes' });
    this.saveButton = page.getByRole('button', { name: 'Gem det, der kan læses, som fil' });
    this.backButton = page.getByRole('button', { name: 'Tilbage til forsiden' });
    this.status = page.locator('.rescue').getByRole('status');
  }

  /** Runs `act` (a click or a key press on the save button) and returns the file it downloads, parsed as JSON text. */
  async download(act: () => Promise<void>): Promise<{ name: string; text: string }> {
    const [download] = await Promise.all([this.page.waitForEvent('download'), act()]);
    return { name: download.suggestedFilename(), text: await readFile(await download.path(), 'utf8') };
  }

  /** The alert under the heading: what happened, in plain words. */
  alert(heading: Locator): Locator {
    return heading.locator('xpath=following-sibling::*[@role="alert"][1]');
  }
}
