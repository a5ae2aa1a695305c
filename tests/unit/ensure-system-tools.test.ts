import { spawnSync } from 'node:child_process';
import { chmodSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';

const script = path.resolve(import.meta.dirname, '../../scripts/ensure-system-tools.mjs');
const folders: string[] = [];

/** A folder for PATH holding stand-ins (empty shell scripts) for the programs named. */
function binFolder(programs: string[]): string {
  const folder = mkdtempSync(path.join(tmpdir(), 'system-tools-'));
  folders.push(folder);
  for (const program of programs) {
    writeFileSync(path.join(folder, program), '#!/bin/sh\n');
    chmodSync(path.join(folder, program), 0o755);
  }
  return folder;
}

/**
 * Runs the script with only `folder` on PATH. `--check` never installs: it is what a user who is not root
 * gets (the script would otherwise run apt-get as root on the machine running the tests).
 */
function run(folder: string, chromium: string) {
  return spawnSync(process.execPath, [script, '--check'], {
    encoding: 'utf8',
    env: { PATH: folder, CHROMIUM_PATH: chromium },
  });
}

afterEach(() => {
  for (const folder of folders.splice(0)) rmSync(folder, { recursive: true, force: true });
});

describe('ensure-system-tools', () => {
  it('stops with exit 1 and names every missing Debian package when the tools are missing', () => {
    const empty = binFolder([]);
    const result = run(empty, path.join(empty, 'chromium'));
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('apt-get install -y chromium poppler-utils qpdf');
    expect(result.stderr).toContain('pdftotext');
  });

  it('names only what is missing', () => {
    const folder = binFolder(['chromium', 'pdftotext', 'pdftoppm', 'pdfinfo']);
    const result = run(folder, path.join(folder, 'chromium'));
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('apt-get install -y qpdf\n');
  });

  it('exits 0 when every tool is there', () => {
    const folder = binFolder(['chromium', 'pdftotext', 'pdftoppm', 'pdfinfo', 'qpdf']);
    const result = run(folder, path.join(folder, 'chromium'));
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
  });
});
