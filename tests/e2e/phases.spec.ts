import { expect, test, type Page } from '@playwright/test';
import { StartPage } from './pages/start-page.ts';
import { PHASES, WorkshopPage } from './pages/workshop-page.ts';


async function newWorkshop(page: Page): Promise<WorkshopPage> {
  const start = new StartPage(page);
  await start.goto();
  return start.createWorkshop('Fasetest');
}

/** The phase's screen below the phase bar (Opsamling adds the backup panel after it). */
function phaseContent(page: Page) {
  return page.locator('.workshop > section').first();
}

test.describe('Phase bar', () => {
  test('lists all eight phases in order, the current one marked as the step', async ({ page }) => {
    const workshop = await newWorkshop(page);
    const buttons = workshop.phaseBar.getByRole('listitem').getByRole('button');
    await expect(buttons).toHaveText([
      /Forberedelse$/,
      /Solskinsmodellen$/,
      /Opvarmning \(springes over\)$/,
      /Værdispillet$/,
      /Det fælles billede$/,
      /Gør hinanden stærkere$/,
      /Aftaler$/,
      /Opsamling$/,
    ]);
    for (const phase of PHASES) await expect(workshop.phaseButton(phase)).toBeVisible();
    await expect(workshop.phaseBar.locator('[aria-current="step"]')).toHaveCount(1);
    await expect(workshop.phaseButton('Forberedelse')).toHaveAttribute('aria-current', 'step');
    await expect(workshop.previousPhaseButton).toBeDisabled();

    await workshop.goToPhase('Aftaler');
    await expect(workshop.phaseButton('Forberedelse')).not.toHaveAttribute('aria-current', 'step');
    await expect(workshop.phaseBar.locator('[aria-current="step"]')).toHaveCount(1);

    await workshop.goToPhase('Opsamling');
    await expect(workshop.nextPhaseButton).toBeDisabled();
    await workshop.previousPhaseButton.click();
    await expect(workshop.phaseButton('Aftaler')).toHaveAttribute('aria-current', 'step');
  });

  test('every phase has its own screen, and none says it is not built', async ({ page }) => {
    const workshop = await newWorkshop(page);
    const headings: string[] = [];
    for (const phase of PHASES) {
      if (phase === 'Opvarmning') continue; // off in a new workshop (see the warm-up test below)
      await workshop.goToPhase(phase);
      const content = phaseContent(page);
      await expect(content).not.toContainText('ikke bygget');
      const heading = content.getByRole('heading').first();
      await expect(heading).toBeVisible();
      headings.push((await heading.textContent()) ?? '');
    }
    // Each phase shows a screen of its own, not one shared fallback.
    expect(new Set(headings).size).toBe(headings.length);
  });

  test('with the warm-up off, Opvarmning is marked "(springes over)" and skipped by "Næste fase"', async ({ page }) => {
    const workshop = await newWorkshop(page);
    await expect(workshop.warmUpCheckbox).not.toBeChecked();
    await expect(workshop.phaseButton('Opvarmning')).toHaveText(/Opvarmning \(springes over\)$/);

    await workshop.nextPhaseButton.click();
    await expect(workshop.phaseButton('Solskinsmodellen')).toHaveAttribute('aria-current', 'step');
    await workshop.nextPhaseButton.click();
    await expect(workshop.phaseButton('Værdispillet')).toHaveAttribute('aria-current', 'step');
    await expect(page.getByRole('heading', { name: 'Opvarmning er ikke bygget endnu' })).toHaveCount(0);
    await workshop.previousPhaseButton.click();
    await expect(workshop.phaseButton('Solskinsmodellen')).toHaveAttribute('aria-current', 'step');

    // Still reachable directly, with a note on why it is skipped.
    await workshop.goToPhase('Opvarmning');
    await expect(phaseContent(page)).toContainText('Opvarmningen er slået fra for denne workshop.');
  });

  test('with the warm-up on, "Næste fase" goes from Solskinsmodellen to Opvarmning', async ({ page }) => {
    const workshop = await newWorkshop(page);
    await workshop.warmUpCheckbox.check();
    await expect(workshop.phaseButton('Opvarmning')).toHaveText(/Opvarmning$/);
    await expect(workshop.phaseBar.getByText('springes over')).toHaveCount(0);

    await workshop.nextPhaseButton.click();
    await expect(workshop.phaseButton('Solskinsmodellen')).toHaveAttribute('aria-current', 'step');
    await workshop.nextPhaseButton.click();
    await expect(workshop.phaseButton('Opvarmning')).toHaveAttribute('aria-current', 'step');
    await expect(page.getByRole('heading', { level: 2, name: 'Opvarmning', exact: true })).toBeVisible();
    await expect(phaseContent(page)).not.toContainText('slået fra');
    await workshop.nextPhaseButton.click();
    await expect(workshop.phaseButton('Værdispillet')).toHaveAttribute('aria-current', 'step');
  });

  test('the phase survives a reload', async ({ page }) => {
    const workshop = await newWorkshop(page);
    await workshop.goToPhase('Gør hinanden stærkere');
    await workshop.reload();
    await expect(workshop.phaseButton('Gør hinanden stærkere')).toHaveAttribute('aria-current', 'step');
    await expect(page.getByRole('heading', { name: 'Gør hinanden stærkere', level: 2 })).toBeVisible();

    await workshop.goToPhase('Solskinsmodellen');
    await workshop.reload();
    await expect(workshop.phaseButton('Solskinsmodellen')).toHaveAttribute('aria-current', 'step');
    await expect(page.getByRole('group', { name: 'Solskinsmodellen med fem værdier' })).toBeVisible();
  });
});
