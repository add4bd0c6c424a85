/**
 * Makes sure the programs the tests drive are installed: when some are missing and we are root on Debian,
 * installs their Debian packages (one apt-get for all); otherwise says what to install and fails.
 * Usage: node tests/support/ensure-system.ts chromium java firefox webkit   (any of them; all when none is named)
 */
import { execFileSync } from 'node:child_process';
import { accessSync, constants, existsSync } from 'node:fs';
import { delimiter, join } from 'node:path';
import { FIREFOX, MINIBROWSER, WEBKIT_DRIVER, XVFB } from '../engines/binaries.ts';
import { findHeadlessShell } from './chromium.ts';

/** Whether a command is on the PATH. */
function onPath(command: string): boolean {
  return (process.env.PATH ?? '').split(delimiter).some((dir) => {
    try {
      accessSync(join(dir, command), constants.X_OK);
      return true;
    } catch {
      return false;
    }
  });
}

/** What each part of the suite needs: how to tell it is there, and the Debian packages that provide it. */
const needs: Record<string, { what: string; found: () => boolean; packages: string[] }> = {
  chromium: {
    what: "Chromium's headless shell (Playwright run)",
    found: () => findHeadlessShell() !== undefined,
    packages: ['chromium-headless-shell'],
  },
  java: { what: 'Java (the Nu HTML Checker)', found: () => onPath('java'), packages: ['default-jre-headless'] },
  firefox: { what: 'Firefox ESR', found: () => existsSync(FIREFOX), packages: ['firefox-esr'] },
  webkit: {
    what: 'WebKitGTK with WebKitWebDriver and Xvfb',
    found: () => [WEBKIT_DRIVER, MINIBROWSER, XVFB].every((path) => existsSync(path)),
    packages: ['webkit2gtk-driver', 'xvfb'],
  },
};

const asked = process.argv.slice(2);
const unknown = asked.filter((name) => !(name in needs));
if (unknown.length > 0) {
  console.error(`ensure-system: unknown ${unknown.join(', ')} (known: ${Object.keys(needs).join(', ')})`);
  process.exit(2);
}
const missing = (asked.length > 0 ? asked : Object.keys(needs)).flatMap((name) => {
  const need = needs[name];
  return need && !need.found() ? [need] : [];
});
const packages = missing.flatMap((need) => need.packages);

if (missing.length === 0) process.exit(0);
if (process.getuid?.() === 0 && existsSync('/usr/bin/apt-get')) {
  console.log(`Missing ${missing.map((need) => need.what).join('; ')}: installing Debian's ${packages.join(' ')}…`);
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  execFileSync('/usr/bin/apt-get', ['update', '-qq'], { stdio: 'inherit', env });
  execFileSync('/usr/bin/apt-get', ['install', '-y', '-qq', ...packages], { stdio: 'inherit', env });
  const still = missing.filter((need) => !need.found());
  if (still.length > 0) {
    console.error(`Still missing after apt-get: ${still.map((need) => need.what).join('; ')}`);
    process.exit(1);
  }
} else {
  console.error(`Missing ${missing.map((need) => need.what).join('; ')}. Install them: \`apt-get install ${packages.join(' ')}\` (Debian, as root).`);
  process.exit(1);
}
