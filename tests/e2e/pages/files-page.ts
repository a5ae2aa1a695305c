import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, type Locator, type Page } from '@playwright/test';

/** A file the app handed to the browser as a download. */
export interface DownloadedFile {
  name: string;
  text: string;
}

/**
 * "Sikkerhedskopier og filer" on the start page, the rows' "Gem som fil", the workshop toolbar's
 * "Gem som fil", the Opsamling backup offer and the import question (replace or keep both).
 */
export class FilesPage {
  readonly panel: Locator;
  readonly exportAllButton: Locator;
  readonly importButton: Locator;
  /** Why a file was refused (in the panel). */
  readonly refusal: Locator;
  readonly conflictDialog: Locator;
  readonly storageWarning: Locator;
  readonly backupOffer: Locator;
  /** The backup offered on the start page after leaving a workshop that changed. */
  readonly leaveOffer: Locator;
  /** The app's polite status line: what an export did. */
  readonly announcement: Locator;

  constructor(readonly page: Page) {
    this.panel = page.getByRole('region', { name: 'Sikkerhedskopier og filer' });
    this.exportAllButton = this.panel.getByRole('button', { name: 'Gem alle workshops i én fil' });
    this.importButton = this.panel.getByRole('button', { name: 'Hent workshop fra fil' });
    this.refusal = this.panel.getByRole('alert').filter({ hasText: 'kunne ikke hentes' });
    this.conflictDialog = page.getByRole('dialog', { name: 'Workshoppen findes allerede' });
    this.storageWarning = this.panel.getByRole('alert').filter({ hasText: 'Lageret er næsten fuldt' });
    this.backupOffer = page.getByRole('region', { name: 'Gem en sikkerhedskopi' });
    this.announcement = page.locator('.status[role="status"]');
    this.leaveOffer = page.getByRole('region', { name: /^».+« (er ændret siden sidste sikkerhedskopi|har endnu ingen sikkerhedskopi)$/u });
  }

  /** Clicks `button` and returns the file it downloads. */
  async download(button: Locator): Promise<DownloadedFile> {
    const [download] = await Promise.all([this.page.waitForEvent('download'), button.click()]);
    const path = await download.path();
    return { name: download.suggestedFilename(), text: await readFile(path, 'utf8') };
  }

  exportAll(): Promise<DownloadedFile> {
    return this.download(this.exportAllButton);
  }

  /**
   * "Gem <title> som fil" in the workshop's row on the start page. A workshop with contact persons asks
   * first whether to include them: `withContacts` answers.
   */
  async exportRow(title: string, { withContacts }: { withContacts?: boolean } = {}): Promise<DownloadedFile> {
    const button = this.page.getByRole('button', { name: `Gem ${title} som fil`, exact: true });
    if (withContacts === undefined) return this.download(button);
    await button.click();
    const dialog = this.page.getByRole('dialog', { name: 'Gem som fil' });
    await dialog.getByRole('checkbox', { name: 'Medtag kontaktpersoner' }).setChecked(withContacts);
    return this.download(dialog.getByRole('button', { name: 'Gem fil' }));
  }

  /** The open workshop's toolbar button. */
  exportFromToolbar(): Promise<DownloadedFile> {
    return this.download(this.page.locator('.workshop-toolbar').getByRole('button', { name: 'Gem som fil', exact: true }));
  }

  /** Chooses a file in "Hent workshop fra fil", as the user would in the file picker. */
  async importFile(name: string, contents: string | Buffer): Promise<void> {
    const buffer = typeof contents === 'string' ? Buffer.from(contents) : contents;
    const [chooser] = await Promise.all([this.page.waitForEvent('filechooser'), this.importButton.click()]);
    // Playwright hands over at most 50 MB from memory; a bigger file goes through the disk.
    if (buffer.length < 40 * 1024 * 1024) {
      await chooser.setFiles({ name, mimeType: 'application/json', buffer });
      return;
    }
    const path = join(await mkdtemp(join(tmpdir(), 'vaerdispil-file-')), name);
    await writeFile(path, buffer);
    await chooser.setFiles(path);
  }

  /** Answers the "already exists" question. */
  async answer(choice: 'Erstat' | 'Behold begge' | 'Annullér'): Promise<void> {
    await expect(this.conflictDialog).toBeVisible();
    await this.conflictDialog.getByRole('button', { name: choice, exact: true }).click();
    await expect(this.conflictDialog).toBeHidden();
  }

  /** What the workshop's row says about its last backup. */
  backupTime(title: string): Locator {
    const row = this.page.getByRole('row').filter({ has: this.page.getByRole('rowheader', { name: title, exact: true }) });
    return row.getByText(/^(Sikkerhedskopi: .+|Ingen sikkerhedskopi endnu)$/u);
  }
}
