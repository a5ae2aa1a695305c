// Shared by the benchmarks: serve the built app, launch Debian's Chromium, percentiles.
import { spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { chromium } from 'playwright-core';
import { chromiumLaunchOptions } from '../scripts/chromium.mjs';

export async function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
    server.on('error', reject);
  });
}

/** Serves dist/ (or BENCH_DIST) with `vite preview`; resolves with its address and a stop function. */
/** Serves a build (`dist`: its folder; BENCH_DIST or dist/ when not given). */
export async function serveDist(dist = process.env.BENCH_DIST ?? 'dist') {
  const port = await freePort();
  // Its own process group: npx starts vite as a child of its own, and stop() must end both.
  const child = spawn('npx', ['vite', 'preview', '--strictPort', '--port', String(port), '--host', '127.0.0.1', '--outDir', dist], {
    stdio: ['ignore', 'pipe', 'inherit'],
    detached: true,
  });
  const url = `http://127.0.0.1:${port}/`;
  for (let attempt = 0; attempt < 100; attempt++) {
    try {
      const response = await fetch(url);
      if (response.ok) break;
    } catch {
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
  return { url, stop: () => process.kill(-child.pid, 'SIGTERM') };
}

export async function launchChromium() {
  return chromium.launch(chromiumLaunchOptions);
}

export function percentile(values, share) {
  if (values.length === 0) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil(share * sorted.length) - 1)];
}
