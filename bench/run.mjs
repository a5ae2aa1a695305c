// Runs every benchmark under bench/ and prints its figures. Not a test: figures are printed, not asserted
// (these machines are noisy); each issue names its budget and the closing note quotes the figures.
import { readdirSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { dirname, join } from 'node:path';

const here = dirname(fileURLToPath(import.meta.url));
const only = process.argv[2];
const benches = readdirSync(here)
  .filter((name) => name.endsWith('.bench.mjs'))
  .filter((name) => !only || name.includes(only))
  .sort();

import { execSync } from 'node:child_process';

// Every benchmark measures the built app: build it once (BENCH_DIST: into another folder than dist/).
execSync(`npx vite build --logLevel error --outDir ${process.env.BENCH_DIST ?? 'dist'} --emptyOutDir`, { stdio: 'inherit' });

for (const name of benches) {
  console.log(`\n## ${name.replace('.bench.mjs', '')}`);
  const module = await import(pathToFileURL(join(here, name)).href);
  await module.run();
}
