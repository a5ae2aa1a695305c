import { expect, test, type Page } from '@playwright/test';
import { StartPage } from './pages/start-page.ts';
import { CORE_VALUE_NAMES, SunshinePage } from './pages/sunshine-page.ts';

async function openSunshine(page: Page, via: 'next' | 'phase' = 'next'): Promise<SunshinePage> {
  const start = new StartPage(page);
  await start.goto();
  const workshop = await start.createWorkshop('Solskin');
  if (via === 'next') {
    await workshop.nextPhaseButton.click();
    await expect(workshop.phaseButton('Solskinsmodellen')).toHaveAttribute('aria-current', 'step');
  } else {
    await workshop.goToPhase('Solskinsmodellen');
  }
  const sun = new SunshinePage(page);
  await expect(sun.heading).toBeVisible();
  return sun;
}

test.describe('Solskinsmodellen', () => {
  test('five rays are buttons; clicking one shows its description and three questions', async ({ page }) => {
    const sun = await openSunshine(page, 'next');
    await expect(sun.rays).toHaveCount(5);
    for (const name of CORE_VALUE_NAMES) {
      await expect(sun.ray(name)).toHaveAttribute('aria-pressed', 'false');
    }
    await expect(sun.details).toHaveText('Vælg en stråle i solen for at se beskrivelse og spørgsmål.');

    await sun.ray('Øget faglighed').click();
    await sun.expectSelected('Øget faglighed');
    await expect(sun.details).toContainText('I lærer af hinandens fag og erfaringer.');
    await expect(sun.details.getByRole('heading', { level: 4, name: 'Spørgsmål til snakken' })).toBeVisible();
    await expect(sun.questions()).toHaveText([
      'Hvad ved de andre, som I gerne vil blive bedre til?',
      'Hvilken viden har I, som andre kunne bruge?',
      'Hvordan kan I lære af hinanden i det daglige?',
    ]);

    // Choosing another ray replaces the details; only one ray is pressed.
    await sun.ray('Adgang til flere ressourcer').click();
    await sun.expectSelected('Adgang til flere ressourcer');
    await expect(sun.ray('Øget faglighed')).toHaveAttribute('aria-pressed', 'false');
    await expect(sun.valueHeading('Øget faglighed')).toHaveCount(0);
    await expect(sun.details).toContainText('I får adgang til lokaler, udstyr, penge eller overskudsvarer');
    await expect(sun.questions()).toHaveCount(3);
  });

  test('a value switched off in Forberedelse says so', async ({ page }) => {
    const start = new StartPage(page);
    await start.goto();
    const workshop = await start.createWorkshop('Solskin');
    await workshop.coreValue('Større socialt ansvar').uncheck();
    await workshop.goToPhase('Solskinsmodellen');
    const sun = new SunshinePage(page);
    await sun.ray('Større socialt ansvar').click();
    await sun.expectSelected('Større socialt ansvar');
    await expect(sun.details).toContainText('Denne værdi er slået fra i workshoppen.');
    await sun.ray('Bredere målgruppe').click();
    await expect(sun.details).not.toContainText('slået fra');
  });

  test('keyboard: Tab to a ray, Enter or Space selects it', async ({ page }) => {
    const sun = await openSunshine(page, 'phase');
    // The phase button just clicked has the focus; the rays come next in the tab order.
    const first = sun.ray(CORE_VALUE_NAMES[0]);
    for (let presses = 0; presses < 10 && !(await first.evaluate((ray) => ray === document.activeElement)); presses++) {
      await page.keyboard.press('Tab');
    }
    await expect(first).toBeFocused();
    await page.keyboard.press('Enter');
    await sun.expectSelected(CORE_VALUE_NAMES[0]);

    await page.keyboard.press('Tab');
    await expect(sun.ray(CORE_VALUE_NAMES[1])).toBeFocused();
    await page.keyboard.press('Space');
    await sun.expectSelected(CORE_VALUE_NAMES[1]);
    await expect(first).toHaveAttribute('aria-pressed', 'false');
    // Space must not scroll the page away from the sun.
    expect(await page.evaluate(() => window.scrollY)).toBeLessThan(5);
  });
});

test.describe('Solskinsmodellen on a tablet', () => {
  test.use({ viewport: { width: 820, height: 1180 }, hasTouch: true, isMobile: false });

  test('tapping a ray selects it', async ({ page }) => {
    const sun = await openSunshine(page, 'next');
    await sun.ray('Stærkere samarbejdsgrundlag').tap();
    await sun.expectSelected('Stærkere samarbejdsgrundlag');
    await expect(sun.questions()).toHaveCount(3);
    await sun.ray('Bredere målgruppe').tap();
    await sun.expectSelected('Bredere målgruppe');
    await expect(sun.ray('Stærkere samarbejdsgrundlag')).toHaveAttribute('aria-pressed', 'false');
  });
});
