/**
 * Sub-path hosting: a build made with `--base /sub/path/`, served only under that path, loads every page,
 * asset, card, embed and link without a single failed request.
 */
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type Page, type Request, type Response } from '@playwright/test';
import { BASE_PATH, baseBuild } from '../support/base-build';
import { sections } from '../support/share';
import {
  download,
  expectChartSvg,
  expectCitations,
  expectJsonLd,
  expectSitemap,
  expectStepCards,
  expectStepOpens,
  metaOf,
  sampleSteps,
  sectionOf,
} from '../support/step-sharing';
import { storySettled } from '../support/settled';
import { startStaticSite, type StaticSite } from '../support/static-site';
import { elementsOf } from '../tools/html';

const base = BASE_PATH;
const all = sections();

test.describe.configure({ mode: 'serial', timeout: 300_000 });

let build: { dir: string; temporary: boolean } | undefined;
let server: StaticSite | undefined;
let origin = '';

test.beforeAll(async () => {
  // When it has to build (tests/support/base-build.ts), the build draws every card and download: minutes on a busy machine.
  test.setTimeout(300_000);
  build = await baseBuild();
  server = await startStaticSite({ dir: build.dir, base });
  origin = server.origin;
});

test.afterAll(() => {
  server?.stop();
  if (build?.temporary) rmSync(build.dir, { recursive: true, force: true });
});

/** Opens a page in the browser, scrolls through it, and records every request that failed or answered 4xx/5xx. */
async function visit(page: Page, url: string, failures: string[]): Promise<void> {
  const onResponse = (response: Response): void => {
    if (response.status() >= 400) failures.push(`${response.status()} ${response.url()} (on ${url})`);
  };
  const onFailed = (request: Request): void => {
    const reason = request.failure()?.errorText ?? '';
    // Requests cut short by the share page moving on to the article are not failures; anything else is.
    if (reason !== 'net::ERR_ABORTED') failures.push(`failed ${request.url()} ${reason} (on ${url})`);
  };
  page.on('response', onResponse);
  page.on('requestfailed', onFailed);
  await page.goto(url);
  await page.waitForLoadState('load');
  await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
  await storySettled(page);
  page.off('response', onResponse);
  page.off('requestfailed', onFailed);
}

/** Every address an HTML page names: links, assets, card and canonical metas, and embed codes. */
function addressesIn(html: string): string[] {
  const out: string[] = [];
  for (const el of elementsOf(html)) {
    for (const name of ['href', 'src']) {
      const value = el.attrs.get(name);
      if (value) out.push(value);
    }
    const content = el.attrs.get('content');
    if (el.tag === 'meta' && content && /^https?:/.test(content)) out.push(content);
    if (el.tag === 'textarea') out.push(...[...el.text.matchAll(/src="([^"]+)"/g)].map((m) => m[1] ?? ''));
  }
  return out.filter(Boolean);
}

test('a build with --base serves every page, asset, card, embed and link under that path', async ({ page }) => {
  const failures: string[] = [];
  const seen = new Set<string>();
  const step = sampleSteps[1] ?? '';
  const queue = [base, ...all.map(({ slug }) => `${base}s/${slug}/`), `${base}s/${sectionOf(step)}/${step}/`];
  const checked: string[] = [];
  let siteOrigin = '';
  while (queue.length > 0) {
    const path = queue.shift() ?? '';
    if (seen.has(path)) continue;
    seen.add(path);
    checked.push(path);
    const url = `${origin}${path}`;
    if (!path.endsWith('/') && !path.endsWith('.html')) {
      const response = await page.request.get(url);
      if (response.status() >= 400) failures.push(`${response.status()} ${url}`);
      continue;
    }
    const response = await page.request.get(url);
    if (response.status() >= 400) failures.push(`${response.status()} ${url}`);
    const found = addressesIn(await response.text());
    await visit(page, url, failures);
    // The production origin, from the article's own og:url: its addresses are checked here under the same path.
    siteOrigin ||= new URL(found.find((a) => a.endsWith(base)) ?? origin).origin;
    for (const address of found) {
      const target = new URL(address, url);
      if (target.origin !== origin && target.origin !== siteOrigin) continue;
      if (!target.pathname.startsWith(base)) failures.push(`outside ${base}: ${address} (on ${path})`);
      else if (!seen.has(target.pathname)) queue.push(target.pathname);
    }
  }
  expect(failures).toEqual([]);
  // It reached the article, every share page, at least one card and one embed.
  expect(checked).toContain(base);
  for (const { slug } of all) expect(checked).toContain(`${base}s/${slug}/`);
  expect(checked.some((p) => p.startsWith(`${base}cards/`) && p.endsWith('.png'))).toBe(true);
  expect(checked.some((p) => p.startsWith(`${base}embed/`))).toBe(true);
});

test('under the base path, copy link and the share-page redirect keep the path', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin });
  const slug = all[all.length - 1]?.slug ?? '';
  await page.goto(`${origin}${base}s/${slug}/`);
  await expect(page).toHaveURL(`${origin}${base}#${slug}`);
  await page
    .locator(`#${slug} .section-head`)
    .getByRole('button', { name: /Copy link/ })
    .click();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(`${origin}${base}#${slug}`);
});

test('under the base path, step addresses, step share pages and the chart tools keep the path', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin });
  const siteRoot = metaOf(join(build?.dir ?? '', 'index.html'), 'og:url') ?? '';
  expect(new URL(siteRoot).pathname).toBe(base);
  const last = sampleSteps[2] ?? '';
  await expectStepOpens(page, `${origin}${base}`, last);

  const step = sampleSteps[1] ?? '';
  const slug = sectionOf(step);
  await page.goto(`${origin}${base}s/${slug}/${step}/`);
  await expect(page).toHaveURL(`${origin}${base}#step-${step}`);
  await expect(page.locator(`#step-${step}`)).toHaveAttribute('aria-current', 'step');
  const tools = page.locator(`#${slug} .chart-tools`);
  await tools.locator('summary').click();
  await tools.getByRole('button', { name: 'Copy link to this chart' }).click();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(`${origin}${base}s/${slug}/${step}/`);
  await expect(tools.getByRole('link', { name: 'Download SVG' })).toHaveAttribute('href', `${base}downloads/${slug}-${step}.svg`);
  const svg = await download(page, slug, /Download SVG/);
  expectChartSvg(svg.bytes.toString('utf8'), `${siteRoot}s/${slug}/${step}/`);
});

test('under the base path, step cards, sitemap, robots.txt, JSON-LD and citations carry the path', async ({ page }) => {
  const siteRoot = metaOf(join(build?.dir ?? '', 'index.html'), 'og:url') ?? '';
  const dir = build?.dir ?? '';
  expectStepCards(dir, siteRoot);
  await expectSitemap(page, dir, siteRoot);
  expectJsonLd(dir, siteRoot);
  expectCitations(dir, siteRoot);
});
