/**
 * Offline after one visit: the deck, the speaker view and the article work with the server gone, and a new
 * deploy replaces the cached copy on the next visits. The server is stopped as well as the context set
 * offline, so no request can reach the network through the service worker.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { buildWorker } from '../../src/offline/worker-build';
import { currentSlide, expectSlide, slideIds } from '../support/deck';
import { cachedPaths, waitForDeckCache, waitForWorker } from '../support/offline';
import { BASE_PATH, baseBuild } from '../support/base-build';
import { startStaticSite, type StaticSite } from '../support/static-site';
import { distDir } from '../tools/dist';

test.describe.configure({ timeout: 120_000 });

let server: StaticSite | undefined;
test.afterEach(() => server?.stop());

/** Steps through the whole deck with PageDown, checking every slide and that its chart is live. */
async function stepThroughDeck(page: Page): Promise<number> {
  const ids = await slideIds(page);
  await page.keyboard.press('Home');
  await expectSlide(page, ids[0] ?? '');
  for (const id of ids.slice(1)) {
    await page.keyboard.press('PageDown');
    await expectSlide(page, id);
    const chart = page.locator('[data-stage] .slide[data-current] story-chart');
    if (await chart.count()) {
      const step = await page.locator('[data-stage] .slide[data-current]').getAttribute('data-step');
      await expect(chart).toHaveAttribute('data-current-step', step ?? '');
      expect(await chart.locator('svg.chart *').count()).toBeGreaterThan(0);
    }
  }
  return ids.length;
}

test('after one visit to the deck, the talk, the speaker view and the article work with no network', async ({ page, context }) => {
  server = await startStaticSite({ dir: distDir });
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(String(error)));
  await page.goto(`${server.root}present/`);
  await waitForWorker(page);
  await waitForDeckCache(page);
  const caches = await cachedPaths(page);
  const names = Object.keys(caches);
  // The shell in Workbox's precache, the deck in its own versioned cache; no social card anywhere.
  expect(names.some((name) => name.startsWith('workbox-precache'))).toBe(true);
  expect(names.filter((name) => name.startsWith('deck / '))).toHaveLength(1);
  const all = Object.values(caches).flat();
  expect(all).toContain('/present/');
  expect(all).toContain('/present/speaker/');
  expect(all.some((path) => path.startsWith('/index.html'))).toBe(true);
  expect(all.filter((path) => path.startsWith('/cards/'))).toEqual([]);

  server.stop();
  server = undefined;
  await context.setOffline(true);

  await page.goto(`${origin(page)}/present/?gpus=40000#headline/1`);
  await expectSlide(page, 'headline/1');
  expect(await page.evaluate(() => Boolean(customElements.get('story-chart')))).toBe(true);
  expect(await stepThroughDeck(page)).toBeGreaterThan(10);

  const speaker = await context.newPage();
  await speaker.goto(`${origin(page)}/present/speaker/`);
  await expectSlide(speaker, 'sources');
  await page.keyboard.press('Home');
  await expectSlide(speaker, 'title');
  await page.keyboard.press('PageDown');
  await expectSlide(speaker, (await currentSlide(page)) ?? '');
  await expect(speaker.locator('[data-notes-for]:not([hidden])')).not.toBeEmpty();

  const article = await context.newPage();
  await article.goto(`${origin(page)}/?gpus=40000#methods`);
  await expect(article.getByRole('heading', { level: 1 })).toContainText('DeepSeek V3');
  await expect(article.locator('#calc-gpus')).toHaveValue('40000');
  expect(errors).toEqual([]);
});

const origin = (page: Page): string => new URL(page.url()).origin;

test.describe('a new deploy, under a base path', () => {
  const base = BASE_PATH;
  let outDir = '';

  test.beforeAll(async () => {
    test.setTimeout(240_000);
    // A copy of the sub-path build, which this test then changes as a new deploy would.
    const build = await baseBuild();
    outDir = mkdtempSync(join(tmpdir(), 'offline-base-'));
    cpSync(build.dir, outDir, { recursive: true });
    if (build.temporary) rmSync(build.dir, { recursive: true, force: true });
  });
  test.afterAll(() => {
    if (outDir) rmSync(outDir, { recursive: true, force: true });
  });

  /** Changes a page's <title> in the build: a deploy with a changed file. */
  const retitle = (file: string, title: string): void => {
    const path = join(outDir, file);
    writeFileSync(path, readFileSync(path, 'utf8').replace(/<title>[^<]*<\/title>/, `<title>${title}</title>`));
  };

  test('replaces the cached article and deck on the next visit, and keeps one deck cache', async ({ page, context }) => {
    server = await startStaticSite({ dir: outDir, base });
    const root = server.root;
    await page.goto(`${root}present/`);
    await waitForWorker(page);
    await waitForDeckCache(page);
    expect(await page.evaluate(async () => (await navigator.serviceWorker.ready).scope)).toBe(root);
    const before = Object.keys(await cachedPaths(page)).filter((name) => name.startsWith(`deck ${base} `));
    expect(before).toHaveLength(1);

    retitle('index.html', 'Article, second deploy');
    retitle('present/index.html', 'Deck, second deploy');
    await buildWorker(outDir, base);

    // The next visit finds the new worker, which takes over at once; the visit after is served by it.
    await page.goto(root);
    await page.evaluate(async () => {
      const changed = new Promise((resolve) => navigator.serviceWorker.addEventListener('controllerchange', resolve, { once: true }));
      await (await navigator.serviceWorker.ready).update();
      await changed;
    });
    await page.reload();
    await expect(page).toHaveTitle('Article, second deploy');
    await page.goto(`${root}present/?gpus=40000`);
    await expect(page).toHaveTitle('Deck, second deploy');
    await waitForDeckCache(page);
    const after = Object.keys(await cachedPaths(page)).filter((name) => name.startsWith(`deck ${base} `));
    expect(after).toHaveLength(1);
    expect(after).not.toEqual(before);
    expect(Object.values(await cachedPaths(page)).flat()).toContain(`${base}present/speaker/`);

    server.stop();
    server = undefined;
    await context.setOffline(true);
    await page.reload();
    await expect(page).toHaveTitle('Deck, second deploy');
    await page.goto(`${root}?gpus=40000#methods`);
    await expect(page).toHaveTitle('Article, second deploy');
  });
});
