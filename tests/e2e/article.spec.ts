/** The article's frame: its head, its nine sections in order, the table of contents, the skip link, the 404 page. */
import { expect, test } from '@playwright/test';

const slugs = ['headline', 'peers', 'techniques', 'ablations', 'cluster', 'staff', 'annual', 'outlook', 'methods'];

test('has a language, a real title and a meta description; nine sections, each heading linking to its anchor; a table of contents that moves the reader', async ({
  page,
}) => {
  await page.goto('/');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page).toHaveTitle('What did DeepSeek V3 really cost?');
  const description = await page.locator('meta[name="description"]').getAttribute('content');
  expect(description?.length ?? 0).toBeGreaterThan(60);

  const ids = await page.locator('main > section').evaluateAll((sections) => sections.map((s) => s.id));
  expect(ids).toEqual(slugs);
  for (const slug of slugs) {
    const link = page.locator(`#${slug} h2 a[href="#${slug}"]`);
    await expect(link).toHaveCount(1);
    expect((await link.innerText()).length).toBeGreaterThan(5);
  }

  const toc = page.getByRole('navigation', { name: 'Contents' });
  await expect(toc.getByRole('link')).toHaveCount(slugs.length);
  for (const slug of ['cluster', 'methods', 'peers']) {
    await toc.locator(`a[href="#${slug}"]`).click();
    await expect(page).toHaveURL(new RegExp(`#${slug}$`));
    await expect.poll(() => page.locator(`#${slug} h2`).evaluate((h) => Math.round(h.getBoundingClientRect().top))).toBeLessThan(200);
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

test('an unknown address shows the 404 page with a way back', async ({ page }) => {
  const response = await page.goto('/no-such-page/');
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { name: 'Page not found' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'read the explainer' })).toHaveAttribute('href', '/');
});
