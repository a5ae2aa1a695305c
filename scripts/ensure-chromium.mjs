// Browser tests drive Debian's Chromium through playwright-core (Playwright's own browser download
// does not work on these machines). Install it when missing and we are root; otherwise say what to do.
import { existsSync } from 'node:fs';
import { execSync } from 'node:child_process';

const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

if (!existsSync(chromium)) {
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  const hasApt = existsSync('/usr/bin/apt-get');
  if (isRoot && hasApt) {
    console.log('Chromium mangler: installerer Debians pakke (chromium) …');
    execSync('apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium', { stdio: 'inherit' });
  } else {
    console.error(
      `Chromium blev ikke fundet på ${chromium}.\n` +
        'Installér det som root med:  apt-get update && apt-get install -y chromium\n' +
        '(eller sæt CHROMIUM_PATH til en anden Chromium).',
    );
    process.exit(1);
  }
}
