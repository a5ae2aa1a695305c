import { expect, type Locator, type Page } from '@playwright/test';

export const CORE_VALUE_NAMES = [
  'Bredere målgruppe',
  'Øget faglighed',
  'Stærkere samarbejdsgrundlag',
  'Større socialt ansvar',
  'Adgang til flere ressourcer',
] as const;

/** Solskinsmodellen: the sun with one ray (a button) per value, and the chosen value's details. */
export class SunshinePage {
  readonly heading: Locator;
  readonly sun: Locator;
  readonly rays: Locator;
  readonly details: Locator;

  constructor(readonly page: Page) {
    this.heading = page.getByRole('heading', { level: 2, name: 'Solskinsmodellen' });
    this.sun = page.getByRole('group', { name: 'Solskinsmodellen med fem værdier' });
    this.rays = this.sun.getByRole('button');
    this.details = page.locator('.sun-details');
  }

  ray(valueName: string): Locator {
    return this.sun.getByRole('button', { name: `${valueName}: vis beskrivelse og spørgsmål`, exact: true });
  }

  /** The heading of the value shown in the details panel. */
  valueHeading(valueName: string): Locator {
    return this.details.getByRole('heading', { level: 3, name: valueName, exact: true });
  }

  questions(): Locator {
    return this.details.getByRole('listitem');
  }

  async expectSelected(valueName: string): Promise<void> {
    await expect(this.ray(valueName)).toHaveAttribute('aria-pressed', 'true');
    await expect(this.valueHeading(valueName)).toBeVisible();
  }
}
