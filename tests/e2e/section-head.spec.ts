/** A section's head on a phone: "PART n" stays on one line beside the share tools, and nothing runs off screen. */
import { expect, test } from '@playwright/test';

for (const width of [320, 375]) {
  test(`at ${width} px, with Share offered, every section number stays on one line`, async ({ page }) => {
    await page.setViewportSize({ width, height: 700 });
    // A phone browser offers the Web Share API, which shows the Share button beside Copy link.
    await page.addInitScript(() => Object.defineProperty(navigator, 'share', { value: () => Promise.resolve(), configurable: true }));
    await page.goto('/');
    await expect(page.locator('[data-web-share]').first()).toBeVisible();
    const heads = await page.locator('.section-head').evaluateAll((elements) =>
      elements.map((head) => {
        const number = head.querySelector('.section-number');
        const range = document.createRange();
        range.selectNodeContents(number ?? head);
        const lines = new Set([...range.getClientRects()].map((r) => Math.round(r.top)));
        const row = head.querySelector('.share-row')?.getBoundingClientRect();
        return { text: number?.textContent ?? '', lines: lines.size, right: row?.right ?? 0 };
      }),
    );
    expect(heads.length).toBe(9);
    for (const head of heads) {
      expect(head.lines, head.text).toBe(1);
      expect(head.right, head.text).toBeLessThanOrEqual(width);
    }
  });
}
