/**
 * Finds a Chromium: Playwright's own when installed, else the system's. The tests run in the headless shell, the
 * lean build Playwright itself uses for headless runs (Debian's chromium-headless-shell): on this 2-core machine a
 * browser test takes about a third less time in it than in full Chromium. The bench and the PDF tool use the full
 * browser, as readers do.
 */
import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';

/** Debian's headless shell (package chromium-headless-shell). */
const HEADLESS_SHELL = '/usr/bin/chromium-headless-shell';

const browserCandidates = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome', '/usr/bin/google-chrome-stable'];

/** The path of a full Chromium executable, or undefined when none is installed. */
export function findChromium(): string | undefined {
  const bundled = chromium.executablePath();
  if (bundled && existsSync(bundled)) return bundled;
  return browserCandidates.find((path) => existsSync(path));
}

/** The path of the headless shell the tests run in, or undefined when it is not installed. */
export const findHeadlessShell = (): string | undefined => (existsSync(HEADLESS_SHELL) ? HEADLESS_SHELL : undefined);

/** Flags that keep Chromium from reaching out to the network or needing a sandbox as root. */
export const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
