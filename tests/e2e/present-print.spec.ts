import { expect, test, type Page } from '@playwright/test';
import { storySettled } from '../support/settled';
import { openDeck, slideIds } from '../support/deck';

/** The pages of a PDF made by Chromium: page objects (not the /Pages tree) and the first page's size in points. */
function pdfPages(pdf: Buffer): { count: number; size: number[] } {
  const text = pdf.toString('latin1');
  const count = (text.match(/\/Type\s*\/Page(?![s\w])/g) ?? []).length;
  const box = /\/MediaBox\s*\[\s*([\d.\s-]+)\]/.exec(text)?.[1]?.trim().split(/\s+/).map(Number) ?? [];
  return { count, size: box.length === 4 ? [(box[2] ?? 0) - (box[0] ?? 0), (box[3] ?? 0) - (box[1] ?? 0)] : [] };
}

const printDeck = (page: Page) => page.pdf({ preferCSSPageSize: true, printBackground: true });

test('printing the deck gives exactly one 16:9 page per slide', async ({ page }) => {
  await openDeck(page, 'cluster/2');
  const ids = await slideIds(page);
  const { count, size } = pdfPages(await printDeck(page));
  expect(count).toBe(ids.length);
  expect((size[0] ?? 0) / (size[1] ?? 1)).toBeCloseTo(16 / 9, 3);
});

test('on paper every slide is a whole page with its chart in its own step, and no controls or notes', async ({ page }) => {
  await openDeck(page, 'headline/3');
  await page.emulateMedia({ media: 'print' });
  const slides = await page.locator('[data-stage] .slide').evaluateAll((els) =>
    els.map((el) => {
      const r = el.getBoundingClientRect();
      return {
        step: (el as HTMLElement).dataset.step,
        chartStep: el.querySelector<HTMLElement>('story-chart')?.dataset.currentStep,
        marks: el.querySelectorAll('svg [data-key]').length,
        size: [Math.round(r.width), Math.round(r.height)],
        visible: getComputedStyle(el).visibility === 'visible',
      };
    }),
  );
  for (const slide of slides) {
    expect(slide.size).toEqual([1280, 720]);
    expect(slide.visible).toBe(true);
    if (slide.chartStep !== undefined) {
      expect(slide.chartStep).toBe(slide.step);
      expect(slide.marks).toBeGreaterThan(0);
    }
  }
  await expect(page.getByRole('navigation', { name: 'Slide controls' })).toBeHidden();
  await expect(page.locator('.notes-item')).toHaveCount(0);
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('the built HTML alone prints one page per slide, each chart drawn in its step', async ({ page }) => {
    await page.goto('/present/');
    const ids = await slideIds(page);
    expect(ids.length).toBeGreaterThan(2);
    const charts = await page
      .locator('.slide[data-step] story-chart')
      .evaluateAll((els) =>
        els.map((el) => [
          el.closest<HTMLElement>('.slide')?.dataset.step,
          (el as HTMLElement).dataset.currentStep,
          el.querySelectorAll('[data-key]').length > 0,
        ]),
      );
    for (const [step, drawn, hasMarks] of charts) expect([drawn, hasMarks]).toEqual([step, true]);
    expect(pdfPages(await printDeck(page)).count).toBe(ids.length);
  });
});

test('printing the article gives a clean document: nothing sticky or fixed, every chart shown, no controls', async ({ page }) => {
  await page.goto('/');
  // Read part of the way down, as a reader who prints mid-article would have.
  await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight / 3));
  await storySettled(page);
  await page.emulateMedia({ media: 'print' });
  const report = await page.evaluate(() => {
    const pinned = [...document.querySelectorAll<HTMLElement>('body *')].filter((el) => {
      const style = getComputedStyle(el);
      const r = el.getBoundingClientRect();
      return (style.position === 'sticky' || style.position === 'fixed') && style.display !== 'none' && r.width > 1 && r.height > 1;
    });
    const charts = [...document.querySelectorAll('main story-chart svg')].map((svg) => svg.getBoundingClientRect().height);
    // The calculator has its own print rules (calculator.css); the story's controls must all be gone.
    const controls = [...document.querySelectorAll<HTMLElement>('main button, main summary')].filter(
      (el) => el.getClientRects().length > 0 && !el.closest('[class^="calc"]'),
    );
    return { pinned: pinned.map((el) => el.className || el.tagName), charts, controls: controls.map((el) => el.textContent?.trim()) };
  });
  expect(report.pinned).toEqual([]);
  expect(report.charts.length).toBeGreaterThanOrEqual(8);
  for (const height of report.charts) expect(height).toBeGreaterThan(100);
  expect(report.controls).toEqual([]);
  const pdf = await page.pdf({ printBackground: true });
  expect(pdfPages(pdf).count).toBeGreaterThan(3);
});
