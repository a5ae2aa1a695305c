// The size of what a browser loads to show the start screen: the JavaScript and CSS that index.html
// references (not lazily loaded chunks), raw and gzipped.
import { readFileSync, readdirSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { join } from 'node:path';

export async function run() {
  const html = readFileSync('dist/index.html', 'utf8');
  const initial = [...html.matchAll(/(?:src|href)="\.\/(assets\/[^"]+\.(?:js|css))"/g)].map((match) => match[1]);
  const all = readdirSync('dist/assets').filter((name) => /\.(js|css)$/.test(name));
  let raw = 0;
  let gzip = 0;
  for (const file of initial) {
    const bytes = readFileSync(join('dist', file));
    raw += bytes.length;
    gzip += gzipSync(bytes, { level: 9 }).length;
    console.log(`  ${file}: ${(bytes.length / 1024).toFixed(1)} KB (gzip ${(gzipSync(bytes, { level: 9 }).length / 1024).toFixed(1)} KB)`);
  }
  const lazy = all.length - initial.length;
  console.log(`initial bundle: ${(raw / 1024).toFixed(1)} KB raw, ${(gzip / 1024).toFixed(1)} KB gzip, ${initial.length} files; ${lazy} lazily loaded files`);
  const hasJsPdf = initial.some((file) => /jspdf/i.test(readFileSync(join('dist', file), 'utf8').slice(0, 2_000_000)) && file.endsWith('.js'));
  console.log(`jsPDF in initial bundle: ${hasJsPdf ? 'yes' : 'no'}`);
}
