import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { expectSlide, openDeck, slideIds } from '../support/deck';
import { facesLoaded, twoFrames } from '../support/settled';
import { distDir } from '../tools/dist';

/**
 * Holds the page's idle callbacks until the test releases them (`idle: 'held'`), or removes requestIdleCallback
 * altogether as WebKit lacks it (`idle: 'missing'`), so what the deck builds first can be seen.
 */
async function controlIdle(page: Page, idle: 'held' | 'missing'): Promise<void> {
  await page.addInitScript((mode) => {
    const w = window as unknown as { heldIdle: IdleRequestCallback[]; requestIdleCallback?: unknown; cancelIdleCallback?: unknown };
    if (mode === 'missing') {
      delete w.requestIdleCallback;
      delete w.cancelIdleCallback;
      return;
    }
    w.heldIdle = [];
    w.requestIdleCallback = (callback: IdleRequestCallback) => w.heldIdle.push(callback);
    w.cancelIdleCallback = (id: number) => {
      w.heldIdle[id - 1] = () => undefined;
    };
  }, idle);
}

/**
 * Runs the held idle callbacks, and those they queue, until none is left. It first lets the web fonts arrive: the
 * deck then fits every built slide's text again and queues idle work for it (held like the rest), which would
 * otherwise be left after the release.
 */
const releaseIdle = async (page: Page): Promise<void> => {
  await facesLoaded(page);
  await page.evaluate(() => {
    const held = (window as unknown as { heldIdle: IdleRequestCallback[] }).heldIdle;
    for (let i = 0; i < held.length; i += 1) held[i]?.({ didTimeout: false, timeRemaining: () => 50 });
  });
};

/** The ids of the slides still waiting to be built. */
const pendingSlides = (page: Page) =>
  page.locator('[data-stage] .slide[data-pending]').evaluateAll((els) => els.map((el) => (el as HTMLElement).dataset.slide ?? ''));

test('the deck builds the slide it opens on and its neighbours first, the rest when the browser is idle', async ({ page }) => {
  await controlIdle(page, 'held');
  await openDeck(page, 'cluster/2');
  const ids = await slideIds(page);
  const at = ids.indexOf('cluster/2');
  // The title slide is never pending: it is what shows before any script has run.
  const first = ['title', ids[at - 1], ids[at], ids[at + 1]];
  expect(await pendingSlides(page)).toEqual(ids.filter((id) => !first.includes(id)));
  await expect(page.locator('[data-stage]')).not.toHaveAttribute('data-built');
  // A slide not built is not laid out, so its text is not measured.
  const pendingBox = await page
    .locator('[data-stage] .slide[data-pending]')
    .first()
    .evaluate((el) => el.getClientRects().length);
  expect(pendingBox).toBe(0);

  await releaseIdle(page);
  expect(await pendingSlides(page)).toEqual([]);
  await expect(page.locator('[data-stage]')).toHaveAttribute('data-built', 'all');
});

test('a web face that arrives after the first ones fits the built slides’ text again', async ({ page }) => {
  await controlIdle(page, 'held');
  await openDeck(page, 'cluster/2');
  await releaseIdle(page);
  const stage = page.locator('[data-stage]');
  await expect(stage).toHaveAttribute('data-built', 'all');
  // A face no slide has drawn yet arrives, as one that only a slide built late uses would.
  await page.evaluate(async () => {
    const file = performance.getEntriesByType('resource').find((entry) => entry.name.endsWith('.woff2'));
    if (!file) throw new Error('the deck loaded no web font');
    const face = new FontFace('Late face', `url(${file.name})`);
    document.fonts.add(face);
    await face.load();
    await document.fonts.ready;
  });
  // Fitting again: the slides around the current one at once, the rest queued for idle time (held here).
  await expect(stage).not.toHaveAttribute('data-built');
  await releaseIdle(page);
  await expect(stage).toHaveAttribute('data-built', 'all');
});

/** A chart's marks as drawn: each keyed element's tag, attributes and text (an opacity of 1 is the default, whether written or not). */
const drawnMarks = (chart: Locator) =>
  chart.locator('svg [data-key]').evaluateAll((els) =>
    els.map((el) => {
      const attributes = [...el.attributes].filter((a) => !(a.name === 'opacity' && a.value === '1')).map((a) => `${a.name}=${a.value}`);
      return `${el.tagName} ${attributes.sort().join(' ')} ${el.textContent ?? ''}`;
    }),
  );

