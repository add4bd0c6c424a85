/**
 * `npm run bench`: Lighthouse (mobile emulation) on the built article and slide deck, plus a scripted scroll
 * through the whole article measuring frame times, long tasks and the JavaScript it loads. Prints a table
 * against the budget, writes JSON to bench-results/, and exits non-zero when a figure is over budget.
 * Env: DIST_DIR (build folder, default dist/), BENCH_PORT (default 4380), BENCH_RUNS (Lighthouse runs per page, median; default 3).
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from '@playwright/test';
import { chromiumArgs, findChromium } from '../support/chromium.ts';
import { freePort, startStaticSite } from '../support/static-site.ts';
import { distDir, repoRoot } from '../tools/dist.ts';
import { budgets, median, table, withinBudget, type BenchRow } from './budgets.ts';
import { runLighthouse, type LighthouseFigures } from './lighthouse.ts';
import { measureScroll } from './scroll.ts';

const port = Number(process.env.BENCH_PORT ?? 4380);
const runs = Math.max(1, Number(process.env.BENCH_RUNS ?? 3));
/** Pages Lighthouse checks (those that exist in the build); BENCH_PAGES=/,/present/ overrides. */
const lighthousePages = (process.env.BENCH_PAGES?.split(',') ?? ['/', '/present/']).filter((path) => existsSync(join(distDir, path, 'index.html')));
/** The article is budgeted; other pages are measured for information. */
const budgetedPage = '/';

/** The median of each figure over several Lighthouse runs (failing audits from the last run). */
function medianFigures(all: LighthouseFigures[]): LighthouseFigures {
  const pick = (key: Exclude<keyof LighthouseFigures, 'failing'>): number => median(all.map((f) => f[key]));
  return {
    performance: pick('performance'), accessibility: pick('accessibility'), bestPractices: pick('bestPractices'), seo: pick('seo'),
    cls: pick('cls'), tbtMs: pick('tbtMs'), lcpMs: pick('lcpMs'), failing: all.at(-1)?.failing ?? [],
  };
}

async function main(): Promise<void> {
  if (!existsSync(join(distDir, 'index.html'))) throw new Error(`No build in ${distDir}: run \`astro build\` first.`);
  const server = await startStaticSite({ dir: distDir, port, gzip: true });
  const { origin } = server;
  const debugPort = await freePort();
  const browser = await chromium.launch({ executablePath: findChromium(), args: [...chromiumArgs, `--remote-debugging-port=${debugPort}`] });
  try {
    const rows: BenchRow[] = [];
    const lighthouse: Record<string, LighthouseFigures> = {};
    for (const path of lighthousePages) {
      const all: LighthouseFigures[] = [];
      for (let i = 0; i < runs; i += 1) all.push(await runLighthouse(`${origin}${path}`, debugPort));
      const figures = medianFigures(all);
      lighthouse[path] = figures;
      const { failing: _failing, ...values } = figures;
      rows.push({ page: path, values, info: path !== budgetedPage });
    }
    const scroll = await measureScroll(browser, `${origin}/`);
    rows.push({ page: '/ (scroll)', values: { jsGzipKb: scroll.jsGzipKb, frameP95Ms: scroll.frameP95Ms, frameMaxMs: scroll.frameMaxMs } });

    const over = rows
      .filter((row) => !row.info)
      .flatMap((row) => budgets.filter((b) => b.key in row.values && !withinBudget(b, row.values[b.key])).map((b) => `${row.page} ${b.label}`));
    process.stdout.write(`\n${table(rows)}\n(Budgets apply to the article; other pages are reported for information.)\n\n`);
    process.stdout.write(`Scroll: ${scroll.frames} frames over ${Math.round(scroll.scrolledPx)} px; ${scroll.longTasks} long tasks (longest ${scroll.longTaskMaxMs.toFixed(0)} ms).\n`);
    for (const [path, figures] of Object.entries(lighthouse)) for (const audit of figures.failing) process.stdout.write(`${path} failing audit: ${audit}\n`);

    const folder = join(repoRoot, 'bench-results');
    mkdirSync(folder, { recursive: true });
    const report = { date: new Date().toISOString(), chromium: browser.version(), runs, lighthouse, scroll, rows, budgets, over };
    const json = `${JSON.stringify(report, null, 2)}\n`;
    const file = join(folder, `bench-${report.date.replace(/[:.]/g, '-')}.json`);
    writeFileSync(file, json);
    writeFileSync(join(folder, 'latest.json'), json);
    process.stdout.write(`Wrote ${file}\n${over.length ? `Over budget: ${over.join('; ')}\n` : 'Every figure is within budget.\n'}`);
    process.exitCode = over.length ? 1 : 0;
  } finally {
    await browser.close();
    server.stop();
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.stack ?? error.message : String(error)}\n`);
  process.exitCode = 1;
});
