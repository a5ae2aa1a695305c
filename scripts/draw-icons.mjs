// Draws the app's icons: a jigsaw piece in the sun's yellow on the header's navy (the colours of
// src/app/styles.css and index.html). Writes the SVGs to assets/icons/ and renders the PNGs the web app
// manifest needs with Chromium: 192 and 512 px, and a maskable 512 px one whose piece stays inside the
// safe zone (the middle 80 %) that launchers cut to a circle or a squircle.
// Run: node scripts/draw-icons.mjs
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { chromiumLaunchOptions } from './chromium.mjs';

const out = join(dirname(fileURLToPath(import.meta.url)), '..', 'assets', 'icons');
const NAVY = '#1f2a44';
const SUN = '#f5b83d';

// A piece with a tab at the top and the right, a blank at the left and the bottom (512 × 512 units),
// moved so that its outline is centred.
const PIECE =
  'M146 166 H222 A34 34 0 1 1 270 166 H346 V242 A34 34 0 1 1 346 290 V366 H270 A34 34 0 1 0 222 366 H146 V290 A34 34 0 1 0 146 242 Z';

function svg({ isMaskable }) {
  const background = isMaskable
    ? `<rect width="512" height="512" fill="${NAVY}"/>`
    : `<rect x="16" y="16" width="480" height="480" rx="96" fill="${NAVY}"/>`;
  // The maskable piece is smaller: every point of it lies within 205 units of the centre.
  const scale = isMaskable ? 1 : 1.2;
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 512 512" width="512" height="512">
  ${background}
  <g transform="translate(256 256) scale(${scale}) translate(-275 -237)">
    <path d="${PIECE}" fill="${SUN}" stroke="#ffffff" stroke-width="10" stroke-linejoin="round"/>
  </g>
</svg>
`;
}

const icons = [
  { name: 'icon', isMaskable: false, sizes: [192, 512] },
  { name: 'icon-maskable', isMaskable: true, sizes: [512] },
];

const browser = await chromium.launch(chromiumLaunchOptions);
try {
  const page = await browser.newPage();
  for (const icon of icons) {
    const text = svg(icon);
    writeFileSync(join(out, `${icon.name}.svg`), text);
    for (const size of icon.sizes) {
      await page.setViewportSize({ width: size, height: size });
      await page.setContent(`<style>html,body{margin:0;background:transparent}svg{display:block;width:${size}px;height:${size}px}</style>${text}`);
      await page.screenshot({ path: join(out, `${icon.name}-${size}.png`), omitBackground: true });
    }
  }
} finally {
  await browser.close();
}
console.log(`icons written to ${out}`);
