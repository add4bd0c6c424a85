/** Helpers for the offline tests: wait for the service worker and the deck's cache, list what is cached. */
import { expect, type Page } from '@playwright/test';

/** Waits until the page is controlled by an active service worker (its precache is complete by then). */
export async function waitForWorker(page: Page): Promise<void> {
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
    if (navigator.serviceWorker.controller) return;
    await new Promise((resolve) => navigator.serviceWorker.addEventListener('controllerchange', resolve, { once: true }));
  });
}

/** Waits until a deck page has filled the deck's cache (register.ts marks <html>). */
export async function waitForDeckCache(page: Page): Promise<void> {
  await expect(page.locator('html[data-deck-offline]')).toHaveCount(1, { timeout: 20_000 });
}

/** Every cache of the origin and the paths (with query) it holds. */
export const cachedPaths = (page: Page): Promise<Record<string, string[]>> =>
  page.evaluate(async () => {
    const out: Record<string, string[]> = {};
    for (const name of await caches.keys()) {
      const cache = await caches.open(name);
      out[name] = (await cache.keys()).map((request) => new URL(request.url).pathname + new URL(request.url).search);
    }
    return out;
  });
