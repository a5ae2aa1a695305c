/** Debian's Chromium with the flags this closed network needs (see scripts/chromium.mjs). */
export { chromiumLaunchOptions } from '../../scripts/chromium.mjs';
