import { expect, test } from '@playwright/test';
import { watchPage } from '../support/page-health';

const slugs = ['headline', 'peers', 'techniques', 'ablations', 'cluster', 'staff', 'annual', 'outlook', 'methods'];

test('the article loads without console errors, failed or foreign requests', async ({ page, baseURL }) => {
  const problems = watchPage(page, baseURL ?? '');
  await page.goto('/');
  await page.evaluate(() => document.fonts.ready);
  await page.keyboard.press('End');
  await page.waitForTimeout(500);
  expect(problems.errors).toEqual([]);
  expect(problems.failed).toEqual([]);
  expect(problems.foreign).toEqual([]);
});

test('has a language, a real title and a meta description', async ({ page }) => {
  await page.goto('/');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page).toHaveTitle('What did DeepSeek V3 really cost?');
  const description = await page.locator('meta[name="description"]').getAttribute('content');
  expect(description?.length ?? 0).toBeGreaterThan(60);
});

test('shows the nine sections in order, each heading linking to its own anchor', async ({ page }) => {
  await page.goto('/');
  const ids = await page.locator('main > section').evaluateAll((sections) => sections.map((s) => s.id));
  expect(ids).toEqual(slugs);
  for (const slug of slugs) {
    const link = page.locator(`#${slug} h2 a[href="#${slug}"]`);
    await expect(link).toHaveCount(1);
    expect((await link.innerText()).length).toBeGreaterThan(5);
  }
});

test('the table of contents links every section and moves the reader to it', async ({ page }) => {
  await page.goto('/');
  const toc = page.getByRole('navigation', { name: 'Contents' });
  await expect(toc.getByRole('link')).toHaveCount(slugs.length);
  for (const slug of ['cluster', 'methods', 'peers']) {
    await toc.locator(`a[href="#${slug}"]`).click();
    await expect(page).toHaveURL(new RegExp(`#${slug}$`));
    await expect
      .poll(() => page.locator(`#${slug} h2`).evaluate((h) => Math.round(h.getBoundingClientRect().top)))
      .toBeLessThan(200);
  }
});

test('the skip link is the first stop and lands on the article', async ({ page }) => {
  await page.goto('/');
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Skip to the article' });
  await expect(skip).toBeFocused();
  await skip.press('Enter');
  await expect(page).toHaveURL(/#main$/);
});

test.describe('with a dark colour scheme', () => {
  test.use({ colorScheme: 'dark' });
  test('the page background and text follow the dark theme', async ({ page }) => {
    await page.goto('/');
    const [bg, fg] = await page.evaluate(() => {
      const style = getComputedStyle(document.body);
      return [style.backgroundColor, style.color];
    });
    expect(bg).toBe('rgb(18, 19, 23)');
    expect(fg).toBe('rgb(232, 230, 225)');
  });
});

test('an unknown address shows the 404 page with a way back', async ({ page }) => {
  const response = await page.goto('/no-such-page/');
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { name: 'Page not found' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'read the explainer' })).toHaveAttribute('href', '/');
});
