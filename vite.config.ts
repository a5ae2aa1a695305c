/// <reference types="vitest/config" />
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { VitePWA } from 'vite-plugin-pwa';
import { precompress } from './scripts/vite-precompress.ts';

/**
 * Installable and offline (issue 6): a web app manifest and a Workbox service worker that precaches
 * the whole built app — lazy chunks and the PDF export's .ttf fonts included — so that after one
 * visit the app starts with no network. registerType 'prompt': a new version waits until the user
 * says so (src/app/update-prompt.tsx registers the worker); it never reloads a running workshop.
 */
const pwa = VitePWA({
  registerType: 'prompt',
  injectRegister: false,
  manifestFilename: 'manifest.webmanifest',
  // The glob below already precaches the icons; listing them twice is refused by Workbox.
  includeManifestIcons: false,
  manifest: {
    name: 'Værdispillet',
    short_name: 'Værdispil',
    description: 'Gør værdien af et lokalt samarbejde synlig: solskinsmodellen, værdispillet og Gør hinanden stærkere.',
    lang: 'da',
    start_url: './',
    scope: './',
    display: 'standalone',
    // --accent and --paper in src/app/styles.css.
    theme_color: '#1f4fa8',
    background_color: '#f7f5f0',
    icons: [
      { src: 'icons/icon-192.png', sizes: '192x192', type: 'image/png', purpose: 'any' },
      { src: 'icons/icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'any' },
      { src: 'icons/icon-maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
    ],
  },
  workbox: {
    // The manifest is added by the plugin itself.
    globPatterns: ['**/*.{js,css,html,svg,png,ttf,woff2}'],
    // The DejaVu fonts of the PDF export are about 760 KB each.
    maximumFileSizeToCacheInBytes: 4 * 1024 * 1024,
    navigateFallback: 'index.html',
    cleanupOutdatedCaches: true,
  },
});

export default defineConfig({
  // precompress last: after the service worker is written.
  plugins: [react(), pwa, precompress()],
  // Relative asset paths, so the built app also works from a sub-folder or a file server.
  base: './',
  // Icons and other static files live in assets/ and are served from the site root.
  publicDir: 'assets',
  build: { target: 'es2022', sourcemap: true },
  preview: { host: '127.0.0.1' },
  test: {
    include: ['src/**/*.test.ts', 'src/**/*.test.tsx', 'tests/unit/**/*.test.ts', 'server/**/*.test.ts'],
    environment: 'node',
  },
});
