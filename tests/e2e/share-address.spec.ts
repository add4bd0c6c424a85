import { expect, test, type Page } from '@playwright/test';
import { watchPage } from '../support/page-health';
import { sections } from '../support/share';

const all = sections();

/** Scrolls so a section's heading sits just above the reading line (the middle of the viewport). */
async function scrollHeadingPastLine(page: Page, slug: string): Promise<void> {
  await page.locator(`#${slug} h2`).evaluate((heading) => {
    window.scrollBy(0, heading.getBoundingClientRect().top - window.innerHeight * 0.4);
  });
}

/** Every value location.hash takes over `ms` milliseconds, sampled every 25 ms. */
function hashesOver(page: Page, ms: number): Promise<string[]> {
  return page.evaluate((duration) => new Promise<string[]>((resolve) => {
    const seen = new Set([window.location.hash]);
    const timer = setInterval(() => seen.add(window.location.hash), 25);
    setTimeout(() => {
      clearInterval(timer);
      resolve([...seen]);
    }, duration);
  }), ms);
}

const headingTop = (page: Page, slug: string): Promise<number> =>
  page.locator(`#${slug} h2`).evaluate((heading) => heading.getBoundingClientRect().top);

test('the address follows the reader from section to section without adding history entries', async ({ page }) => {
  await page.goto('/');
  const entries = await page.evaluate(() => window.history.length);
  for (const { slug } of all.slice(1)) {
    await scrollHeadingPastLine(page, slug);
    await expect(page).toHaveURL(new RegExp(`/#${slug}$`));
  }
  await page.evaluate(() => window.scrollTo(0, 0));
  await expect.poll(() => page.evaluate(() => window.location.hash)).toBe('');
  expect(await page.evaluate(() => window.history.length)).toBe(entries);
});

test('scrolling with the mouse wheel moves the address on from a deep link', async ({ page }) => {
  await page.goto(`/#${all[1]?.slug}`);
  await page.waitForTimeout(300);
  await page.mouse.move(200, 300);
  await expect(async () => {
    await page.mouse.wheel(0, 900);
    expect(await page.evaluate(() => window.location.hash)).toBe(`#${all[2]?.slug}`);
  }).toPass({ timeout: 15_000 });
});

test('from a deep link, the address moves on once the reader scrolls away (scroll bar, no wheel)', async ({ page }) => {
  await page.goto(`/#${all[1]?.slug}`);
  await page.waitForLoadState('load');
  await page.waitForTimeout(300);
  await scrollHeadingPastLine(page, all[2]?.slug ?? '');
  await expect(page).toHaveURL(new RegExp(`/#${all[2]?.slug}$`));
});

test.describe('deep links', () => {
  for (const { slug } of all) {
    test(`/#${slug} lands on its heading, keeps its address and draws its chart's step`, async ({ page, baseURL }) => {
      const problems = watchPage(page, baseURL ?? '');
      await page.goto(`/#${slug}`);
      expect(await hashesOver(page, 1500)).toEqual([`#${slug}`]);
      const top = await headingTop(page, slug);
      const height = page.viewportSize()?.height ?? 720;
      expect(top).toBeGreaterThanOrEqual(0);
      expect(top).toBeLessThan(height * 0.35);
      await expect(page.locator(`.toc a[data-toc="${slug}"]`)).toHaveAttribute('aria-current', 'true');
      await expect(page.locator('.toc a[aria-current]')).toHaveCount(1);

      const chart = page.locator(`#${slug} story-chart`);
      if ((await chart.count()) > 0) {
        // The step a reader sees: the last of this section's steps past the reading line, else its first.
        const expected = await page.locator(`#${slug}`).evaluate((section) => {
          const steps = [...section.querySelectorAll<HTMLElement>('.step[data-step]')];
          const passed = steps.filter((step) => step.getBoundingClientRect().top <= window.innerHeight * 0.5);
          return (passed[passed.length - 1] ?? steps[0])?.dataset.step;
        });
        await expect(chart).toHaveAttribute('data-current-step', expected ?? '');
      }
      expect(problems.errors).toEqual([]);
    });
  }
});

