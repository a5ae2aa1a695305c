import { expect, type Locator, type Page } from '@playwright/test';

/** The app as an installed, offline-capable web app: its service worker and its update prompt. */
export class OfflineApp {
  readonly updatePrompt: Locator;
  readonly updateNowButton: Locator;
  readonly updateLaterButton: Locator;

  constructor(readonly page: Page) {
    this.updatePrompt = page.getByRole('region', { name: /Der er en ny version af Værdispillet/u });
    this.updateNowButton = this.updatePrompt.getByRole('button', { name: 'Opdatér nu' });
    this.updateLaterButton = this.updatePrompt.getByRole('button', { name: 'Senere' });
  }

  /**
   * Waits until the service worker is active (the whole app is in its cache) and serves this page:
   * reloads until it does (Chromium can take a moment after activation before a load is served by it).
   */
  async waitUntilOfflineReady(): Promise<void> {
    await expect
      .poll(() => this.page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.active?.state ?? 'none'), { timeout: 30_000 })
      .toBe('activated');
    await expect
      .poll(
        async () => {
          await this.page.reload();
          return this.page.evaluate(() => navigator.serviceWorker.controller !== null);
        },
        { timeout: 30_000, intervals: [500] },
      )
      .toBe(true);
  }

  /** The state of the new version's service worker while it waits ('none' when there is none). */
  async waitingWorkerState(): Promise<string> {
    return this.page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.waiting?.state ?? 'none');
  }

  /** Resolves when the page has run what it left for an idle moment (idle callbacks run in order). */
  async idle(): Promise<void> {
    await this.page.evaluate(() => new Promise<void>((resolve) => requestIdleCallback(() => resolve(), { timeout: 10_000 })));
  }

  /** Whether a request the service worker does not answer reaches the network (it must not, offline). */
  async canReachNetwork(): Promise<boolean> {
    return this.page.evaluate(async () => {
      try {
        await fetch(`./not-cached-${Math.random()}.txt`, { cache: 'no-store' });
        return true;
      } catch {
        return false;
      }
    });
  }

  /** Leaves a mark on the page: it is gone after any reload. */
  async markPage(): Promise<void> {
    await this.page.evaluate(() => Object.assign(window, { __sameDocument: true }));
  }

  async isSamePage(): Promise<boolean> {
    return this.page.evaluate(() => (window as Window & { __sameDocument?: boolean }).__sameDocument === true);
  }

  /** Asks the browser to look for a new service worker now (it also does on every navigation). */
  async checkForUpdate(): Promise<void> {
    await this.page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.update());
  }
}
