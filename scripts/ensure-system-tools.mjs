// The system programs the tests need, from Debian: Chromium for the browser tests (Playwright's own browser
// download does not work on these machines) and poppler-utils and qpdf for the PDF checks. `npm test` runs this
// first. Run as root it installs what is missing with apt-get; otherwise it stops at once and names the packages.
//
//   node scripts/ensure-system-tools.mjs           install what is missing (as root), else stop and say what
//   node scripts/ensure-system-tools.mjs --check   never install: only check (what a non-root user gets)
//
// CHROMIUM_PATH points at another Chromium (default /usr/bin/chromium). Exit code 1 when anything is missing.
import { accessSync, constants } from 'node:fs';
import { execFileSync } from 'node:child_process';
import path from 'node:path';

const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Each program the tests run, and the Debian package that brings it. */
const TOOLS = [
  { program: chromium, debianPackage: 'chromium' },
  { program: 'pdftotext', debianPackage: 'poppler-utils' },
  { program: 'pdftoppm', debianPackage: 'poppler-utils' },
  { program: 'pdfinfo', debianPackage: 'poppler-utils' },
  { program: 'qpdf', debianPackage: 'qpdf' },
];

function isExecutable(file) {
  try {
    accessSync(file, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/** Whether a program is there: an absolute path as it is, a bare name looked up on PATH. */
function isInstalled(program) {
  if (path.isAbsolute(program)) return isExecutable(program);
  return (process.env.PATH ?? '').split(path.delimiter).some((dir) => dir !== '' && isExecutable(path.join(dir, program)));
}

function missingPackages() {
  const missing = TOOLS.filter((tool) => !isInstalled(tool.program));
  return { programs: missing.map((tool) => tool.program), packages: [...new Set(missing.map((tool) => tool.debianPackage))] };
}

const checkOnly = process.argv.includes('--check');
const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
const hasApt = isExecutable('/usr/bin/apt-get');

let missing = missingPackages();
if (missing.packages.length > 0 && isRoot && hasApt && !checkOnly) {
  console.log(`Mangler ${missing.programs.join(', ')}: installerer Debians pakker (${missing.packages.join(' ')}) …`);
  // The lock timeout waits for another apt or dpkg run on the machine instead of failing at once.
  const apt = ['-o', 'DPkg::Lock::Timeout=600', '-y', '-qq'];
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  execFileSync('apt-get', ['-o', 'DPkg::Lock::Timeout=600', '-qq', 'update'], { stdio: 'inherit', env });
  execFileSync('apt-get', [...apt, 'install', ...missing.packages], { stdio: 'inherit', env });
  missing = missingPackages();
}

if (missing.packages.length > 0) {
  console.error(
    `Testene mangler programmer: ${missing.programs.join(', ')}.\n` +
      `Installér Debians pakker som root med:  apt-get update && apt-get install -y ${missing.packages.join(' ')}\n` +
      '(eller kør `npm test` som root, så installeres de; CHROMIUM_PATH kan pege på en anden Chromium).',
  );
  process.exit(1);
}
