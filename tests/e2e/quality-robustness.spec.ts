/** Robustness of the story: resizing and rotating keep the step, jumps never leave a chart half-drawn, fonts never shift the page. */
import { expect, test, type Page } from '@playwright/test';
import { drawnFonts } from '../support/drawn-fonts';
import { chartSettledAt, facesLoaded, pageSettled, twoFrames } from '../support/settled';

const stepsOf = (page: Page, slug: string) =>
  page.locator(`#${slug} .step[data-step]`).evaluateAll((els) => els.map((el) => (el as HTMLElement).dataset.step ?? ''));

/** Scrolls so a step's top sits just above the reading line. */
async function bringStepToLine(page: Page, step: string): Promise<void> {
  await page.locator(`.step[data-step="${step}"]`).evaluate((el) => {
    const top = el.getBoundingClientRect().top + window.scrollY - window.innerHeight * 0.5 + 40;
    window.scrollTo({ top, behavior: 'instant' });
  });
}

/** Every chart's drawing once the page has settled, by section; says so if a chart is still moving even so. */
async function settledCharts(page: Page): Promise<Record<string, string>> {
  await pageSettled(page);
  return page.locator('story-chart').evaluateAll((charts) => {
    const out: Record<string, string> = {};
    for (const chart of charts) {
      out[chart.closest('section')?.id ?? '?'] =
        (chart as HTMLElement).dataset.settled === 'false'
          ? 'transition still running'
          : `${(chart as HTMLElement).dataset.currentStep} ${chart.querySelector('svg')?.innerHTML}`;
    }
    return out;
  });
}

/**
 * The drawing of one section's chart once the page has landed on the section (its heading near the top) and the
 * chart has drawn, at rest, the step a reader there sees: the last of its steps past the reading line, else its first.
 */
async function settledChart(page: Page, slug: string): Promise<string> {
  await expect
    .poll(
      () =>
        page.locator(`#${slug}`).evaluate((section) => {
          const landed = (section.querySelector('h2')?.getBoundingClientRect().top ?? 999) < 200;
          const steps = [...section.querySelectorAll<HTMLElement>('.step[data-step]')];
          const seen = (steps.filter((step) => step.getBoundingClientRect().top <= window.innerHeight * 0.5).at(-1) ?? steps[0])?.dataset.step;
          const chart = section.querySelector<HTMLElement>('story-chart');
          return landed && chart?.dataset.settled === 'true' && chart.dataset.currentStep === seen;
        }),
      `${slug}: landed, and its chart at rest in the step a reader sees`,
    )
    .toBe(true);
  return (await settledCharts(page))[slug] ?? 'missing';
}

/** Waits until a section's chart has been redrawn at the size the window now gives it (so the resize has been handled). */
const redrawnAtItsSize = (page: Page, slug: string) =>
  expect
    .poll(() =>
      page
        .locator(`#${slug} story-chart`)
        .evaluate(
          (chart) => chart.querySelector('svg')?.getAttribute('viewBox') === `0 0 ${Math.round(chart.clientWidth)} ${Math.round(chart.clientHeight)}`,
        ),
    )
    .toBe(true);

const viewports = [
  { name: 'narrow window', width: 900, height: 1000 },
  { name: 'phone, portrait', width: 390, height: 844 },
  { name: 'phone, landscape', width: 844, height: 390 },
  { name: 'wide window', width: 1280, height: 800 },
];

for (const slug of ['peers', 'annual']) {
  test(`resizing and rotating in the middle of "${slug}" keeps the reader on the same step`, async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.goto('/');
    await facesLoaded(page);
    const steps = await stepsOf(page, slug);
    const step = steps[Math.floor(steps.length / 2)] ?? '';
    await bringStepToLine(page, step);
    await expect(page.locator(`.step[data-step="${step}"]`)).toHaveAttribute('aria-current', 'step');
    for (const viewport of viewports) {
      await page.setViewportSize({ width: viewport.width, height: viewport.height });
      await redrawnAtItsSize(page, slug);
      await expect(page.locator(`.step[data-step="${step}"]`), viewport.name).toHaveAttribute('aria-current', 'step');
      await expect(page.locator(`#${slug} story-chart`), viewport.name).toHaveAttribute('data-current-step', step);
    }
  });
}

test.describe('with motion (a jump cuts a transition short)', () => {
  test.use({ reducedMotion: 'no-preference' });
  test('End, then Home, leave every chart fully drawn, as a fresh load there would draw it', async ({ page }) => {
    await page.goto('/');
    await facesLoaded(page);
    const last = await page
      .locator('story-chart')
      .last()
      .evaluate((el) => el.closest('section')?.id ?? '');
    const lastStep = (await stepsOf(page, last)).at(-1) ?? '';
    await page.keyboard.press('End');
    await chartSettledAt(page.locator(`#${last} story-chart`), lastStep);
    const afterEnd = await settledCharts(page);
    await page.reload();
    await chartSettledAt(page.locator(`#${last} story-chart`), lastStep);
    const reloaded = await settledCharts(page);
    expect(afterEnd[last]).toBe(reloaded[last]);
    expect(afterEnd[last]?.startsWith(`${lastStep} `)).toBe(true);
    await page.keyboard.press('Home');
    await expect.poll(() => page.evaluate(() => window.scrollY)).toBe(0);
    await expect(page.locator('.step[aria-current="step"]')).toHaveCount(1);
    for (const [slug, drawing] of Object.entries(await settledCharts(page))) expect(drawing, slug).not.toBe('transition still running');
  });
});

