import { expect, test } from '@playwright/test';

test('the article loads with its title', async ({ page }) => {
  await page.goto('/');
  await expect(page).toHaveTitle(/DeepSeek V3/);
});
