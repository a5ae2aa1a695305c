import { expect, test, type Page } from '@playwright/test';
import { expectNoSeriousA11yViolations } from './axe.ts';
import { PhaseTimerPanel } from './pages/phase-timer.ts';
import { ProjectorToggle } from './pages/projector.ts';
import { StartPage } from './pages/start-page.ts';
import type { WorkshopPage } from './pages/workshop-page.ts';

const MEETING = new Date('2026-05-04T10:00:00+02:00').getTime();

/**
 * A workshop on Aftaler (a timed phase), with Playwright's clock in charge of the page's time:
 * paused, so the time moves only when the test moves it and every reading is exact.
 */
async function onTimedPhase(page: Page): Promise<{ workshop: WorkshopPage; timer: PhaseTimerPanel }> {
  await page.clock.install({ time: MEETING });
  const start = new StartPage(page);
  await start.goto();
  const workshop = await start.createWorkshop('Netværksmøde');
  await workshop.goToPhase('Aftaler');
  await page.clock.pauseAt(MEETING + 60_000);
  return { workshop, timer: new PhaseTimerPanel(page) };
}

test.describe('Phase timer', () => {
  test('counts down; pause stops it, +1 min adds a minute, Fortsæt goes on, and "Tiden er gået" is shown and said once', async ({ page }) => {
    const { timer } = await onTimedPhase(page);
    await expect(timer.minutes).toHaveValue('15');
    await timer.start(5);

    await page.clock.fastForward('02:00');
    await timer.expectShows('3:00');

    await timer.pauseButton.click();
    await expect(timer.resumeButton).toBeFocused();
    await expect(page.getByText('På pause', { exact: true })).toBeVisible();
    await page.clock.fastForward('05:00');
    await timer.expectShows('3:00');

    await timer.addMinuteButton.click();
    await timer.expectShows('4:00');

    await timer.resumeButton.click();
    await expect(timer.pauseButton).toBeFocused();
    await page.clock.fastForward('03:30');
    await timer.expectShows('0:30');
    await expect(timer.expired).toHaveCount(0);

    await page.clock.fastForward('00:31');
    await timer.expectShows('0:00');
    await expect(timer.expired).toBeVisible();
    await expect(page.getByRole('status')).toHaveText('Tiden er gået');
    await expect(timer.pauseButton).toHaveCount(0);

    // One more minute after the time is up is a full minute.
    await timer.addMinuteButton.click();
    await timer.expectShows('1:00');
    await expect(timer.expired).toHaveCount(0);

    await timer.resetButton.click();
    await expect(timer.time).toHaveCount(0);
    await expect(timer.minutes).toHaveValue('5');
  });

  test('keeps counting across a reload and keeps each phase its own countdown', async ({ page }) => {
    const { workshop, timer } = await onTimedPhase(page);
    await timer.start(10);
    await page.clock.fastForward('01:00');
    await workshop.reload();
    await timer.expectShows('9:00');

    await workshop.goToPhase('Gør hinanden stærkere');
    await expect(timer.time).toHaveCount(0);
    await expect(timer.minutes).toHaveValue('20');
    await workshop.goToPhase('Solskinsmodellen');
    await expect(timer.minutes).toHaveCount(0);
    await expect(timer.time).toHaveCount(0);

    await workshop.goToPhase('Aftaler');
    await page.clock.fastForward('02:00');
    await timer.expectShows('7:00');
  });

  test('refuses minutes it cannot count, and says why', async ({ page }) => {
    const { timer } = await onTimedPhase(page);
    await timer.minutes.fill('0');
    await timer.startButton.click();
    await expect(page.getByRole('alert')).toHaveText('Skriv et helt antal minutter fra 1 til 180.');
    await expect(timer.minutes).toHaveAttribute('aria-invalid', 'true');
    await expect(timer.time).toHaveCount(0);
    await timer.minutes.fill('12');
    await expect(page.getByRole('alert')).toHaveCount(0);
    await timer.startButton.click();
    await timer.expectShows('12:00');
  });

  test('has no serious accessibility problems, idle, running and expired', async ({ page }) => {
    const { timer } = await onTimedPhase(page);
    // axe waits on timers of its own: let the clock run.
    await page.clock.resume();
    await expectNoSeriousA11yViolations(page, 'timer idle');
    await timer.start(1);
    await expectNoSeriousA11yViolations(page, 'timer running');
    await page.clock.fastForward('01:01');
    await expect(timer.expired).toBeVisible();
    await expectNoSeriousA11yViolations(page, 'timer expired');
  });

  test.describe('on the projector at 1920×1080', () => {
    test.use({ viewport: { width: 1920, height: 1080 } });

    test('the time is huge and the controls small; no minutes field', async ({ page }) => {
      const { timer } = await onTimedPhase(page);
      await new ProjectorToggle(page).enter();
      await expect(timer.minutes).toHaveCount(0);
      const startButton = page.getByRole('button', { name: 'Start nedtælling på 15 min' });
      expect((await startButton.boundingBox())?.height ?? 0).toBeGreaterThanOrEqual(44);
      expect(await startButton.evaluate((button) => parseFloat(getComputedStyle(button).fontSize))).toBeGreaterThanOrEqual(18);
      await startButton.click();
      await timer.expectShows('15:00');

      const time = await timer.time.boundingBox();
      expect(time?.height ?? 0).toBeGreaterThanOrEqual(110);
      const pause = await timer.pauseButton.boundingBox();
      expect(pause?.height ?? 0).toBeLessThan((time?.height ?? 0) / 2);
      // Every control is still a touch target for the facilitator, and reads from a step away.
      for (const control of [timer.pauseButton, timer.addMinuteButton, page.getByRole('button', { name: 'Nulstil' })]) {
        const box = await control.boundingBox();
        expect(box?.height ?? 0).toBeGreaterThanOrEqual(44);
        expect(await control.evaluate((button) => parseFloat(getComputedStyle(button).fontSize))).toBeGreaterThanOrEqual(18);
      }

      await timer.pauseButton.click();
      await timer.addMinuteButton.click();
      await timer.expectShows('16:00');
      await page.clock.resume();
      await expectNoSeriousA11yViolations(page, 'timer on the projector');
    });
  });
});
