/**
 * Byte budgets (issue 12, part 5), gzipped as every static host serves them: the article's JavaScript before any
 * scroll ≤ 25 KB and after a full read ≤ 45 KB; an embed page's ≤ 15 KB. Measured from what the browser actually
 * fetches (lazy chunks included once they load), not from the build's import graph.
 */
import { expect, test, type Page } from '@playwright/test';
import { storySettled } from '../support/settled';
import { gzipSize } from '../tools/page-scripts';

const KB = 1024;

/** Collects the gzipped size of every script the page itself fetches (a service worker's own script is reported, not counted). */
function recordScripts(page: Page): () => Promise<{ total: number; list: string }> {
  const sizes: Array<Promise<{ url: string; gzip: number }>> = [];
  const worker: string[] = [];
  page.on('response', (response) => {
    const request = response.request();
    if (request.resourceType() !== 'script' || request.serviceWorker()) return;
    if (/\/(sw|service-worker)[^/]*\.js$/.test(new URL(response.url()).pathname)) {
      worker.push(response.url());
      return;
    }
    sizes.push(response.body().then((body) => ({ url: new URL(response.url()).pathname, gzip: gzipSize(body) })));
  });
  return async () => {
    const scripts = await Promise.all(sizes);
    if (worker.length > 0) test.info().annotations.push({ type: 'service worker (not page JS)', description: worker.join(', ') });
    return {
      total: scripts.reduce((sum, s) => sum + s.gzip, 0),
      list: scripts.map((s) => `${s.url} ${(s.gzip / KB).toFixed(1)} KB`).join(', '),
    };
  };
}

/** The measurement as a line, also printed so every run shows the figures, passing or not. */
function report(what: string, total: number, list: string): string {
  const line = `${what}: ${(total / KB).toFixed(1)} KB gzipped (${list})`;
  console.log(line);
  return line;
}

test('the article loads ≤ 25 KB of gzipped JavaScript before any scroll, and ≤ 45 KB after a full read', async ({ page }) => {
  test.setTimeout(90_000);
  const scripts = recordScripts(page);
  await page.goto('/');
  await storySettled(page);
  await page.waitForLoadState('networkidle');
  const initial = await scripts();
  // Soft: the full read is still measured and checked when the first budget is missed.
  expect.soft(initial.total, report('before any scroll', initial.total, initial.list)).toBeLessThanOrEqual(25 * KB);

  // Read it all: every step to the reading line in turn, then the calculator's section and the end.
  for (const step of await page.locator('.scrolly .step[data-step]').all()) {
    await step.evaluate((el) =>
      window.scrollTo({ top: el.getBoundingClientRect().top + window.scrollY - window.innerHeight * 0.5 + 40, behavior: 'instant' }),
    );
    await storySettled(page);
  }
  // The calculator's code loads as it nears: counted once it has taken over its form (the form itself shows before,
  // without it, so a visible form says nothing about the code).
  await page.locator('cost-calculator').scrollIntoViewIfNeeded();
  await expect(page.locator('cost-calculator[data-ready]')).toHaveCount(1);
  await page.keyboard.press('End');
  await storySettled(page);
  await page.waitForLoadState('networkidle');
  // Every chart woke and drew in the browser on the way: its code has been fetched.
  await expect(page.locator('story-chart:not([data-settled="true"])')).toHaveCount(0);
  const all = await scripts();
  expect(all.total, report('after a full read', all.total, all.list)).toBeLessThanOrEqual(45 * KB);
});

test('every embed page loads ≤ 15 KB of gzipped JavaScript (each loads only its own chart)', async ({ page, browser, baseURL }) => {
  await page.goto('/');
  const slugs = await page.locator('story-chart').evaluateAll((charts) => charts.map((c) => (c as HTMLElement).dataset.chart ?? ''));
  expect(slugs.length).toBe(8);
  // All at once, each in its own context: most of each measurement is waiting for its network to go quiet.
  const measureEmbed = async (slug: string): Promise<void> => {
    const embedPage = await browser.newPage({ baseURL });
    const scripts = recordScripts(embedPage);
    await embedPage.goto(`/embed/${slug}/`);
    await expect(embedPage.locator('story-chart')).toHaveAttribute('data-settled', 'true');
    await embedPage.waitForLoadState('networkidle');
    const embed = await scripts();
    expect.soft(embed.total, report(`embed ${slug}`, embed.total, embed.list)).toBeLessThanOrEqual(15 * KB);
    expect
      .soft(
        embed.list.match(/\/(headline|peers|techniques|ablations|cluster|staff|annual|outlook)\.[\w-]+\.js/g) ?? [],
        `embed ${slug} loads one chart`,
      )
      .toHaveLength(1);
    await embedPage.close();
  };
  await Promise.all(slugs.map(measureEmbed));
});
