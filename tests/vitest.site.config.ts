/** Static checks over the built site (dist/, or DIST_DIR), in node: run after `astro build`, before the browser tests. */
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    root: fileURLToPath(new URL('..', import.meta.url)),
    include: ['tests/site/**/*.test.ts'],
    environment: 'node',
    // The Nu HTML Checker reads every page in one Java run: tens of seconds on a busy 2-core machine.
    testTimeout: 180_000,
  },
});
