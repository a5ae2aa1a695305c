// The size of what a browser loads to show the start screen: the JavaScript and CSS that index.html
// references (not lazily loaded chunks), raw and gzipped; then what a tablet really downloads on its
// first visit, as the session server sends it (the page and those files, with the encoding the server
// picks for `Accept-Encoding: gzip, deflate, br`), and what its service worker fetches after that.
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { gzipSync } from 'node:zlib';
import { join } from 'node:path';
import { freePort } from './lib.mjs';

const dist = process.env.BENCH_DIST ?? 'dist';
/** What Safari on an iPad sends. */
const ACCEPT_ENCODING = 'gzip, deflate, br';

function kilobytes(bytes) {
  return `${(bytes / 1024).toFixed(1)} KB`;
}

/** The session server (server/main.ts) serving the build, on loopback with an empty data folder. */
async function startSessionServer() {
  const port = await freePort();
  const dataDir = mkdtempSync(join(tmpdir(), 'vaerdi-bundle-bench-'));
  const child = spawn(process.execPath, ['--import', 'tsx', 'server/main.ts', '--port', String(port), '--host', '127.0.0.1', '--dist', dist, '--data', dataDir], {
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const base = `http://127.0.0.1:${port}`;
  for (let attempt = 0; ; attempt++) {
    try {
      await fetch(`${base}/api/info`);
      break;
    } catch (error) {
      if (attempt > 200) throw error;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
  return {
    base,
    stop() {
      child.kill('SIGTERM');
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/** The bytes of a body as they cross the network (node:http, unlike fetch, does not undo the encoding). */
function wireSize(url) {
  return new Promise((resolve, reject) => {
    request(url, { headers: { 'Accept-Encoding': ACCEPT_ENCODING } }, (response) => {
      let bytes = 0;
      response.on('data', (chunk) => (bytes += chunk.length));
      response.on('end', () => {
        if (response.statusCode !== 200) reject(new Error(`${url}: ${response.statusCode}`));
        else resolve({ bytes, encoding: response.headers['content-encoding'] ?? 'none' });
      });
    })
      .on('error', reject)
      .end();
  });
}

/** Raw and on-the-wire bytes of `files` (paths inside the build), with how many came in each encoding. */
async function served(base, files) {
  let raw = 0;
  let wire = 0;
  const encodings = {};
  for (const file of files) {
    raw += readFileSync(join(dist, file)).length;
    const { bytes, encoding } = await wireSize(`${base}/${file}`);
    wire += bytes;
    encodings[encoding] = (encodings[encoding] ?? 0) + 1;
  }
  const byEncoding = Object.entries(encodings).map(([encoding, count]) => `${count} ${encoding}`).join(', ');
  return { raw, wire, byEncoding };
}

export async function run() {
  const html = readFileSync(join(dist, 'index.html'), 'utf8');
  const initial = [...html.matchAll(/(?:src|href)="\.\/(assets\/[^"]+\.(?:js|css))"/g)].map((match) => match[1]);
  const all = readdirSync(join(dist, 'assets')).filter((name) => /\.(js|css)$/.test(name));
  let raw = 0;
  let gzip = 0;
  for (const file of initial) {
    const bytes = readFileSync(join(dist, file));
    raw += bytes.length;
    gzip += gzipSync(bytes, { level: 9 }).length;
    console.log(`  ${file}: ${(bytes.length / 1024).toFixed(1)} KB (gzip ${(gzipSync(bytes, { level: 9 }).length / 1024).toFixed(1)} KB)`);
  }
  const lazy = all.length - initial.length;
  console.log(`initial bundle: ${(raw / 1024).toFixed(1)} KB raw, ${(gzip / 1024).toFixed(1)} KB gzip, ${initial.length} files; ${lazy} lazily loaded files`);
  const hasJsPdf = initial.some((file) => /jspdf/i.test(readFileSync(join(dist, file), 'utf8').slice(0, 2_000_000)) && file.endsWith('.js'));
  console.log(`jsPDF in initial bundle: ${hasJsPdf ? 'yes' : 'no'}`);

  const server = await startSessionServer();
  try {
    const firstLoad = await served(server.base, ['index.html', ...initial]);
    console.log(
      `first load on a tablet (index.html + initial JS/CSS, Accept-Encoding: ${ACCEPT_ENCODING}): ` +
        `${kilobytes(firstLoad.wire)} on the wire (${firstLoad.byEncoding}); ${kilobytes(firstLoad.raw)} uncompressed`,
    );
    // The service worker's precache list: every file it fetches once the page is up (the first load's
    // files again, from the HTTP cache).
    const sw = readFileSync(join(dist, 'sw.js'), 'utf8');
    const precached = [...new Set([...sw.matchAll(/url:"([^"]+)"/g)].map((match) => match[1]))];
    const background = await served(server.base, ['sw.js', ...precached]);
    console.log(
      `then the service worker (sw.js + ${precached.length} precached files): ${kilobytes(background.wire)} on the wire ` +
        `(${background.byEncoding}); ${kilobytes(background.raw)} uncompressed`,
    );
  } finally {
    server.stop();
  }
}
