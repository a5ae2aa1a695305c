// The session summary for 15 organisations × 5 values with examples, built in Node with the same
// builders as the app: time (median of several runs after a warm-up) and size. Budget: ≤ 1 s, ≤ 600 KB.
import { tsImport } from 'tsx/esm/api';

const RUNS = 5;
const BUDGET_MS = 1000;
const BUDGET_KB = 600;

export async function run() {
  const load = (path) => tsImport(path, import.meta.url);
  const { buildPrint } = await load('../src/print/build-print.ts');
  const { loadNodeFonts } = await load('../src/print/node-fonts.ts');
  const { largeWorkshop } = await load('../tests/support/print-fixtures.ts');
  const fonts = loadNodeFonts();
  const workshop = largeWorkshop(15, 5);
  const build = () => buildPrint(workshop, { kind: 'summary' }, { fonts, language: 'da' });

  const firstStart = performance.now();
  build();
  const first = performance.now() - firstStart;
  const times = [];
  let bytes = new Uint8Array();
  for (let index = 0; index < RUNS; index++) {
    const start = performance.now();
    bytes = build();
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  const median = times[Math.floor(times.length / 2)];
  const kilobytes = bytes.length / 1024;
  const pages = (Buffer.from(bytes).toString('latin1').match(/\/Type \/Page\b/g) ?? []).length;
  console.log(`summary 15 organisations × 5 values (280-character examples): ${pages} pages`);
  console.log(`  time: median ${median.toFixed(0)} ms of ${RUNS} runs (min ${times[0].toFixed(0)}, max ${times[times.length - 1].toFixed(0)}; first, cold: ${first.toFixed(0)} ms) — budget ${BUDGET_MS} ms: ${median <= BUDGET_MS ? 'within' : 'OVER'}`);
  console.log(`  size: ${kilobytes.toFixed(1)} KB — budget ${BUDGET_KB} KB: ${kilobytes <= BUDGET_KB ? 'within' : 'OVER'}`);
}
