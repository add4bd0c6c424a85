/**
 * `npm run bench`: serves the build gzip-compressed (as any static host does) and measures it against the issue's budget:
 * the article's JavaScript before any scroll and after a full read, an embed's, the service worker's own download
 * (reported, not page JS), Lighthouse (mobile emulation, median of BENCH_RUNS runs) on the article and the deck, and
 * the longest frame while scrolling the article. Prints a table and, for each page, the requests its simulated LCP
 * waited for (src/tools/bench/lcp-inputs.ts); writes JSON to bench-results/, and exits non-zero
 * when a figure is over budget.
 * Env: DIST_DIR (build folder, default dist/), BENCH_PORT (default 4380), BENCH_RUNS (Lighthouse runs per page; default 5:
 * a page's simulated LCP moves in 150 ms steps from one run to the next, and the median of 5 moves less than that of 3).
 */
import { existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { get } from 'node:http';
import { join } from 'node:path';
import { chromium } from '@playwright/test';
import { chromiumArgs, findChromium } from '../../../tests/support/chromium.ts';
import { freePort, startStaticSite } from '../../../tests/support/static-site.ts';
import { distDir, repoRoot } from '../../../tests/tools/dist.ts';
import { limits, median, overBudget, table, type Limit, type Measure } from './budgets.ts';
import { runLighthouse, type LighthouseFigures } from './lighthouse.ts';
import { describeInput } from './lcp-inputs.ts';
import { measureEmbed, measureRead, totalKb } from './read.ts';

const port = Number(process.env.BENCH_PORT ?? 4380);
const runs = Math.max(1, Number(process.env.BENCH_RUNS ?? 5));

type ScoredFigure = 'performance' | 'accessibility' | 'bestPractices' | 'seo' | 'cls' | 'tbtMs' | 'lcpMs';

/** The median of each figure over several Lighthouse runs (failing audits from the last run; what LCP waited for from
 * the run whose LCP is the median, the one median() picks). */
function medianFigures(all: LighthouseFigures[]): LighthouseFigures {
  const pick = (key: ScoredFigure): number => median(all.map((f) => f[key]));
  const lcpMs = pick('lcpMs');
  const middle = all.find((f) => f.lcpMs === lcpMs) as LighthouseFigures;
  return {
    performance: pick('performance'),
    accessibility: pick('accessibility'),
    bestPractices: pick('bestPractices'),
    seo: pick('seo'),
    cls: pick('cls'),
    tbtMs: pick('tbtMs'),
    lcpMs,
    failing: all.at(-1)?.failing ?? [],
    observedLcpMs: middle.observedLcpMs,
    lcpElement: middle.lcpElement,
    lcpInputs: middle.lcpInputs,
  };
}

/** The bytes a server sends for a URL to a client that accepts gzip (the body as encoded on the wire). */
function transferBytes(url: string): Promise<number> {
  return new Promise((resolve, reject) => {
    get(url, { headers: { 'accept-encoding': 'gzip' } }, (response) => {
      if (response.statusCode !== 200) reject(new Error(`${url}: HTTP ${response.statusCode}`));
      let bytes = 0;
      response.on('data', (chunk: Buffer) => (bytes += chunk.length));
      response.on('end', () => resolve(bytes));
    }).on('error', reject);
  });
}

/** The Lighthouse rows of one page: its LCP limit, and its TBT limit (the issue sets one for the deck only). */
function lighthouseMeasures(page: string, f: LighthouseFigures, lcp: Limit, tbt?: Limit): Measure[] {
  const score = (label: string, value: number, limit: Limit): Measure => ({ page, label: `Lighthouse ${label}`, unit: '', value, limit });
  return [
    score('Performance', f.performance, limits.performance),
    { page, label: 'Largest Contentful Paint', unit: 'ms', value: Math.round(f.lcpMs), limit: lcp },
    { page, label: 'Total Blocking Time', unit: 'ms', value: Math.round(f.tbtMs), limit: tbt },
    { page, label: 'Cumulative Layout Shift', unit: '', value: f.cls, limit: limits.cls },
    score('Accessibility', f.accessibility, limits.categoryScore),
    score('Best Practices', f.bestPractices, limits.categoryScore),
    score('SEO', f.seo, limits.categoryScore),
  ];
}

async function main(): Promise<void> {
  for (const page of ['index.html', 'present/index.html']) {
    if (!existsSync(join(distDir, page))) throw new Error(`No ${page} in ${distDir}: run \`astro build\` first.`);
  }
  const embeds = existsSync(join(distDir, 'embed'))
    ? readdirSync(join(distDir, 'embed')).filter((slug) => existsSync(join(distDir, 'embed', slug, 'index.html')))
    : [];
  const server = await startStaticSite({ dir: distDir, port, gzip: true });
  const { origin } = server;
  const debugPort = await freePort();
  const browser = await chromium.launch({ executablePath: findChromium(), args: [...chromiumArgs, `--remote-debugging-port=${debugPort}`] });
  try {
    const read = await measureRead(browser, `${origin}/`);
    const embedKb: Record<string, number> = {};
    for (const slug of embeds) embedKb[slug] = totalKb(await measureEmbed(browser, `${origin}/embed/${slug}/`));
    const [largestEmbed, largestEmbedKb] = Object.entries(embedKb).sort((a, b) => b[1] - a[1])[0] ?? ['none', Number.NaN];
    const workerKb = existsSync(join(distDir, 'sw.js')) ? (await transferBytes(`${origin}/sw.js`)) / 1024 : Number.NaN;

    const lighthouse: Record<string, LighthouseFigures> = {};
    /** Each run's LCP, in run order: the spread the median is taken from. */
    const lcpRunsMs: Record<string, number[]> = {};
    for (const path of ['/', '/present/']) {
      const all: LighthouseFigures[] = [];
      for (let i = 0; i < runs; i += 1) all.push(await runLighthouse(`${origin}${path}`, debugPort));
      lighthouse[path] = medianFigures(all);
      lcpRunsMs[path] = all.map((f) => Math.round(f.lcpMs));
    }
    const kb = (value: number): number => Math.round(value * 10) / 10;
    const measures: Measure[] = [
      { page: '/', label: 'JS before any scroll (gz)', unit: 'KB', value: kb(totalKb(read.beforeScroll)), limit: limits.articleJsBeforeScrollKb },
      { page: '/', label: 'JS after a full read (gz)', unit: 'KB', value: kb(totalKb(read.fullRead)), limit: limits.articleJsFullReadKb },
      { page: `/embed/${largestEmbed}/`, label: 'JS of the largest embed (gz)', unit: 'KB', value: kb(largestEmbedKb), limit: limits.embedJsKb },
      { page: '/sw.js', label: 'Service worker, its own download (gz)', unit: 'KB', value: kb(workerKb) },
      ...lighthouseMeasures('/', lighthouse['/'] as LighthouseFigures, limits.articleLcpMs),
      ...lighthouseMeasures('/present/', lighthouse['/present/'] as LighthouseFigures, limits.deckLcpMs, limits.deckTbtMs),
      {
        page: '/ (scroll)',
        label: 'Longest frame while scrolling',
        unit: 'ms',
        value: Math.round(read.frameMaxMs * 10) / 10,
        limit: limits.frameMaxMs,
      },
      { page: '/ (scroll)', label: 'Frame, 95th percentile', unit: 'ms', value: Math.round(read.frameP95Ms * 10) / 10 },
    ];
    const over = overBudget(measures);
    process.stdout.write(`\n${table(measures)}\n\n`);
    process.stdout.write(
      `Scroll: ${read.frames} frames over ${Math.round(read.scrolledPx)} px; ${read.longTasks} long tasks (longest ${read.longTaskMaxMs.toFixed(0)} ms).\n`,
    );
    process.stdout.write(
      `Embeds (gz KB): ${Object.entries(embedKb)
        .map(([slug, value]) => `${slug} ${value.toFixed(1)}`)
        .join(', ')}\n`,
    );
    for (const [path, figures] of Object.entries(lighthouse)) {
      for (const audit of figures.failing) process.stdout.write(`${path} failing audit: ${audit}\n`);
      process.stdout.write(`${path} LCP of each run: ${(lcpRunsMs[path] ?? []).join(', ')} ms (the table shows the median)\n`);
      process.stdout.write(
        `${path} LCP: ${figures.lcpElement}, painted at ${Math.round(figures.observedLcpMs)} ms at full speed; the simulated LCP waited for:\n`,
      );
      for (const input of figures.lcpInputs) process.stdout.write(`  ${describeInput(input)}\n`);
    }

    const folder = join(repoRoot, 'bench-results');
    mkdirSync(folder, { recursive: true });
    const report = {
      date: new Date().toISOString(),
      chromium: browser.version(),
      runs,
      measures,
      read,
      embedKb,
      workerKb,
      lighthouse,
      lcpRunsMs,
      over,
    };
    const json = `${JSON.stringify(report, null, 2)}\n`;
    const file = join(folder, `bench-${report.date.replace(/[:.]/g, '-')}.json`);
    writeFileSync(file, json);
    writeFileSync(join(folder, 'latest.json'), json);
    process.stdout.write(
      `Wrote ${file}\n${over.length ? `Over budget: ${over.map((m) => `${m.page} ${m.label}`).join('; ')}\n` : 'Every figure is within budget.\n'}`,
    );
    process.exitCode = over.length ? 1 : 0;
  } finally {
    await browser.close();
    server.stop();
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exitCode = 1;
});
