/** Finds a Chromium for the tests: Playwright's own when installed, else the system's. */
import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';

const systemCandidates = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome', '/usr/bin/google-chrome-stable'];

/** The path of a Chromium executable, or undefined when none is installed. */
export function findChromium(): string | undefined {
  const bundled = chromium.executablePath();
  if (bundled && existsSync(bundled)) return bundled;
  return systemCandidates.find((path) => existsSync(path));
}

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
