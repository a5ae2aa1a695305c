import { chmodSync, lstatSync, mkdirSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

/*
 * The data folder holds every room's keys (`rooms.json`) and every workshop's content (LevelDB): only
 * the user the server runs as may read it. Folders are 0700 and files 0600, whatever the system's
 * default (often 0755/0644, readable by every account on a shared machine).
 */

export const PRIVATE_DIR_MODE = 0o700;
export const PRIVATE_FILE_MODE = 0o600;
/** The umask that gives the modes above to what the process creates (LevelDB makes its own files). */
const PRIVATE_UMASK = 0o077;

/**
 * Makes the data folder private before the server opens anything in it: creates it (and `docs/`) as
 * 0700, sets the umask of the server's process so LevelDB's later files are 0600, and tightens what an
 * earlier run (or an older version) left with wider modes. Symbolic links are left alone, not followed.
 */
export function makeDataFolderPrivate(dataDir: string): void {
  keepNewFilesPrivate();
  mkdirSync(join(dataDir, 'docs'), { recursive: true, mode: PRIVATE_DIR_MODE });
  tighten(dataDir);
}

function keepNewFilesPrivate(): void {
  try {
    process.umask(PRIVATE_UMASK);
  } catch {
    // Worker threads may not set it (ERR_WORKER_UNSUPPORTED_OPERATION): the folders are 0700 anyway, so
    // nobody else can reach the files in them.
  }
}

function tighten(path: string): void {
  const stat = lstatSync(path);
  if (stat.isSymbolicLink()) return;
  if (stat.isDirectory()) {
    if ((stat.mode & 0o777) !== PRIVATE_DIR_MODE) chmodSync(path, PRIVATE_DIR_MODE);
    for (const name of readdirSync(path)) tighten(join(path, name));
  } else if ((stat.mode & 0o777) !== PRIVATE_FILE_MODE) {
    chmodSync(path, PRIVATE_FILE_MODE);
  }
}
