/**
 * The sub-path build (`--base /sub/path/`) that the sub-path and offline tests serve. `npm test` makes it beside its
 * other checks (`npm run build:base`, into dist-base/, right after the build under test); a test that finds it
 * missing, or older than the build under test, makes its own in a temporary folder, so a lone spec run after a
 * rebuild still tests the current code.
 * Usage: node tests/support/base-build.ts   (writes dist-base/)
 */
import { existsSync, mkdtempSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { distDir, repoRoot } from '../tools/dist.ts';
import { runInRepo } from './run.ts';

/** The base path the build is made for. */
export const BASE_PATH = '/sub/path/';

/** Where `npm run build:base` writes it. */
export const baseDistDir = resolve(repoRoot, 'dist-base');

/** When a build was made (its home page's time), or 0 when there is none. */
const builtAt = (dir: string): number => (existsSync(join(dir, 'index.html')) ? statSync(join(dir, 'index.html')).mtimeMs : 0);

/** Builds the site under BASE_PATH into `outDir`. */
const buildUnderBase = (outDir: string): Promise<void> => runInRepo('npx', ['astro', 'build', '--base', BASE_PATH, '--outDir', outDir]);

/**
 * The folder of a sub-path build of the code under test: dist-base/ when it was made after the build under test,
 * else a new build in a temporary folder (the caller removes it: `temporary` is true).
 */
export async function baseBuild(): Promise<{ dir: string; temporary: boolean }> {
  const base = builtAt(baseDistDir);
  if (base > 0 && base >= builtAt(distDir)) return { dir: baseDistDir, temporary: false };
  const dir = mkdtempSync(join(tmpdir(), 'base-build-'));
  await buildUnderBase(dir);
  return { dir, temporary: true };
}

if (import.meta.main) await buildUnderBase(baseDistDir);
