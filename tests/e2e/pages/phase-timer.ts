import { expect, type Locator, type Page } from '@playwright/test';

/** The facilitator's countdown under the phase bar. */
export class PhaseTimerPanel {
  readonly minutes: Locator;
  readonly startButton: Locator;
  readonly time: Locator;
  readonly pauseButton: Locator;
  readonly resumeButton: Locator;
  readonly addMinuteButton: Locator;
  readonly resetButton: Locator;
  readonly expired: Locator;

  constructor(readonly page: Page) {
    const panel = page.getByRole('group', { name: 'Nedtælling' }).or(page.getByRole('form', { name: 'Nedtælling' }));
    this.minutes = panel.getByRole('spinbutton', { name: 'Minutter' });
    this.startButton = panel.getByRole('button', { name: /^Start nedtælling/ });
    this.time = page.getByRole('timer', { name: /^Tid tilbage: / });
    this.pauseButton = panel.getByRole('button', { name: 'Pause', exact: true });
    this.resumeButton = panel.getByRole('button', { name: 'Fortsæt', exact: true });
    this.addMinuteButton = panel.getByRole('button', { name: '+1 min', exact: true });
    this.resetButton = panel.getByRole('button', { name: 'Nulstil', exact: true });
    this.expired = panel.getByText('Tiden er gået', { exact: true });
  }

  async start(minutes: number): Promise<void> {
    await this.minutes.fill(String(minutes));
    await this.startButton.click();
    await this.expectShows(`${minutes}:00`);
  }

  /** The time on screen, and the same in the timer's accessible name. */
  async expectShows(time: string): Promise<void> {
    await expect(this.time).toHaveText(time);
    await expect(this.time).toHaveAccessibleName(`Tid tilbage: ${time}`);
  }
}
