/** Awaiting the page's "settled" signal (src/story/settled.ts) instead of sleeping: fonts loaded, no chart still moving. */
import { expect, type Locator, type Page } from '@playwright/test';

/** Two animation frames: whatever the last change laid out has been painted. */
export const twoFrames = (page: Page): Promise<unknown> =>
  page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));

/**
 * Waits until the web faces are in use and loaded. A page built on Base.astro brings them in after its first paint
 * (src/fonts/web-faces.ts then marks <html data-web-faces>), so fonts.ready alone can resolve before they are asked
 * for. There is nothing to wait for on a page without them (an embed declares its face up front), with JavaScript
 * off (the <noscript> holding them is parsed, so they are declared as the page loads), or when a test has blocked
 * the page's own scripts (and says so with `window.ownScriptsBlocked`).
 */
export async function facesLoaded(page: Page): Promise<void> {
  await page.waitForFunction(() => {
    const source = document.getElementById('web-faces');
    return !source || source.childElementCount > 0 || 'ownScriptsBlocked' in window || document.documentElement.hasAttribute('data-web-faces');
  });
  await page.evaluate(() => document.fonts.ready);
}

/** Waits until the fonts have loaded and no chart on the page is mid-transition. */
export async function pageSettled(page: Page): Promise<void> {
  await facesLoaded(page);
  await expect(page.locator('story-chart[data-settled="false"]')).toHaveCount(0);
  await twoFrames(page);
}

/** Waits until a chart has drawn `step` in the browser (not only the server's drawing) and stopped moving. */
export async function chartSettledAt(chart: Locator, step: string): Promise<void> {
  await expect(chart).toHaveAttribute('data-current-step', step);
  await expect(chart).toHaveAttribute('data-settled', 'true');
}

/**
 * Waits until the story has caught up with the scroll position (the step marked current is the last one past the
 * reading line, as a reader sees it) and then for the page to settle.
 */
export async function storySettled(page: Page): Promise<void> {
  await expect
    .poll(() =>
      page.evaluate(() => {
        const steps = [...document.querySelectorAll<HTMLElement>('.scrolly .step[data-step]')];
        const seen = steps.filter((step) => step.getBoundingClientRect().top <= window.innerHeight * 0.5).at(-1);
        const current = document.querySelector('.scrolly .step[aria-current="step"]');
        return seen === undefined || current === seen;
      }),
    )
    .toBe(true);
  await pageSettled(page);
}
