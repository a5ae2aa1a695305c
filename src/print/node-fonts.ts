import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { PrintFonts } from './print-fonts.ts';

/**
 * Node's edge of font loading (the CLI, tests, the benchmark): reads DejaVu Sans from the installed
 * `dejavu-fonts-ttf` package. The browser fetches the same files as Vite assets instead.
 */
export function loadNodeFonts(): PrintFonts {
  const require = createRequire(import.meta.url);
  const file = (name: string) => new Uint8Array(readFileSync(require.resolve(`dejavu-fonts-ttf/ttf/${name}`)));
  return { regular: file('DejaVuSans.ttf'), bold: file('DejaVuSans-Bold.ttf') };
}
