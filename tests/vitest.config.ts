/** Unit tests of pure code: facts, formats, the section checks, the cost model, chart layouts. */
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    root: fileURLToPath(new URL('..', import.meta.url)),
    include: ['tests/unit/**/*.test.ts'],
    environment: 'node',
    // The code under test is pure: reusing workers across files (no fresh module graph per file) saves a third of the run.
    isolate: false,
  },
});
