import { expect, test } from '@playwright/test';
import { sections } from '../support/share';

const all = sections();

test('every section heading has a real Copy link button', async ({ page }) => {
  await page.goto('/');
  for (const { slug, title } of all) {
    const button = page.locator(`#${slug} .section-head`).getByRole('button', { name: /Copy link/ });
    await expect(button).toHaveCount(1);
    await expect(button).toBeVisible();
    await expect(button).toHaveAccessibleName(new RegExp(`Copy link.*${title.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`));
  }
});

test.describe('with clipboard access', () => {
  test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

  test('Copy link copies the absolute address of the section and says so, also to screen readers', async ({ page, baseURL }) => {
    const slug = all[4]?.slug ?? '';
    await page.goto('/');
    const head = page.locator(`#${slug} .section-head`);
    const status = head.locator('[role="status"]');
    await expect(status).toHaveAttribute('aria-live', 'polite');
    await expect(status).toHaveText('');

    await head.getByRole('button', { name: /Copy link/ }).click();
    await expect(status).toHaveText('Link copied');
    await expect(status).toBeVisible();
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toBe(new URL(`/#${slug}`, baseURL).href);
  });

  test('the copied address opens on the same section', async ({ page }) => {
    const slug = all[7]?.slug ?? '';
    await page.goto('/');
    await page
      .locator(`#${slug} .section-head`)
      .getByRole('button', { name: /Copy link/ })
      .click();
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    await page.goto(copied);
    await expect.poll(() => page.locator(`#${slug} h2`).evaluate((h) => h.getBoundingClientRect().top)).toBeLessThan(250);
  });
});

test('where the browser can share, a Share button offers the section’s share page', async ({ page, baseURL }) => {
  await page.addInitScript(() => {
    const shared: ShareData[] = [];
    Object.defineProperty(navigator, 'share', {
      configurable: true,
      value: (data: ShareData) => {
        shared.push(data);
        return Promise.resolve();
      },
    });
    Object.defineProperty(navigator, 'sharedForTest', { value: shared });
  });
  const slug = all[2]?.slug ?? '';
  await page.goto('/');
  const button = page.locator(`#${slug} .section-head`).getByRole('button', { name: /^Share/ });
  await expect(button).toBeVisible();
  await button.click();
  const shared = await page.evaluate(() => (navigator as Navigator & { sharedForTest: ShareData[] }).sharedForTest);
  expect(shared).toHaveLength(1);
  expect(shared[0]?.url).toBe(new URL(`/s/${slug}/`, baseURL).href);
  expect(shared[0]?.title).toContain(all[2]?.title ?? '');
});

test('without the Web Share API, only Copy link is offered', async ({ page }) => {
  await page.addInitScript(() => {
    Object.defineProperty(navigator, 'share', { configurable: true, value: undefined });
  });
  await page.goto('/');
  await expect(page.locator(`#${all[0]?.slug} .section-head`).getByRole('button', { name: /Copy link/ })).toBeVisible();
  await expect(page.locator(`#${all[0]?.slug} .section-head`).getByRole('button', { name: /^Share/ })).toHaveCount(0);
});
