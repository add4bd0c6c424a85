/**
 * `npm run pdf`: writes the slide deck to a PDF, one 16:9 page per slide, charts in their step states.
 * Builds the site first when the build is missing or older than the sources, serves it on a free port
 * (tests/support/serve.mjs, the e2e tests' static server) and prints /present/ with Playwright's Chromium.
 *
 * Usage: npm run pdf [-- --out deck.pdf] [-- --build]   (DIST_DIR picks another build folder, as for the e2e tests)
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { chromium } from '@playwright/test';
import { chromiumArgs, findChromium } from '../support/chromium.ts';
import { distDir, filesUnder, repoRoot } from './dist.ts';

const { values } = parseArgs({
  options: { out: { type: 'string', default: 'deck.pdf' }, build: { type: 'boolean', default: false } },
});
const outFile = resolve(process.cwd(), values.out);
const deckHtml = join(distDir, 'present', 'index.html');

/** The newest modification time among the files the build reads. */
function newestSource(): number {
  const roots = ['src', 'content', 'public', 'astro.config.mjs', 'package.json'].map((p) => join(repoRoot, p)).filter(existsSync);
  const files = roots.flatMap((p) => (statSync(p).isDirectory() ? filesUnder(p) : [p]));
  return Math.max(...files.map((file) => statSync(file).mtimeMs));
}

function buildIfNeeded(): void {
  const stale = !existsSync(deckHtml) || statSync(deckHtml).mtimeMs < newestSource();
  if (!values.build && !stale) return;
  process.stdout.write(`Building the site into ${relative(repoRoot, distDir) || '.'}…\n`);
  const result = spawnSync('npx', ['astro', 'build', '--outDir', distDir], { cwd: repoRoot, stdio: 'inherit' });
  if (result.status !== 0) throw new Error('astro build failed');
}

/** A TCP port nobody is listening on. */
function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const probe = createServer();
    probe.once('error', fail);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      probe.close(() => done(port));
    });
  });
}

/** Waits until a URL answers, or gives up after `ms`. */
async function waitFor(url: string, ms = 30_000): Promise<void> {
  const until = Date.now() + ms;
  while (Date.now() < until) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`The static server did not answer at ${url}`);
}

async function main(): Promise<void> {
  buildIfNeeded();
  // The deck records the base path it was built for (the site may live under a sub-path).
  const base = /data-base="([^"]*)"/.exec(readFileSync(deckHtml, 'utf8'))?.[1] ?? '/';
  const port = await freePort();
  const server: ChildProcess = spawn(process.execPath, ['tests/support/serve.mjs', '--dir', distDir, '--port', String(port), '--base', base], {
    cwd: repoRoot,
    stdio: 'ignore',
  });
  const browser = await chromium.launch({ executablePath: findChromium(), args: chromiumArgs });
  try {
    const url = `http://127.0.0.1:${port}${base}present/`;
    await waitFor(url);
    const page = await browser.newPage({ viewport: { width: 1280, height: 720 } });
    await page.goto(url, { waitUntil: 'load' });
    await page.evaluate(() => document.fonts.ready);
    const slides = await page.locator('[data-stage] .slide').count();
    const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true });
    writeFileSync(outFile, pdf);
    process.stdout.write(`Wrote ${outFile}: ${slides} slides.\n`);
  } finally {
    await browser.close();
    server.kill();
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
});
