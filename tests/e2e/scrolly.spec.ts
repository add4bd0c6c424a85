/** The story's scrolling: sticky charts, a drawing per step, jumps and reloads landing where slow reading does. */
import { expect, test, type Page } from '@playwright/test';
import { chartSettledAt } from '../support/settled';

/** The step ids of a section, in order, as the page renders them. */
const stepsOf = (page: Page, slug: string) =>
  page.locator(`#${slug} .step[data-step]`).evaluateAll((els) => els.map((el) => (el as HTMLElement).dataset.step ?? ''));

const chartOf = (page: Page, slug: string) => page.locator(`#${slug} story-chart`);

/** Scrolls so a step's top sits just above the reading line (the middle of the viewport). */
async function bringStepToLine(page: Page, step: string, instant = true): Promise<void> {
  await page.locator(`[data-step="${step}"].step`).evaluate(
    (el, behavior) => {
      const top = el.getBoundingClientRect().top + window.scrollY - window.innerHeight * 0.5 + 40;
      window.scrollTo({ top, behavior: behavior as ScrollBehavior });
    },
    instant ? 'instant' : 'smooth',
  );
}

/** The chart's drawing once it has drawn `step` and its transitions have ended (the page's settled signal). */
async function settledDrawing(page: Page, slug: string, step: string): Promise<string> {
  await chartSettledAt(chartOf(page, slug), step);
  return chartOf(page, slug).locator('svg').innerHTML();
}

test.describe('with reduced motion (the drawings, not their motion, are the subject)', () => {
  test.use({ reducedMotion: 'reduce' });
  test('every story section has a chart and three or more steps (28 or more in all), and redraws it at every step', async ({ page }) => {
    test.setTimeout(60_000);
    await page.goto('/');
    const sections = await page.locator('main > section').evaluateAll((s) => s.map((el) => el.id));
    const charted = await page.locator('story-chart').evaluateAll((els) => els.map((el) => el.closest('section')?.id ?? ''));
    expect(charted).toEqual(sections.filter((s) => s !== 'methods'));
    let total = 0;
    for (const slug of charted) {
      await expect(chartOf(page, slug)).toHaveCount(1);
      const steps = await stepsOf(page, slug);
      expect(steps.length, slug).toBeGreaterThanOrEqual(3);
      total += steps.length;
      const drawings = new Set<string>();
      for (const step of steps) {
        await bringStepToLine(page, step);
        await expect(page.locator(`.step[data-step="${step}"]`)).toHaveAttribute('aria-current', 'step');
        drawings.add(await settledDrawing(page, slug, step));
        const label = await chartOf(page, slug).locator('svg').getAttribute('aria-label');
        expect(label?.length ?? 0, step).toBeGreaterThan(20);
      }
      expect(drawings.size, `${slug} draws a different picture at each step`).toBe(steps.length);
    }
    expect(total).toBeGreaterThanOrEqual(28);
  });

  test('step changes are drawn instantly', async ({ page }) => {
    await page.goto('/');
    const [, second = ''] = await stepsOf(page, 'headline');
    await bringStepToLine(page, second);
    await expect(chartOf(page, 'headline')).toHaveAttribute('data-current-step', second);
    // Drawn and at rest in the same task that changed the step: no transition was started.
    const immediately = await chartOf(page, 'headline').evaluate((chart) => ({
      settled: (chart as HTMLElement).dataset.settled,
      drawing: chart.querySelector('svg')?.innerHTML,
    }));
    expect(immediately.settled).toBe('true');
    expect(await settledDrawing(page, 'headline', second)).toBe(immediately.drawing);
  });
});

test('the sticky chart stays fully in view while its steps pass', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto('/');
  for (const step of await stepsOf(page, 'peers')) {
    await bringStepToLine(page, step);
    const box = await page.locator('#peers .story-figure').boundingBox();
    expect(box?.y ?? -1).toBeGreaterThanOrEqual(0);
    expect((box?.y ?? 0) + (box?.height ?? 9999)).toBeLessThanOrEqual(800);
  }
});

test.describe('with motion', () => {
  test.use({ reducedMotion: 'no-preference' });
  test('a jump ends in the same drawing as slow scrolling', async ({ page }) => {
    await page.goto('/');
    const steps = await stepsOf(page, 'headline');
    for (const step of steps) {
      await bringStepToLine(page, step, false);
      await expect(chartOf(page, 'headline')).toHaveAttribute('data-current-step', step);
    }
    const slow = await settledDrawing(page, 'headline', steps.at(-1) ?? '');
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.reload();
    const last = steps.at(-1) ?? '';
    await bringStepToLine(page, last);
    expect(await settledDrawing(page, 'headline', last)).toBe(slow);
  });
});

test('reloading mid-section restores the step', async ({ page }) => {
  await page.goto('/');
  const steps = await stepsOf(page, 'headline');
  const third = steps[2] ?? '';
  await bringStepToLine(page, third);
  await expect(chartOf(page, 'headline')).toHaveAttribute('data-current-step', third);
  await page.reload();
  await expect(chartOf(page, 'headline')).toHaveAttribute('data-current-step', third);
  await expect(page.locator(`.step[data-step="${third}"]`)).toHaveAttribute('aria-current', 'step');
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('every figure shows a drawn chart and its data table', async ({ page }) => {
    await page.goto('/');
    const figures = page.locator('.story-figure svg');
    expect(await figures.count()).toBeGreaterThanOrEqual(8);
    for (const svg of await figures.all()) {
      expect(await svg.locator('[data-key]').count()).toBeGreaterThan(3);
      expect((await svg.getAttribute('aria-label'))?.length ?? 0).toBeGreaterThan(20);
    }
    expect(await page.locator('.chart-data table').count()).toBeGreaterThanOrEqual(8);
  });
});

test.describe('on a 320 px phone', () => {
  test.use({ viewport: { width: 320, height: 640 }, isMobile: true, hasTouch: true });
  test('nothing is wider than the screen and the chart stays pinned above the steps', async ({ page }) => {
    await page.goto('/');
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
    const [, second] = await stepsOf(page, 'headline');
    await bringStepToLine(page, second ?? '');
    const figure = await page.locator('#headline .story-figure').boundingBox();
    expect(figure?.y ?? -1).toBeGreaterThanOrEqual(0);
    expect(figure?.y ?? 99).toBeLessThan(5);
    const step = await page.locator(`.step[data-step="${second}"]`).boundingBox();
    expect(step?.y ?? 0).toBeGreaterThanOrEqual((figure?.y ?? 0) + (figure?.height ?? 0) - 1);
  });
});
