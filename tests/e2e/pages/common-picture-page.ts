import { expect, type Locator, type Page } from '@playwright/test';

/** Det fælles billede: the reveal, the values grouped with counts, the prompts and the key points. */
export class CommonPicturePage {
  readonly heading: Locator;
  readonly hiddenHeading: Locator;
  readonly revealButton: Locator;
  readonly sharedGroup: Locator;
  readonly singleGroup: Locator;
  readonly unplacedGroup: Locator;
  readonly stats: Locator;
  readonly prompts: Locator;
  readonly keyPoints: Locator;
  readonly keyPointsRegion: Locator;

  constructor(readonly page: Page) {
    this.heading = page.getByRole('heading', { level: 2, name: 'Det fælles billede' });
    this.hiddenHeading = page.getByRole('heading', { name: 'Felterne er stadig skjult' });
    this.revealButton = page.getByRole('button', { name: 'Vis alle felter' });
    this.sharedGroup = page.getByRole('region', { name: 'Værdier, I deler' });
    this.singleGroup = page.getByRole('region', { name: 'Værdier, kun én organisation har' });
    this.unplacedGroup = page.getByRole('region', { name: 'Værdier, ingen har lagt' });
    this.stats = page.getByRole('definition');
    this.prompts = page.getByRole('region', { name: 'Spørgsmål til snakken' }).getByRole('listitem');
    this.keyPoints = page.getByRole('textbox', { name: 'Facilitatorens pointer' });
    this.keyPointsRegion = page.getByRole('region', { name: 'Facilitatorens pointer' });
  }

  async reveal(): Promise<void> {
    await this.revealButton.click();
    await expect(this.hiddenHeading).toHaveCount(0);
    await expect(this.sharedGroup).toBeVisible();
  }

  /** A value's card (shared or single), found by its heading. */
  valueCard(name: string): Locator {
    return this.page.getByRole('article', { name, exact: true });
  }

  /** The value cards' or chips' texts in a group, in the order shown (without the soft hyphens they are broken at). */
  async valueNames(group: Locator): Promise<string[]> {
    return (await group.locator('h4, .picture-unplaced-name').allInnerTexts()).map((text) => text.replaceAll('\u00AD', '').trim());
  }
}
