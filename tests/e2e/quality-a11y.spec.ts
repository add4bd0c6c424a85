/** Accessibility of the story's own aids: step buttons for the keyboard, a polite announcer, off-screen charts hidden from assistive technology. (Axe and focus stops on every page template: quality-templates.spec.ts.) */
import { expect, test, type Page } from '@playwright/test';
import { pageSettled } from '../support/settled';

const steps = (page: Page) => page.locator('.scrolly .step[data-step]');

test('a keyboard user walks the story with Next step and Previous step buttons', async ({ page }) => {
  await page.goto('/');
  await pageSettled(page);
  const ids = await steps(page).evaluateAll((els) => els.map((el) => (el as HTMLElement).dataset.step ?? ''));
  // Reach the first Next step button with Tab alone.
  let tabs = 0;
  while (!(await page.evaluate(() => document.activeElement?.matches('[data-step-move="next"]'))) && tabs < 200) {
    await page.keyboard.press('Tab');
    tabs += 1;
  }
  const next = page.locator(':focus');
  await expect(next).toHaveText('Next step');
  await expect(next).toBeInViewport();
  // Walk past the first section's steps into the next section, by keyboard only.
  for (const id of ids.slice(1, 6)) {
    await page.keyboard.press('Enter');
    await expect(page.locator(`.step[data-step="${id}"]`)).toHaveAttribute('aria-current', 'step');
    await expect(page.locator(':focus')).toHaveText('Next step');
    await expect(page.locator(':focus')).toBeInViewport();
  }
  const section = await page.locator(`.step[data-step="${ids[5]}"]`).evaluate((el) => el.closest('section')?.id ?? '');
  await expect(page.locator(`#${section} story-chart`)).toHaveAttribute('data-current-step', ids[5] ?? '');
  // And back.
  await page.keyboard.press('Shift+Tab');
  await expect(page.locator(':focus')).toHaveText('Previous step');
  await page.keyboard.press('Enter');
  await expect(page.locator(`.step[data-step="${ids[4]}"]`)).toHaveAttribute('aria-current', 'step');
});

test('the step buttons are hidden until focused and do not exist without JavaScript', async ({ browser }) => {
  const page = await browser.newPage();
  await page.goto('/');
  const first = page.locator('[data-step-move="next"]').first();
  const navWidth = () => first.evaluate((el) => el.parentElement?.getBoundingClientRect().width ?? 0);
  expect(await navWidth()).toBeLessThanOrEqual(1);
  await first.focus();
  expect(await navWidth()).toBeGreaterThan(40);
  await page.close();
  const noJs = await browser.newContext({ javaScriptEnabled: false });
  const still = await noJs.newPage();
  await still.goto('/');
  await expect(still.locator('[data-step-move]')).toHaveCount(0);
  await noJs.close();
});

test('step changes are announced politely with what the chart now shows', async ({ page }) => {
  await page.goto('/');
  await pageSettled(page);
  const region = page.locator('[role="status"][aria-live="polite"][data-step-announcer]');
  await expect(region).toHaveCount(1);
  await expect(region).toHaveText('');
  const [first, second] = await steps(page).evaluateAll((els) => els.map((el) => (el as HTMLElement).dataset.step ?? ''));
  // The reader on the first step (the place the story first measures is not announced: it is where the page opened).
  await page
    .locator(`.step[data-step="${first}"]`)
    .evaluate((el) => window.scrollTo({ top: el.getBoundingClientRect().top + window.scrollY - window.innerHeight * 0.5 + 40, behavior: 'instant' }));
  await expect(page.locator(`.step[data-step="${first}"]`)).toHaveAttribute('aria-current', 'step');
  await page.locator('[data-step-move="next"]').first().focus();
  await page.keyboard.press('Enter');
  await expect(page.locator(`.step[data-step="${second}"]`)).toHaveAttribute('aria-current', 'step');
  const label = await page.locator('#headline story-chart svg').getAttribute('aria-label');
  await expect(region).toContainText('step 2 of');
  await expect(region).toContainText(label ?? 'no label');
});

test('charts whose section is out of view are hidden from assistive technology but stay drawn', async ({ page }) => {
  await page.goto('/');
  await pageSettled(page);
  const figure = (id: string) => page.locator(`#${id} .story-figure`);
  await page.locator('#headline h2').evaluate((h) => h.scrollIntoView({ block: 'start', behavior: 'instant' }));
  await expect(figure('headline')).not.toHaveAttribute('aria-hidden', 'true');
  await expect(figure('peers')).toHaveAttribute('aria-hidden', 'true');
  await expect(figure('peers')).toHaveAttribute('inert', '');
  await page.locator('#peers h2').evaluate((h) => h.scrollIntoView({ block: 'start', behavior: 'instant' }));
  await page.mouse.wheel(0, 400);
  await expect(figure('peers')).not.toHaveAttribute('aria-hidden', 'true');
  await expect(figure('peers')).not.toHaveAttribute('inert', '');
  await expect(figure('headline')).toHaveAttribute('aria-hidden', 'true');
  await expect(figure('peers')).toBeVisible();
  expect(await page.getByRole('img', { name: /./ }).count()).toBeLessThan(await page.locator('.story-figure svg').count());
});
