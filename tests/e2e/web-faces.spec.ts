/**
 * The web faces come in after the first paint (src/fonts/web-faces.ts): no font is fetched before the page has
 * painted, the text then ends in the web faces, the deck fits its text to them, and a reader without JavaScript
 * gets them from the <noscript> as the page loads.
 */
import { expect, test, type Page } from '@playwright/test';
import { drawnFonts } from '../support/drawn-fonts';
import { facesLoaded } from '../support/settled';

const bodyWebFace = 'Source Serif 4 Variable (web font)';

/** When the page first painted text, and when each font file it fetched was asked for (ms since navigation). */
const paintAndFontStarts = (page: Page): Promise<{ firstPaint: number; fontStarts: number[] }> =>
  page.evaluate(() => ({
    firstPaint: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? Number.NaN,
    fontStarts: performance
      .getEntriesByType('resource')
      .filter((entry) => entry.name.endsWith('.woff2'))
      .map((entry) => entry.startTime),
  }));

for (const [path, heading] of [
  ['/', '.masthead h1'],
  ['/present/', '.slide[data-current] h2'],
] as const) {
  test(`${path}: no font is fetched before the first paint; then the text is drawn in the web face`, async ({ page }) => {
    await page.goto(path);
    await facesLoaded(page);
    const { firstPaint, fontStarts } = await paintAndFontStarts(page);
    expect(firstPaint).toBeGreaterThan(0);
    // Both serif styles and both sans weights: the four faces the site declares.
    expect(fontStarts).toHaveLength(4);
    for (const start of fontStarts) expect(start).toBeGreaterThanOrEqual(firstPaint);
    await expect.poll(() => drawnFonts(page, heading)).toEqual([bodyWebFace]);
    expect(await page.locator('link[rel="preload"][as="font"]').count()).toBe(0);
  });
}

test('the deck fits its text again once the web faces are in', async ({ page }) => {
  // The font files are held until the deck has built and fitted every slide in the fallback faces.
  let release: () => void = () => undefined;
  const released = new Promise<void>((resolve) => {
    release = resolve;
  });
  await page.route('**/_astro/fonts/*', async (route) => {
    await released;
    await route.continue();
  });
  await page.goto('/present/');
  const stage = page.locator('[data-stage]');
  await expect(stage).toHaveAttribute('data-built', 'all');
  expect(await drawnFonts(page, '.slide[data-current] h2')).not.toContain(bodyWebFace);
  // A fit starts by marking the stage unbuilt (src/present/slide-build.ts): record that it happens.
  await stage.evaluate((el) => {
    new MutationObserver(() => {
      if (!el.hasAttribute('data-built')) el.dataset.refitted = 'yes';
    }).observe(el, { attributeFilter: ['data-built'] });
  });
  release();
  await facesLoaded(page);
  await expect(stage).toHaveAttribute('data-refitted', 'yes');
  await expect(stage).toHaveAttribute('data-built', 'all');
  await expect.poll(() => drawnFonts(page, '.slide[data-current] h2')).toEqual([bodyWebFace]);
});

test('without JavaScript the page declares the web faces as it loads, and draws its text in them', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/');
  await page.evaluate(() => document.fonts.ready);
  await expect.poll(() => drawnFonts(page, '.masthead h1')).toEqual([bodyWebFace]);
  expect(await page.locator('html[data-web-faces]').count()).toBe(0);
  await context.close();
});
