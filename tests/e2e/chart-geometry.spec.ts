/**
 * Every chart, every step, measured as drawn in the browser (getBBox with the page's real fonts), at the sizes
 * the article gives it from phone to wide screen and on the 16:9 slide: no text on other text, no text outside
 * the chart, no label across a bar (rules in tests/support/chart-geometry.ts).
 */
import { expect, test, type Page } from '@playwright/test';
import { slideChartSize } from '../../src/present/stage';
import { collisions } from '../support/chart-geometry';

/** Viewports the article is read at (width × a typical height for that width). */
const viewports = [
  { width: 320, height: 568 },
  { width: 375, height: 667 },
  { width: 768, height: 1024 },
  { width: 1280, height: 800 },
  { width: 1920, height: 1080 },
];
/** Charts drawn at a fixed size in the browser: the 16:9 slide (cards are drawn by resvg: tests/unit/chart-geometry-card.test.ts). */
const fixed = [{ name: 'the 16:9 slide', ...slideChartSize }];

/** How much taller the embed page is than its chart (the source line under it). */
async function embedExtra(page: Page, slug: string, size: { width: number; height: number }): Promise<number> {
  await page.setViewportSize({ width: size.width, height: size.height + 40 });
  await page.goto(`/embed/${slug}/`);
  return page.locator('story-chart').evaluate((el) => window.innerHeight - el.clientHeight);
}

/**
 * Opens a chart's embed page with the chart at a size and the real fonts, then draws each of its steps in turn
 * through the element's own `show` (as the step controller does: one page load per chart, not per step) and
 * measures what it drew, in one pass in the page; returns the collisions.
 */
async function problemsAt(page: Page, slug: string, steps: string[], size: { width: number; height: number }): Promise<string[]> {
  await page.goto(`/embed/${slug}/`);
  const chart = page.locator('story-chart');
  await page.evaluate(() => document.fonts.ready);
  const drawnAt = await chart.evaluate((el) => `0 0 ${Math.round(el.clientWidth)} ${Math.round(el.clientHeight)}`);
  await expect.poll(() => page.locator('story-chart svg').first().getAttribute('viewBox')).toBe(drawnAt);
  const drawings = await chart.evaluate((el, ids) => {
    const live = el as HTMLElement & { show: (step: string, progress: number, animate: boolean) => void };
    const svg = el.querySelector('svg');
    if (!svg) throw new Error('no chart svg');
    const shown = (node: SVGGraphicsElement) => Number(getComputedStyle(node).opacity) > 0.05;
    const measure = (node: SVGGraphicsElement) => {
      const b = node.getBBox();
      return { key: node.dataset.key ?? '?', text: node.textContent ?? '', x0: b.x, x1: b.x + b.width, y0: b.y, y1: b.y + b.height };
    };
    // A text's height is its ink, measured in the same face (canvas measureText), not the font's line box: Source
    // Sans 3's box is 1.42 em tall, so lines set 1.3 em apart would overlap as boxes while their letters never touch.
    const context = document.createElement('canvas').getContext('2d');
    const inked = (node: SVGTextElement) => {
      const box = measure(node);
      if (!context) return box;
      const style = getComputedStyle(node);
      context.font = `${style.fontStyle} ${style.fontWeight} ${style.fontSize} ${style.fontFamily}`;
      const ink = context.measureText(node.textContent ?? '');
      const baseline = Number(node.getAttribute('y'));
      return { ...box, y0: baseline - ink.actualBoundingBoxAscent, y1: baseline + ink.actualBoundingBoxDescent };
    };
    return ids.map((id) => {
      // Drawn at once (animate false): the marks are in place when show returns.
      live.show(id, 1, false);
      const [, , width = 0, height = 0] = (svg.getAttribute('viewBox') ?? '').split(' ').map(Number);
      const texts = [...svg.querySelectorAll<SVGTextElement>('text')].filter((t) => shown(t) && t.textContent?.trim()).map(inked);
      const bars = [...svg.querySelectorAll<SVGRectElement>('rect')]
        .filter(shown)
        .map(measure)
        .filter((b) => b.x1 > b.x0 && b.y1 > b.y0);
      return { step: id, drawnStep: live.dataset.currentStep, texts, bars, size: { width, height } };
    });
  }, steps);
  expect(
    drawings.map((d) => d.drawnStep),
    `${slug} draws each step`,
  ).toEqual(steps);
  return drawings.flatMap(({ step, texts, bars, size: drawn }) =>
    collisions(texts, bars, drawn).map((p) => `${slug}/${step} at ${size.width}×${size.height}: ${p}`),
  );
}

test.describe.configure({ timeout: 240_000 });

/** Each chart's steps, read from the article (open in the page). */
function chartSteps(page: Page): Promise<[string, string[]][]> {
  return page.locator('story-chart').evaluateAll((charts) =>
    charts.map((c) => {
      const slug = (c as HTMLElement).dataset.chart ?? '';
      const steps = [...document.querySelectorAll<HTMLElement>(`#${slug} .step[data-step]`)].map((s) => s.dataset.step ?? '');
      return [slug, steps] as [string, string[]];
    }),
  );
}

type Size = { width: number; height: number };
/** Each size to test: a viewport (the chart gets what the article gives it there) or a fixed chart size. */
const sizes: { name: string; viewport?: Size; chart?: Size }[] = [
  ...viewports.map((viewport) => ({ name: `${viewport.width} px`, viewport })),
  ...fixed.map(({ name, width, height }) => ({ name: `${name} (${width}×${height})`, chart: { width, height } })),
];

for (const { name, viewport, chart } of sizes) {
  test(`every chart, every step, drawn at ${name}: no collisions`, async ({ page }) => {
    if (viewport) await page.setViewportSize(viewport);
    await page.goto('/');
    const all = await chartSteps(page);
    expect(all.length).toBe(8);
    let size = chart;
    if (viewport) {
      // The size the article gives its charts at this viewport.
      size = await page
        .locator('#cluster story-chart')
        .evaluate((el) => ({ width: Math.round(el.clientWidth), height: Math.round(el.clientHeight) }));
    }
    if (!size) throw new Error('no size');
    const extra = await embedExtra(page, 'headline', size);
    await page.setViewportSize({ width: size.width, height: size.height + extra });
    const found: string[] = [];
    for (const [slug, steps] of all) found.push(...(await problemsAt(page, slug, steps, size)));
    expect(found).toEqual([]);
  });
}
