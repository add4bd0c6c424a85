import { expect, test, type Page } from '@playwright/test';
import { watchPage } from '../support/page-health';
import { pageSettled } from '../support/settled';
import { sections } from '../support/share';

const all = sections();

/** Scrolls so a section's heading sits just above the reading line (the middle of the viewport). */
async function scrollHeadingPastLine(page: Page, slug: string): Promise<void> {
  await page.locator(`#${slug} h2`).evaluate((heading) => {
    window.scrollBy(0, heading.getBoundingClientRect().top - window.innerHeight * 0.4);
  });
}

/** Records every value location.hash takes from the first script on (history writes and hash changes) in window.__hashes. */
const recordHashes = (page: Page): Promise<unknown> =>
  page.addInitScript(() => {
    const seen = [window.location.hash];
    for (const name of ['replaceState', 'pushState'] as const) {
      const original = window.history[name].bind(window.history);
      window.history[name] = (...args: Parameters<History['replaceState']>) => {
        original(...args);
        seen.push(window.location.hash);
      };
    }
    window.addEventListener('hashchange', () => seen.push(window.location.hash));
    Object.defineProperty(window, '__hashes', { value: seen });
  });

/** The distinct values location.hash has taken since the page opened. */
const hashesSoFar = (page: Page): Promise<string[]> => page.evaluate(() => [...new Set((window as unknown as { __hashes: string[] }).__hashes)]);

/** Waits until a deep link has landed: its section marked in the table of contents, fonts in, charts at rest. */
async function landedOn(page: Page, slug: string): Promise<void> {
  await page.waitForLoadState('load');
  await expect(page.locator(`.toc a[data-toc="${slug}"]`)).toHaveAttribute('aria-current', 'true');
  await pageSettled(page);
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
  await landedOn(page, all[1]?.slug ?? '');
  await page.mouse.move(200, 300);
  await expect(async () => {
    await page.mouse.wheel(0, 900);
    expect(await page.evaluate(() => window.location.hash)).toBe(`#${all[2]?.slug}`);
  }).toPass({ timeout: 15_000 });
});

test('from a deep link, the address moves on once the reader scrolls away (scroll bar, no wheel)', async ({ page }) => {
  await page.goto(`/#${all[1]?.slug}`);
  await landedOn(page, all[1]?.slug ?? '');
  await scrollHeadingPastLine(page, all[2]?.slug ?? '');
  await expect(page).toHaveURL(new RegExp(`/#${all[2]?.slug}$`));
});

test('every /#<section> deep link lands on its heading, keeps its address and draws its chart’s step', async ({ page, baseURL }) => {
  test.setTimeout(60_000);
  const problems = watchPage(page, baseURL ?? '');
  await recordHashes(page);
  for (const { slug } of all) {
    // A fresh load each time (a hash change alone would stay in the same document).
    await page.goto('about:blank');
    await page.goto(`/#${slug}`);
    await landedOn(page, slug);
    const top = await headingTop(page, slug);
    const height = page.viewportSize()?.height ?? 720;
    expect(top, slug).toBeGreaterThanOrEqual(0);
    expect(top, slug).toBeLessThan(height * 0.35);
    await expect(page.locator('.toc a[aria-current]')).toHaveCount(1);

    const chart = page.locator(`#${slug} story-chart`);
    if ((await chart.count()) > 0) {
      // The step a reader sees: the last of this section's steps past the reading line, else its first.
      const expected = await page.locator(`#${slug}`).evaluate((section) => {
        const steps = [...section.querySelectorAll<HTMLElement>('.step[data-step]')];
        const passed = steps.filter((step) => step.getBoundingClientRect().top <= window.innerHeight * 0.5);
        return (passed[passed.length - 1] ?? steps[0])?.dataset.step;
      });
      await expect(chart, slug).toHaveAttribute('data-current-step', expected ?? '');
    }
    // Late layout (fonts, charts measuring) never moved the address off the link that was opened.
    expect(await hashesSoFar(page), slug).toEqual([`#${slug}`]);
  }
  expect(problems.errors).toEqual([]);
});

test('following a table-of-contents link, then Back, returns the reader to where they were', async ({ page }) => {
  await page.goto('/');
  await page.locator('.toc').evaluate((toc) => window.scrollTo(0, toc.getBoundingClientRect().top + window.scrollY - 40));
  await pageSettled(page);
  const before = await page.evaluate(() => ({
    y: Math.round(window.scrollY),
    url: window.location.href,
    current: document.querySelector<HTMLElement>('.toc a[aria-current]')?.dataset.toc,
  }));
  const target = all[6]?.slug ?? '';

  await page.locator(`.toc a[data-toc="${target}"]`).click();
  await expect(page).toHaveURL(new RegExp(`#${target}$`));
  await expect.poll(() => headingTop(page, target)).toBeLessThan(200);
  await pageSettled(page);

  await page.goBack();
  await expect.poll(() => page.evaluate(() => Math.round(window.scrollY))).toBe(before.y);
  await pageSettled(page);
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
  await expect(page.locator(`${new URL(page.url()).hash}`)).toBeInViewport();
  await page.goBack();
  await expect.poll(() => page.evaluate(() => Math.round(window.scrollY))).toBe(before.y);
  expect(page.url()).toBe(before.url);
});