test('a slide built when idle keeps its build-time chart and loads no chart code until it or a neighbour is shown', async ({ page }) => {
  const chartCode = /\/_astro\/cluster\.[\w-]+\.js$/;
  const requested: string[] = [];
  page.on('request', (request) => requested.push(request.url()));
  await controlIdle(page, 'held');
  await openDeck(page, 'title');
  await releaseIdle(page);
  await expect(page.locator('[data-stage]')).toHaveAttribute('data-built', 'all');
  // Two frames on, every built slide has been laid out and any observer that would wake its chart has run.
  await twoFrames(page);
  const chart = page.locator('[data-stage] .slide[data-slide="cluster/2"] story-chart');
  // A chart that woke is marked busy, then settled (data-settled); this one has not woken.
  expect(await chart.getAttribute('data-settled')).toBeNull();
  expect(requested.filter((url) => chartCode.test(url))).toEqual([]);
  const built = await drawnMarks(chart);
  expect(built.length).toBeGreaterThan(100);

  await page.evaluate(() => (location.hash = '#cluster/2'));
  await expectSlide(page, 'cluster/2');
  await expect.poll(() => requested.some((url) => chartCode.test(url))).toBe(true);
  await expect(chart).toHaveAttribute('data-settled', 'true');
  // Woken at the slide's size, the chart draws what the build drew.
  expect(await drawnMarks(chart)).toEqual(built);
});

test('opened on the title slide, the deck runs no chart code until the presenter moves; then the next slide’s chart is ready before it shows', async ({
  page,
}) => {
  const requested: string[] = [];
  page.on('request', (request) => requested.push(request.url()));
  await openDeck(page, 'title');
  await expect(page.locator('[data-stage]')).toHaveAttribute('data-built', 'all');
  await twoFrames(page);
  // Built, laid out and in view, the neighbour keeps its build-time drawing: no wake (data-settled), no chart code.
  expect(await page.locator('[data-stage] [data-slide="headline/1"] story-chart').getAttribute('data-settled')).toBeNull();
  expect(requested.filter((url) => /\/_astro\/headline\.[\w-]+\.js$/.test(url))).toEqual([]);
  await page.keyboard.press('ArrowRight');
  await expectSlide(page, 'headline/1');
  // A neighbour of the slide shown after a move, the next slide's chart wakes before it is shown.
  await expect(page.locator('[data-stage] [data-slide="headline/2"] story-chart')).toHaveAttribute('data-settled', 'true');
  await expect(page.locator('[data-stage] [data-slide="headline/2"]')).not.toHaveAttribute('data-current');
});

test('the estimate slide’s calculator loads its code with its slide, not when the slide is built', async ({ page }) => {
  await controlIdle(page, 'held');
  await openDeck(page, 'title');
  await releaseIdle(page);
  await expect(page.locator('[data-stage]')).toHaveAttribute('data-built', 'all');
  // Whatever the slide's build would have started has arrived by the time the network is quiet.
  await page.waitForLoadState('networkidle');
  const defined = () => page.evaluate(() => customElements.get('cost-calculator') !== undefined);
  expect(await defined()).toBe(false);
  await page.evaluate(() => (location.hash = '#estimate'));
  await expectSlide(page, 'estimate');
  await expect.poll(defined).toBe(true);
});

test('without requestIdleCallback (WebKit) the deck still builds every slide', async ({ page }) => {
  await controlIdle(page, 'missing');
  await openDeck(page, 'headline/1');
  expect(await page.evaluate(() => typeof window.requestIdleCallback)).toBe('undefined');
  await expect(page.locator('[data-stage]')).toHaveAttribute('data-built', 'all');
  expect(await pendingSlides(page)).toEqual([]);
});

