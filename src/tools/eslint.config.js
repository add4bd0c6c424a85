// @ts-check
/**
 * ESLint's flat config, here because the top level of the repository is fixed: `npm run lint` passes it with
 * `--config`. Type-aware typescript-eslint (recommendedTypeChecked, through the TypeScript project service, so
 * tsconfig.json decides what is in the program) over every TypeScript and JavaScript file; eslint-plugin-astro's
 * recommended rules over the .astro components. A rule is turned off only with a comment saying why.
 */
import { fileURLToPath } from 'node:url';
import js from '@eslint/js';
import astro from 'eslint-plugin-astro';
import { defineConfig } from 'eslint/config';
import tseslint from 'typescript-eslint';

/** The project's root, two folders up from this file. */
const root = fileURLToPath(new URL('../..', import.meta.url));

export default defineConfig(
  {
    // The same directories .gitignore leaves out, plus any dist-* a worktree builds into.
    ignores: ['**/node_modules/', 'dist*/', '.astro/', 'test-results/', 'playwright-report/', 'bench-results/'],
  },
  {
    basePath: root,
    files: ['**/*.{ts,mts,js,mjs}'],
    extends: [js.configs.recommended, tseslint.configs.recommendedTypeChecked],
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: root },
    },
    rules: {
      // A property destructured only to leave it out of the rest (`const { summary: _dropped, ...rest } = data`).
      '@typescript-eslint/no-unused-vars': ['error', { ignoreRestSiblings: true }],
      // node:test's describe() and test() return promises that the runner itself awaits.
      '@typescript-eslint/no-floating-promises': [
        'error',
        { allowForKnownSafeCalls: [{ from: 'package', package: 'node:test', name: ['describe', 'suite', 'test', 'it'] }] },
      ],
      // TypeScript's own checker (astro check) reports undeclared names, knowing every global each file sees
      // (DOM, Node, Playwright's page functions); the rule would need a hand-kept list of them.
      'no-undef': 'off',
    },
  },
  {
    // The components get the rules that need no types: astro-eslint-parser has no project service, and with a
    // tsconfig project it types each template expression as unresolved, so the type-aware rules would flag every
    // one (`astro check` type-checks the components). Their <script>s only import modules, linted above.
    basePath: root,
    files: ['**/*.astro'],
    extends: [tseslint.configs.recommended, astro.configs['flat/recommended']],
  },
);
