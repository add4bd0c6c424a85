/**
 * `npm run pdf`: writes the slide deck to a PDF, one 16:9 page per slide, charts in their step states.
 * Builds the site first when the build is missing or older than the sources, serves it on a free port
 * (tests/support/serve.mjs, the e2e tests' static server) and prints /present/ with Playwright's Chromium once every slide is built.
 *
 * Usage: npm run pdf [-- --out deck.pdf] [-- --build] [-- --estimate 'gpus=40000&pricePerGpu=40000']
 * (--estimate: the estimate slide's settings, as in the deck's address; DIST_DIR picks another build folder, as for the e2e tests)
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { chromium } from '@playwright/test';
import { chromiumArgs, findChromium } from '../../tests/support/chromium.ts';
import { startStaticSite } from '../../tests/support/static-site.ts';
import { distDir, filesUnder, repoRoot } from '../../tests/tools/dist.ts';

const { values } = parseArgs({
  options: { out: { type: 'string', default: 'deck.pdf' }, build: { type: 'boolean', default: false }, estimate: { type: 'string', default: '' } },
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

async function main(): Promise<void> {
  buildIfNeeded();
  // The deck records the base path it was built for (the site may live under a sub-path).
  const base = /data-base="([^"]*)"/.exec(readFileSync(deckHtml, 'utf8'))?.[1] ?? '/';
  const server = await startStaticSite({ dir: distDir, base });
  const browser = await chromium.launch({ executablePath: findChromium(), args: chromiumArgs });
  try {
    const query = new URLSearchParams(values.estimate).toString();
    const url = `${server.root}present/${query ? `?${query}` : ''}`;
    const page = await browser.newPage({ viewport: { width: 1280, height: 720 } });
    await page.goto(url, { waitUntil: 'load' });
    // The deck builds the slides away from the current one when idle (src/present/slide-build.ts), and fits their text
    // again when a face arrives (the web faces come in after the first paint, src/fonts/web-faces.ts): print once
    // every slide is built, every face is in, and the text is fitted to it.
    const allBuilt = page.locator('[data-stage][data-built="all"]');
    await allBuilt.waitFor({ state: 'attached' });
    await page.locator('html[data-web-faces]').waitFor({ state: 'attached' });
    await page.evaluate(() => document.fonts.ready);
    await allBuilt.waitFor({ state: 'attached' });
    // Settings in the address: the estimate slide's calculator loads as its slide is built; print once it shows them.
    if (query) await page.locator('[data-stage] cost-calculator[data-ready]').waitFor({ state: 'attached' });
    const slides = await page.locator('[data-stage] .slide').count();
    const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true });
    writeFileSync(outFile, pdf);
    process.stdout.write(`Wrote ${outFile}: ${slides} slides.\n`);
  } finally {
    await browser.close();
    server.stop();
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
});
