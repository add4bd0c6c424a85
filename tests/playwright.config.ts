/** End-to-end tests run against the built site, served by `astro preview`. */
import { defineConfig, devices } from '@playwright/test';
import { chromiumArgs, findChromium } from './support/chromium';

const port = Number(process.env.E2E_PORT ?? 4329);
// DIST_DIR serves another build folder (e.g. a build made with --base) instead of dist/.
const outDir = process.env.DIST_DIR ? ` --outDir ${process.env.DIST_DIR}` : '';

export default defineConfig({
  testDir: './e2e',
  outputDir: '../test-results',
  fullyParallel: true,
  workers: 2,
  retries: 0,
  reporter: process.env.CI ? [['list']] : [['list']],
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    trace: 'off',
    launchOptions: { executablePath: findChromium(), args: chromiumArgs },
  },
  projects: [{ name: 'chromium', use: { ...devices['Desktop Chrome'] } }],
  webServer: {
    command: `npx astro preview --host 127.0.0.1 --port ${port}${outDir}`,
    cwd: '..',
    url: `http://127.0.0.1:${port}/`,
    reuseExistingServer: false,
    timeout: 60_000,
  },
});
