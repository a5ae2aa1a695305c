import { defineConfig } from '@playwright/test';
import { chromiumLaunchOptions } from './tests/e2e/chromium.ts';

// E2E_PORT and E2E_DIST let several builds be tested side by side (each with its own port and build folder).
const port = Number(process.env.E2E_PORT ?? 4321);
const outDir = process.env.E2E_DIST ?? 'dist';

export default defineConfig({
  testDir: 'tests/e2e',
  timeout: 60_000,
  fullyParallel: true,
  workers: 2,
  retries: process.env.CI ? 1 : 0,
  reporter: [['list']],
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    launchOptions: chromiumLaunchOptions,
    locale: 'da-DK',
    reducedMotion: 'reduce',
    // The app's service worker precaches the whole build on each fresh context; only the specs about it
    // (offline.spec.ts) let it run, the rest test the app as served.
    serviceWorkers: 'block',
    trace: 'off',
  },
  webServer: {
    command: `npx vite preview --strictPort --port ${port} --host 127.0.0.1 --outDir ${outDir}`,
    url: `http://127.0.0.1:${port}`,
    reuseExistingServer: false,
    timeout: 60_000,
  },
});