test('a slide far from the start is built when it is navigated to, its text fitted to its box', async ({ page }) => {
  await controlIdle(page, 'held');
  await openDeck(page, 'title');
  const ids = await slideIds(page);
  const far = ids.filter((id) => id.includes('/')).at(-1) ?? '';
  expect(await pendingSlides(page)).toContain(far);
  await page.evaluate((hash) => (location.hash = hash), `#${far}`);
  await expectSlide(page, far);
  const slide = page.locator(`[data-stage] .slide[data-slide="${far}"]`);
  await expect(slide).not.toHaveAttribute('data-pending');
  const fit = await slide.locator('[data-fit]').evaluate((el) => ({ scroll: el.scrollHeight, client: el.clientHeight }));
  expect(fit.client).toBeGreaterThan(0);
  expect(fit.scroll).toBeLessThanOrEqual(fit.client + 1);
});

test('the overview shows every slide whole even before the idle building has run', async ({ page }) => {
  await controlIdle(page, 'held');
  await openDeck(page, 'title');
  await page.keyboard.press('o');
  const thumbs = page.getByRole('dialog', { name: 'All slides' }).locator('.overview-thumb .slide');
  await expect(thumbs).toHaveCount((await slideIds(page)).length);
  const shown = await thumbs.evaluateAll((els) =>
    els.map((el) => ({ pending: el.hasAttribute('data-pending'), laidOut: el.getClientRects().length > 0 })),
  );
  expect(shown.every((s) => !s.pending && s.laidOut)).toBe(true);
  expect(await pendingSlides(page)).toEqual([]);
});

for (const trigger of ['beforeprint', 'print media'] as const) {
  test(`printing (${trigger}) builds every slide first, even before the idle building has run`, async ({ page }) => {
    await controlIdle(page, 'held');
    await openDeck(page, 'title');
    expect((await pendingSlides(page)).length).toBeGreaterThan(2);
    // The fonts first (see releaseIdle): their arrival would fit the text again, queueing idle work held here.
    await facesLoaded(page);
    if (trigger === 'beforeprint') await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
    else await page.emulateMedia({ media: 'print' });
    const stage = page.locator('[data-stage]');
    await expect(stage).toHaveAttribute('data-built', 'all');
    // Print media brings back the faces already in (Chromium reports them loaded again): nothing new arrived, so the
    // text stays as fitted and nothing is left to build.
    await facesLoaded(page);
    await twoFrames(page);
    expect(await stage.getAttribute('data-built')).toBe('all');
    expect(await pendingSlides(page)).toEqual([]);
  });
}

test('the slide the address names shows before the deck’s code has loaded, and the deck takes over from it', async ({ page }) => {
  // Hold back the script that holds the controller (its error text names it, whatever the chunk is called).
  let release: () => void = () => undefined;
  const released = new Promise<void>((resolve) => (release = resolve));
  // Served from the build folder itself rather than fetched and passed on: a fetched response can be disposed under a
  // held request when the browser drops a preload of the same file.
  await page.route('**/_astro/*.js', async (route) => {
    const body = await readFile(join(distDir, new URL(route.request().url()).pathname), 'utf8');
    if (body.includes('present: missing')) await released;
    await route.fulfill({ body, contentType: 'text/javascript' });
  });
  await page.goto('/present/#headline/2');
  const slide = page.locator('[data-stage] .slide[data-slide="headline/2"]');
  await expect(slide).toHaveAttribute('data-addressed', '');
  await expect(slide).toBeVisible();
  await expect(page.locator('[data-stage] .slide[data-slide="title"]')).toBeHidden();
  await expect(page.locator('[data-stage] .slide[data-current]')).toHaveCount(0);
  release();
  await expectSlide(page, 'headline/2');
  await expect(page.locator('[data-stage] .slide[data-addressed]')).toHaveCount(0);
  await page.keyboard.press('ArrowRight');
  await expectSlide(page, 'headline/3');
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('the deck shows its title slide, and only that one', async ({ page }) => {
    await page.goto('/present/');
    const visible = await page
      .locator('[data-stage] .slide')
      .evaluateAll((els) =>
        els
          .filter((el) => getComputedStyle(el).visibility === 'visible' && el.getClientRects().length > 0)
          .map((el) => (el as HTMLElement).dataset.slide),
      );
    expect(visible).toEqual(['title']);
    await expect(page.getByRole('heading', { name: 'What did DeepSeek V3 really cost?', exact: true })).toBeVisible();
  });
});