test.describe('with motion (a smooth jump passes charts mid-transition)', () => {
  test.use({ reducedMotion: 'no-preference' });
  test('table-of-contents jumps land every chart fully drawn in the step a fresh load there draws', async ({ page }) => {
    test.setTimeout(90_000);
    await page.goto('/');
    await facesLoaded(page);
    const toc = page.getByRole('navigation', { name: 'Contents' });
    for (const slug of ['cluster', 'peers', 'outlook', 'headline', 'annual']) {
      await page.evaluate(() => window.scrollTo({ top: 0, behavior: 'instant' }));
      await toc.locator(`a[href="#${slug}"]`).click();
      const jumped = await settledChart(page, slug);
      expect(jumped).not.toBe('transition still running');
      await page.goto(`/#${slug}`);
      await page.reload();
      expect(await settledChart(page, slug), slug).toBe(jumped);
    }
  });
});

/** Starts recording layout shifts (not caused by input) before the page's own scripts run. */
async function recordShifts(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const shifts: string[] = [];
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as Array<
        PerformanceEntry & { value: number; hadRecentInput: boolean; sources?: Array<{ node?: Node }> }
      >) {
        if (entry.hadRecentInput) continue;
        const nodes = (entry.sources ?? []).map((s) => (s.node instanceof Element ? `${s.node.tagName.toLowerCase()}.${s.node.className}` : '?'));
        shifts.push(`${entry.value} ${nodes.join(', ')}`);
      }
    }).observe({ type: 'layout-shift', buffered: true });
    Object.defineProperty(document, 'recordedShifts', { value: shifts });
  });
}

/** The layout shifts recorded so far: their sum, and what moved. */
async function shiftsOf(page: Page): Promise<{ cls: number; moved: string[] }> {
  const shifts = await page.evaluate(() => (document as unknown as { recordedShifts?: string[] }).recordedShifts ?? []);
  return { cls: shifts.reduce((sum, line) => sum + Number(line.split(' ')[0]), 0), moved: shifts };
}

/** Opens the article, lets fonts and charts settle, and returns the layout shifts recorded meanwhile. */
async function shiftsOnOpening(page: Page): Promise<{ cls: number; moved: string[] }> {
  await recordShifts(page);
  await page.goto('/');
  // The first chart is near the viewport: it wakes, measures and draws; then the page is at rest.
  await expect(page.locator('story-chart').first()).toHaveAttribute('data-settled', 'true');
  await pageSettled(page);
  return shiftsOf(page);
}

/** The body face as the browser names it: the family name in Adobe's variable file. */
const bodyWebFace = 'Source Serif 4 Variable (web font)';

/** The title, a section heading and body text: what must end up in the body face. */
const textElements = ['.masthead h1', '#headline-title a', '#headline .prose p'];

for (const viewport of [
  { width: 375, height: 740 },
  { width: 1280, height: 800 },
]) {
  test(`with the font a second late (${viewport.width} px), text shows at once, ends in the web font, and nothing shifts`, async ({ page }) => {
    await page.setViewportSize(viewport);
    let release: () => void = () => undefined;
    const released = new Promise<void>((resolve) => {
      release = resolve;
    });
    const requested: string[] = [];
    await page.route('**/_astro/fonts/*', async (route) => {
      requested.push(route.request().url());
      // Held until the test has seen the text drawn in the fallback face.
      await released;
      await route.continue();
    });
    await recordShifts(page);
    await page.goto('/', { waitUntil: 'domcontentloaded' });
    // font-display: swap: before the font arrives, the title is already drawn, in the fallback.
    await expect(page.locator('.masthead h1')).toBeVisible();
    const fallback = await drawnFonts(page, '.masthead h1');
    test.info().annotations.push({ type: 'drawn before the font arrived', description: fallback.join(', ') });
    expect(fallback).not.toContain(bodyWebFace);
    release();
    await facesLoaded(page);
    expect(requested.length).toBeGreaterThan(0);
    for (const selector of textElements) {
      await expect.poll(() => drawnFonts(page, selector), selector).toEqual([bodyWebFace]);
    }
    // Let the swap's relayout be recorded (two frames), then sum the shifts.
    await twoFrames(page);
    const { cls, moved } = await shiftsOf(page);
    test.info().annotations.push({ type: `CLS at ${viewport.width} px`, description: cls.toFixed(4) });
    expect(cls, moved.join('\n')).toBeLessThanOrEqual(0.01);
  });
}

for (const viewport of [
  { width: 412, height: 823 },
  { width: 1280, height: 800 },
]) {
  test(`the article opens without layout shift at ${viewport.width}×${viewport.height}`, async ({ page }) => {
    await page.setViewportSize(viewport);
    const { cls, moved } = await shiftsOnOpening(page);
    expect(cls, moved.join('\n')).toBeLessThanOrEqual(0.01);
  });
}
