import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, expect, test, type Browser, type Page } from '@playwright/test';
import { chromiumLaunchOptions } from './chromium.ts';
import { BoardPage } from './pages/board-page.ts';
import { StartPage } from './pages/start-page.ts';

/*
 * A browser killed without warning in the middle of a round (a tablet's battery dies, the browser
 * crashes): everything made at least a second before — and, as the issue promises, half a second
 * before — is there when the browser starts again with the same profile.
 */

interface RunningBrowser {
  process: ChildProcess;
  browser: Browser;
  page: Page;
}

/** Starts Chromium on `profile` as its own process (so the test can kill it) and connects to it. */
async function launch(profile: string): Promise<RunningBrowser> {
  const child = spawn(chromiumLaunchOptions.executablePath, [...chromiumLaunchOptions.args, `--user-data-dir=${profile}`, '--remote-debugging-port=0', 'about:blank'], {
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  const endpoint = await new Promise<string>((resolve, reject) => {
    let output = '';
    child.stderr?.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      const match = /DevTools listening on (ws:\/\/\S+)/u.exec(output);
      if (match?.[1]) resolve(match[1]);
    });
    child.on('exit', (code) => reject(new Error(`Chromium exited (${code}): ${output}`)));
  });
  const browser = await chromium.connectOverCDP(endpoint);
  const context = browser.contexts()[0];
  if (!context) throw new Error('no default context');
  const page = context.pages()[0] ?? (await context.newPage());
  return { process: child, browser, page };
}

/** SIGKILL: no unload, no flush, no goodbye. */
async function kill(running: RunningBrowser): Promise<void> {
  if (running.process.exitCode !== null || running.process.signalCode !== null) return;
  const exited = new Promise((resolve) => running.process.once('exit', resolve));
  running.process.kill('SIGKILL');
  await exited;
}

test('a browser killed in the middle of a round keeps everything made a second before', async ({ baseURL }) => {
  test.setTimeout(120_000);
  const profile = await mkdtemp(join(tmpdir(), 'vaerdispil-profile-'));
  try {
    const first = await launch(profile);
    await first.page.goto(baseURL ?? '/');
    const start = new StartPage(first.page);
    await expect(start.heading).toBeVisible({ timeout: 15_000 });
    const workshop = await start.createWorkshop('Runden der blev afbrudt');
    await workshop.addOrganisation('Biblioteket', 'Kommunale institutioner');
    await workshop.addOrganisation('Netto', 'Erhvervsdrivende');
    const board = await BoardPage.open(workshop);
    await board.clickToPlace('Bredere målgruppe');
    await board.writeExample('Bredere målgruppe', 'Vi deler lokaler om aftenen.');
    await board.choosePlacingNow('Netto');
    await board.clickToPlace('Øget faglighed');
    // The two pauses are the promise under test, not waits for something: a change is on the device
    // within 500 ms, so the browser is killed a second, then half a second, after the last changes.
    await first.page.waitForTimeout(1_000);
    await board.clickToPlace('Stærkere samarbejdsgrundlag');
    await first.page.waitForTimeout(500);
    await kill(first);

    const second = await launch(profile);
    try {
      await second.page.goto(baseURL ?? '/');
      const again = new StartPage(second.page);
      await expect(again.heading).toBeVisible({ timeout: 15_000 });
      await again.open('Runden der blev afbrudt');
      const restored = new BoardPage(second.page);
      await restored.waitUntilShown();
      await restored.choosePlacingNow('Biblioteket');
      await restored.expectPlaced('Bredere målgruppe');
      await expect(restored.example('Bredere målgruppe')).toHaveValue('Vi deler lokaler om aftenen.');
      await restored.choosePlacingNow('Netto');
      await restored.expectPlaced('Øget faglighed');
      await restored.expectPlaced('Stærkere samarbejdsgrundlag');
    } finally {
      await second.browser.close();
      await kill(second);
    }
  } finally {
    await rm(profile, { recursive: true, force: true });
  }
});
