import { expect, test, type Page } from '@playwright/test';
import { expectSlide, openDeck, slideIds } from '../support/deck';

/** What sticks out of the current slide, or out of the window, or overflows its box (empty when all fits). */
const overflowOnCurrentSlide = (page: Page) =>
  page.evaluate(() => {
    const problems: string[] = [];
    const root = document.documentElement;
    if (root.scrollWidth > innerWidth || root.scrollHeight > innerHeight) problems.push(`page scrolls: ${root.scrollWidth}×${root.scrollHeight}`);
    const stage = document.querySelector('[data-stage]')?.getBoundingClientRect();
    if (!stage || stage.left < -0.5 || stage.top < -0.5 || stage.right > innerWidth + 0.5 || stage.bottom > innerHeight + 0.5) {
      problems.push(`stage outside the window: ${JSON.stringify(stage)}`);
    }
    const slide = document.querySelector<HTMLElement>('[data-stage] .slide[data-current]');
    if (!slide) return ['no current slide'];
    const box = slide.getBoundingClientRect();
    const tolerance = 1;
    for (const el of slide.querySelectorAll<HTMLElement | SVGElement>('*')) {
      if (el.closest('[opacity="0"]') || getComputedStyle(el).visibility === 'hidden') continue;
      const r = el.getBoundingClientRect();
      if (r.width === 0 && r.height === 0) continue;
      if (r.left < box.left - tolerance || r.top < box.top - tolerance || r.right > box.right + tolerance || r.bottom > box.bottom + tolerance) {
        problems.push(`${el.tagName.toLowerCase()}${el.getAttribute('data-key') ? `[${el.getAttribute('data-key')}]` : ''} sticks out`);
      }
    }
    for (const el of slide.querySelectorAll<HTMLElement>('[data-fit], .slide-sources, .slide-head')) {
      if (el.scrollHeight > el.clientHeight + 1) problems.push(`${el.className} is cut off (${el.scrollHeight} > ${el.clientHeight})`);
    }
    return problems;
  });

for (const [width, height] of [
  [1280, 720],
  [1920, 1080],
  [3840, 2160],
  [1280, 1024],
  [1440, 720],
] as const) {
  test.describe(`at ${width}×${height}`, () => {
    test.use({ viewport: { width, height } });
    test('every slide fits the window whole: no scrollbars, nothing cut off', async ({ page }) => {
      await openDeck(page);
      const ids = await slideIds(page);
      const stage = await page.locator('[data-stage]').boundingBox();
      // Letterboxed: the 16:9 stage fills the window's width or its height.
      expect(Math.max((stage?.width ?? 0) / width, (stage?.height ?? 0) / height)).toBeCloseTo(1, 2);
      for (const id of ids) {
        await page.evaluate((hash) => (location.hash = hash), `#${id}`);
        await expectSlide(page, id);
        expect(await overflowOnCurrentSlide(page), id).toEqual([]);
      }
    });
  });
}

test('every step slide shows its section title, its text and, as in the article, its chart in that step', async ({ page }) => {
  await page.goto('/');
  const withCharts = await page.locator('main section story-chart').evaluateAll((els) => els.map((el) => el.closest('section')?.id ?? ''));
  await openDeck(page);
  const slides = await page.locator('[data-stage] .slide[data-step]').evaluateAll((els) =>
    els.map((el) => ({
      section: (el as HTMLElement).dataset.section ?? '',
      step: (el as HTMLElement).dataset.step ?? '',
      title: el.querySelector('.slide-title')?.textContent?.trim() ?? '',
      text: el.querySelector('.slide-text')?.textContent?.trim() ?? '',
      chartStep: el.querySelector<HTMLElement>('story-chart')?.dataset.currentStep,
    })),
  );
  expect(slides.length).toBeGreaterThanOrEqual(28);
  for (const slide of slides) {
    expect(slide.title.length, slide.step).toBeGreaterThan(3);
    expect(slide.text.length, slide.step).toBeGreaterThan(20);
    expect(slide.chartStep, slide.step).toBe(withCharts.includes(slide.section) ? slide.step : undefined);
  }
});

test('the speaker view fits a 1280×720 window', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 720 });
  await page.goto('/present/speaker/#headline/2');
  await expectSlide(page, 'headline/2');
  const sizes = await page.evaluate(() => ({ w: document.documentElement.scrollWidth, h: document.documentElement.scrollHeight }));
  expect(sizes).toEqual({ w: 1280, h: 720 });
  for (const selector of ['[data-stage]', '[data-next-stage]']) {
    const box = await page.locator(selector).boundingBox();
    expect(box && box.x >= 0 && box.y >= 0 && box.x + box.width <= 1280 && box.y + box.height <= 720, selector).toBe(true);
  }
});
