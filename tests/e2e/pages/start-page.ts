import { expect, type Locator, type Page } from '@playwright/test';
import { APP_START_TIMEOUT, WorkshopPage } from './workshop-page.ts';

/** "Workshops på denne enhed": the list of workshops on this device. */
export class StartPage {
  readonly heading: Locator;
  readonly titleInput: Locator;
  readonly createButton: Locator;
  readonly table: Locator;
  readonly deleteDialog: Locator;

  constructor(readonly page: Page) {
    this.heading = page.getByRole('heading', { level: 1, name: 'Workshops på denne enhed' });
    this.titleInput = page.getByLabel('Titel på den nye workshop');
    this.createButton = page.getByRole('button', { name: 'Opret workshop' });
    this.table = page.getByRole('table', { name: 'Workshops på denne enhed' });
    this.deleteDialog = page.getByRole('dialog', { name: 'Slet workshoppen?' });
  }

  async goto(): Promise<void> {
    await this.page.goto('./');
    // The first start in a fresh browser profile opens IndexedDB, which can take a few seconds on a busy machine.
    await expect(this.heading).toBeVisible({ timeout: APP_START_TIMEOUT });
  }

  /** Creates a workshop through the form and waits until it is open. */
  async createWorkshop(title: string): Promise<WorkshopPage> {
    await this.titleInput.fill(title);
    await this.createButton.click();
    const workshop = new WorkshopPage(this.page);
    await expect(workshop.title).toHaveText(title);
    return workshop;
  }

  /** The table row whose title cell is exactly `title`. */
  row(title: string): Locator {
    return this.table.getByRole('row').filter({ has: this.page.getByRole('rowheader', { name: title, exact: true }) });
  }

  /** The row's cells as the user reads them: title, date, organisations, last changed. */
  async rowTexts(title: string): Promise<{ title: string; date: string; organisations: string }> {
    const row = this.row(title);
    await expect(row).toHaveCount(1);
    const cells = row.getByRole('cell');
    return {
      title: (await row.getByRole('rowheader').innerText()).trim(),
      date: (await cells.nth(0).innerText()).trim(),
      organisations: (await cells.nth(1).innerText()).trim(),
    };
  }

  /** The titles in the table, in the order shown. */
  async titles(): Promise<string[]> {
    if ((await this.table.count()) === 0) return [];
    return (await this.table.getByRole('rowheader').allInnerTexts()).map((text) => text.trim());
  }

  /** The workshop's id on this device, from its row's link (`#/w/<id>`). */
  async workshopId(title: string): Promise<string> {
    const href = await this.row(title).getByRole('link', { name: title, exact: true }).getAttribute('href');
    const id = /^#\/w\/(.+)$/u.exec(href ?? '')?.[1];
    if (!id) throw new Error(`no workshop link for ${title}: ${href}`);
    return id;
  }

  async open(title: string): Promise<WorkshopPage> {
    await this.page.getByRole('button', { name: `Åbn ${title}`, exact: true }).click();
    const workshop = new WorkshopPage(this.page);
    await expect(workshop.title).toHaveText(title);
    return workshop;
  }

  async duplicate(title: string): Promise<void> {
    await this.page.getByRole('button', { name: `Kopiér ${title}`, exact: true }).click();
    await expect(this.row(`Kopi af ${title}`)).toBeVisible();
  }

  /** Opens the delete confirmation for `title` (does not answer it). */
  async askToDelete(title: string): Promise<void> {
    await this.page.getByRole('button', { name: `Slet ${title}`, exact: true }).click();
    await expect(this.deleteDialog).toBeVisible();
  }
}