test('following a table-of-contents link, then Back, returns the reader to where they were', async ({ page }) => {
  await page.goto('/');
  await page.locator('.toc').evaluate((toc) => window.scrollTo(0, toc.getBoundingClientRect().top + window.scrollY - 40));
  await page.waitForTimeout(400);
  const before = await page.evaluate(() => ({
    y: Math.round(window.scrollY),
    url: window.location.href,
    current: document.querySelector<HTMLElement>('.toc a[aria-current]')?.dataset.toc,
  }));
  const target = all[6]?.slug ?? '';

  await page.locator(`.toc a[data-toc="${target}"]`).click();
  await expect(page).toHaveURL(new RegExp(`#${target}$`));
  await expect.poll(() => headingTop(page, target)).toBeLessThan(200);
  await page.waitForTimeout(400);

  await page.goBack();
  await expect.poll(() => page.evaluate(() => Math.round(window.scrollY))).toBe(before.y);
  await page.waitForTimeout(400);
  expect(page.url()).toBe(before.url);
  expect(await page.evaluate(() => Math.round(window.scrollY))).toBe(before.y);
  const current = await page.locator('.toc a[aria-current]').evaluateAll((links) => links.map((a) => (a as HTMLElement).dataset.toc));
  expect(current).toEqual(before.current ? [before.current] : []);
});

test('the table of contents marks the current section as the reader scrolls', async ({ page }) => {
  await page.goto('/');
  await expect(page.locator('.toc a[aria-current]')).toHaveCount(0);
  for (const slug of [all[2]?.slug, all[5]?.slug]) {
    if (!slug) continue;
    await scrollHeadingPastLine(page, slug);
    await expect(page.locator(`.toc a[data-toc="${slug}"]`)).toHaveAttribute('aria-current', 'true');
    await expect(page.locator('.toc a[aria-current]')).toHaveCount(1);
  }
});

test('a slim progress bar grows from the top of the article to its end', async ({ page }) => {
  await page.goto('/');
  const bar = page.locator('.reading-progress');
  await expect(bar).toHaveAttribute('aria-hidden', 'true');
  const progress = (): Promise<number> => bar.evaluate((el) => Number(getComputedStyle(el).getPropertyValue('--progress') || 0));
  expect(await progress()).toBeLessThan(0.05);
  await scrollHeadingPastLine(page, all[4]?.slug ?? '');
  await expect.poll(progress).toBeGreaterThan(0.2);
  await expect.poll(progress).toBeLessThan(0.8);
  await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
  await expect.poll(progress).toBeGreaterThan(0.99);
  const box = await bar.boundingBox();
  expect(box?.y).toBe(0);
  expect(box?.height ?? 99).toBeLessThanOrEqual(6);
});

test('following a source link mid-article, then Back, returns the reader to the same spot', async ({ page }) => {
  await page.goto('/');
  const slug = all[1]?.slug ?? '';
  const sources = page.locator(`#${slug} .prose .fig-sources`).first();
  await sources.locator('summary').click();
  const link = sources.locator('a[href^="#source-"]').first();
  await link.evaluate((a) => window.scrollBy(0, a.getBoundingClientRect().top - window.innerHeight * 0.6));
  await expect(page).toHaveURL(new RegExp(`#${slug}$`));
  const before = await page.evaluate(() => ({ y: Math.round(window.scrollY), url: window.location.href }));

  await link.click();
  await expect(page).not.toHaveURL(before.url);
  await page.waitForTimeout(300);
  await page.goBack();
  await expect.poll(() => page.evaluate(() => Math.round(window.scrollY))).toBe(before.y);
  expect(page.url()).toBe(before.url);
});
