/** End-to-end tests run against the built site, served as static files. */
import { defineConfig, devices } from '@playwright/test';
import { chromiumArgs, findHeadlessShell } from './support/chromium';

const port = Number(process.env.E2E_PORT ?? 4329);
// DIST_DIR serves another build folder instead of dist/ (so several builds can be tested at once).
const dist = process.env.DIST_DIR ?? 'dist';

export default defineConfig({
  testDir: './e2e',
  outputDir: '../test-results',
  fullyParallel: true,
  workers: 2,
  retries: 0,
  reporter: [['list']],
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    trace: 'off',
    // Motion is the subject of few tests: those opt back in (reducedMotion: 'no-preference'); every other test
    // sees each step drawn at once and scrolls instantly, as a reader who prefers reduced motion does.
    reducedMotion: 'reduce',
    launchOptions: { executablePath: findHeadlessShell(), args: chromiumArgs },
  },
  projects: [{ name: 'chromium', use: { ...devices['Desktop Chrome'] } }],
  webServer: {
    // Our own static server: `astro preview` allows one instance per project, which parallel runs would hit.
    command: `node tests/support/serve.mjs --dir ${dist} --port ${port}`,
    cwd: '..',
    url: `http://127.0.0.1:${port}/`,
    reuseExistingServer: false,
    timeout: 60_000,
  },
});
