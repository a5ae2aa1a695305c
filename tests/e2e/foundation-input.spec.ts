import { expect, test, type Page } from '@playwright/test';
import { StartPage } from './pages/start-page.ts';
import { ProjectorToggle } from './pages/projector.ts';
import type { WorkshopPage } from './pages/workshop-page.ts';

const ACTOR_TYPES: [string, string][] = [
  ['Nørreparkens Beboerforening', 'Beboerdrevne foreninger'],
  ['Café Nord', 'Erhvervsdrivende'],
  ['Sundhedsplejen', 'Kommunale institutioner'],
  ['Boligselskabet Nord', 'Boligrelaterede organisationer'],
  ['Røde Kors', 'Frivillige organisationer'],
  ['Kirken', 'Andre aktører'],
];

async function expectNoSidewaysScroll(page: Page, where: string): Promise<void> {
  const widths = await page.evaluate(() => ({ scroll: document.documentElement.scrollWidth, client: document.documentElement.clientWidth }));
  expect(widths.scroll, `${where}: the page is wider than the screen`).toBeLessThanOrEqual(widths.client);
}

async function newWorkshop(page: Page, title: string): Promise<WorkshopPage> {
  const start = new StartPage(page);
  await start.goto();
  return start.createWorkshop(title);
}

for (const [device, viewport] of [
  ['projector 1920×1080', { width: 1920, height: 1080 }],
  ['tablet 820×1180', { width: 820, height: 1180 }],
] as const) {
  test.describe(`Six organisations of every actor type, ${device}`, () => {
    test.use({ viewport });

    test('are kept across a reload, and no screen scrolls sideways', async ({ page }) => {
      const workshop = await newWorkshop(page, 'Netværksmøde i Nørreparken');
      for (const [name, actorType] of ACTOR_TYPES) await workshop.addOrganisation(name, actorType);
      await expectNoSidewaysScroll(page, 'Forberedelse');
      await workshop.reload();
      await expect.poll(() => workshop.organisationNames()).toEqual(ACTOR_TYPES.map(([name]) => name));
      for (const [name, actorType] of ACTOR_TYPES) expect(await workshop.actorTypeOf(name)).toBe(actorType);

      await workshop.goToPhase('Solskinsmodellen');
      await expectNoSidewaysScroll(page, 'Solskinsmodellen');
      await new ProjectorToggle(page).enter();
      await expectNoSidewaysScroll(page, 'Solskinsmodellen on the projector');
    });
  });
}

test.describe('Bad names', () => {
  test('empty, blank and 500-character names are refused in Danish; emoji and HTML are kept as text', async ({ page }) => {
    const workshop = await newWorkshop(page, 'Navne');
    const error = page.getByRole('alert');

    await workshop.addOrganisation('   ', 'Andre aktører');
    await expect(error).toHaveText('Skriv et navn. Feltet må ikke være tomt.');
    await workshop.addOrganisation('x'.repeat(500), 'Andre aktører');
    await expect(error).toHaveText('Navnet er for langt: 500 tegn. Højst 80 tegn.');
    await expect.poll(() => workshop.organisationNames()).toEqual([]);

    let dialogs = 0;
    page.on('dialog', (dialog) => {
      dialogs += 1;
      void dialog.dismiss();
    });
    const html = '<img src=x onerror=alert(1)>';
    await workshop.addOrganisation(html, 'Andre aktører');
    await workshop.addOrganisation('Kaffeklubben ☕️🎉', 'Frivillige organisationer');
    await expect.poll(() => workshop.organisationNames()).toEqual([html, 'Kaffeklubben ☕️🎉']);
    await workshop.reload();
    await expect.poll(() => workshop.organisationNames()).toEqual([html, 'Kaffeklubben ☕️🎉']);
    await workshop.goToPhase('Solskinsmodellen');
    await new ProjectorToggle(page).enter();
    await workshop.goToPhase('Forberedelse');
    await expect(page.getByRole('listitem').filter({ hasText: html })).toBeVisible();
    await expect(page.locator('img[src="x"]')).toHaveCount(0);
    expect(dialogs).toBe(0);
  });
});

test.describe('Forty organisations', () => {
  test.use({ viewport: { width: 820, height: 1180 } });

  test('are usable on a tablet and a projector: nothing wider than the screen', async ({ page }) => {
    test.setTimeout(120_000);
    const workshop = await newWorkshop(page, 'Stort netværk');
    for (let number = 1; number <= 40; number++) {
      await workshop.addOrganisation(`Organisation nummer ${number} i området`, ACTOR_TYPES[number % 6]?.[1] ?? 'Andre aktører');
    }
    await expect.poll(async () => (await workshop.organisationNames()).length).toBe(40);
    await expectNoSidewaysScroll(page, 'Forberedelse with 40 organisations on a tablet');
    await page.setViewportSize({ width: 1920, height: 1080 });
    await new ProjectorToggle(page).enter();
    await expect(page.getByRole('listitem').filter({ hasText: 'Organisation nummer 40 i området' })).toBeVisible();
    await expectNoSidewaysScroll(page, 'the projector overview with 40 organisations');
  });
});
