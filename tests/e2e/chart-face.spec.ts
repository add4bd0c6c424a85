/**
 * Charts are drawn in the face their layouts measure labels with (Source Sans 3, src/charts/glyph-widths.ts):
 * in the article, the calculator, an embed and a slide, the browser draws chart text with that web font, in both
 * weights; the page's interface text (captions, controls) is set in that face too, never in a system face.
 */
import { expect, test, type Page } from '@playwright/test';
import { openDeck } from '../support/deck';
import { drawnFonts } from '../support/drawn-fonts';
import { facesLoaded } from '../support/settled';

/** The weights of the chart face the page has loaded. */
const loadedWeights = (page: Page): Promise<string[]> =>
  page.evaluate(async () => {
    await document.fonts.ready;
    return (
      [...document.fonts]
        // The Fonts API suffixes the family with a hash ("Source Sans 3-11e8…"); its fallback is "Source Sans 3 fallback".
        .filter((f) => /^Source Sans 3(-[0-9a-f]+)?$/.test(f.family.replace(/"/g, '')) && f.status === 'loaded')
        .map((f) => f.weight)
        .sort()
    );
  });

/** The chart face as CDP names it: the family, then whatever style name the file's name table carries. */
const chartFace = /^Source Sans 3\b.*\(web font\)$/;
/**
 * Waits until the first element matching a selector is drawn in the chart face alone. A chart redrawing itself may
 * replace the node between the query and the font look-up: that try counts as not yet, and the poll asks again.
 */
const expectChartFace = (page: Page, selector: string) =>
  expect
    .poll(async () => (await drawnFonts(page, selector).catch(() => ['(node replaced)'])).map((font) => chartFace.test(font)), selector)
    .toEqual([true]);

test('article and calculator charts are drawn in Source Sans 3, regular and bold, and so is the interface', async ({ page }) => {
  await page.goto('/');
  await facesLoaded(page);
  await expectChartFace(page, '#headline story-chart svg text[font-weight="bold"]');
  // The headline's first step sets only bold text: the first regular text of any chart.
  await expectChartFace(page, 'main story-chart svg text[font-weight="normal"]');
  // The calculator's code (and so its charts) loads as it nears.
  await page.locator('cost-calculator').scrollIntoViewIfNeeded();
  await expect(page.locator('.calc-chart').first()).toBeVisible();
  await expectChartFace(page, '.calc-chart text');
  expect(await loadedWeights(page)).toEqual(['400', '700']);
  await expectChartFace(page, '.toc a');
});

test('an embed and a slide draw their chart in Source Sans 3', async ({ page }) => {
  await page.goto('/embed/cluster/');
  await expectChartFace(page, 'story-chart svg text');
  await openDeck(page);
  const withChart = await page.locator('.slide[data-slide]:has(.slide-chart svg text)').first().getAttribute('data-slide');
  await openDeck(page, withChart ?? 'no slide with a chart');
  await expectChartFace(page, '.slide[data-current] .slide-chart svg text');
});
