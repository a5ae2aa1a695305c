import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { PrintFonts } from './print-fonts.ts';

/**
 * Node's edge of font loading (the CLI, tests, the benchmark): reads DejaVu Sans from the installed
 * `dejavu-fonts-ttf` package, and Noto Emoji from `@expo-google-fonts/noto-emoji`. The browser fetches
 * the same files as Vite assets instead.
 */
export function loadNodeFonts(): PrintFonts {
  const require = createRequire(import.meta.url);
  const file = (name: string) => new Uint8Array(readFileSync(require.resolve(`dejavu-fonts-ttf/ttf/${name}`)));
  const emoji = new Uint8Array(readFileSync(require.resolve('@expo-google-fonts/noto-emoji/400Regular/NotoEmoji_400Regular.ttf')));
  return { regular: file('DejaVuSans.ttf'), bold: file('DejaVuSans-Bold.ttf'), emoji };
}
