import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';
import type { Plugin } from 'vite';

/*
 * Writes `<file>.br` and `<file>.gz` beside every text file and font of the build, so the session
 * server (server/static-files.ts) sends a tablet the smallest copy without compressing on each request.
 */

const gzipAsync = promisify(gzip);
const brotliAsync = promisify(brotliCompress);

/** Text and fonts; images are compressed already, and source maps are only fetched by devtools. */
const COMPRESSIBLE = /\.(?:html|js|mjs|css|json|webmanifest|svg|txt|ttf|wasm)$/;
/** Below this a compressed copy saves less than its headers and a second lookup cost. */
const MIN_BYTES = 1024;
/**
 * Brotli's best quality (11) takes about 4 s per MB on this project's machines. Files past this size
 * (the PDF worker and its fonts, fetched in the background) get quality 9: 20 times faster, 8 % larger.
 */
const BEST_QUALITY_UP_TO = 512 * 1024;

async function precompressFile(file: string): Promise<void> {
  const bytes = await readFile(file);
  if (bytes.length < MIN_BYTES) return;
  const quality = bytes.length <= BEST_QUALITY_UP_TO ? constants.BROTLI_MAX_QUALITY : 9;
  const [brotli, gzipped] = await Promise.all([
    brotliAsync(bytes, {
      params: {
        [constants.BROTLI_PARAM_QUALITY]: quality,
        [constants.BROTLI_PARAM_SIZE_HINT]: bytes.length,
        [constants.BROTLI_PARAM_MODE]: file.endsWith('.ttf') ? constants.BROTLI_MODE_FONT : constants.BROTLI_MODE_TEXT,
      },
    }),
    gzipAsync(bytes, { level: constants.Z_BEST_COMPRESSION }),
  ]);
  if (brotli.length < bytes.length) await writeFile(`${file}.br`, brotli);
  if (gzipped.length < bytes.length) await writeFile(`${file}.gz`, gzipped);
}

/** Compresses every compressible file under `folder` (all at once: zlib works on libuv's threads). */
export async function precompressFolder(folder: string): Promise<void> {
  const names = await readdir(folder, { recursive: true });
  await Promise.all(names.filter((name) => COMPRESSIBLE.test(name)).map((name) => precompressFile(join(folder, name))));
}

/** After the build and the service worker are written (the worker's precache list names no `.br` file). */
export function precompress(): Plugin {
  let outDir = '';
  return {
    name: 'vaerdispil:precompress',
    apply: 'build',
    enforce: 'post',
    configResolved(config) {
      outDir = resolve(config.root, config.build.outDir);
    },
    closeBundle: {
      order: 'post',
      sequential: true,
      async handler(error?: Error) {
        if (!error) await precompressFolder(outDir);
      },
    },
  };
}
