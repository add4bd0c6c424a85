/** Helpers for driving the slide deck and the speaker view in end-to-end tests. */
import { expect, type Page } from '@playwright/test';
import { facesLoaded } from './settled';

/** The id (`<slug>/<n>`, `title`, `sources`) of the slide a page shows. */
export const currentSlide = (page: Page): Promise<string | null> => page.locator('[data-stage] .slide[data-current]').getAttribute('data-slide');

/** Every slide id of the deck, in order. */
export const slideIds = (page: Page): Promise<string[]> =>
  page.locator('[data-stage] .slide[data-slide]').evaluateAll((els) => els.map((el) => (el as HTMLElement).dataset.slide ?? ''));

/** Waits until the page shows a slide and its address names it. */
export async function expectSlide(page: Page, id: string): Promise<void> {
  await expect(page.locator('[data-stage] .slide[data-current]')).toHaveAttribute('data-slide', id);
  await expect.poll(() => page.evaluate(() => location.hash)).toBe(`#${id}`);
}

/**
 * Opens the deck (at a slide, if given) once its script is running and its web faces are in: their arrival fits the
 * text again (src/present/controller.ts), which would cut short a transition a test starts before it.
 */
export async function openDeck(page: Page, id?: string): Promise<void> {
  await page.goto(`/present/${id ? `#${id}` : ''}`);
  await expect(page.locator('[data-stage] .slide[data-current]')).toHaveCount(1);
  await facesLoaded(page);
}
