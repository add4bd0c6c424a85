import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { chartSteps } from '../../src/charts/steps';
import { watchPage } from '../support/page-health';
import { chartSettledAt } from '../support/settled';
import { pngSize, sections } from '../support/share';
import { distDir, fileForPath } from '../tools/dist';

const all = sections();

/** The content of a <meta> by property or name, or null. */
const meta = (page: Page, key: string): Promise<string | null> =>
  page.locator(`meta[property="${key}"], meta[name="${key}"]`).first().getAttribute('content');

/** The file in the build an absolute production address is served from (the site's origin removed). */
function builtFile(address: string): string | undefined {
  return fileForPath(new URL(address).pathname);
}

test.describe('as a link-preview crawler sees them (no JavaScript)', () => {
  test.use({ javaScriptEnabled: false });

  test('every /s/<slug>/ has its card meta, absolute, and its own 1200×630 PNG', async ({ page }) => {
    const digests = new Set<string>();
    for (const { slug, title, summary } of all) {
      await page.goto(`/s/${slug}/`);
      await expect(page).toHaveURL(new RegExp(`/s/${slug}/$`));
      expect(await meta(page, 'og:title')).toBe(title);
      expect(await meta(page, 'og:description')).toBe(summary);
      expect(await meta(page, 'twitter:card')).toBe('summary_large_image');

      const url = await meta(page, 'og:url');
      const image = await meta(page, 'og:image');
      const canonical = await page.locator('link[rel="canonical"]').getAttribute('href');
      for (const address of [url, image, canonical, await meta(page, 'twitter:image')]) {
        expect(address, 'an absolute http(s) address').toMatch(/^https?:\/\/[^/]+\//);
      }
      expect(url).toMatch(new RegExp(`/s/${slug}/$`));
      expect(canonical).toBe(url);
      expect(image).toMatch(/\.png$/);

      const file = builtFile(image ?? '');
      expect(file, `og:image ${image} is in the build (${distDir})`).toBeDefined();
      const png = readFileSync(file ?? '');
      expect(pngSize(png)).toEqual({ width: 1200, height: 630 });
      digests.add(createHash('sha256').update(png).digest('hex'));
      const served = await page.request.get(new URL(image ?? '').pathname);
      expect(served.status()).toBe(200);
      expect(served.headers()['content-type']).toBe('image/png');

      // The fallback for people without JavaScript: a visible link on to the section.
      const onward = page.getByRole('link', { name: /Read this part/ });
      await expect(onward).toBeVisible();
      expect(await onward.getAttribute('href')).toMatch(new RegExp(`/#${slug}$`));
      expect(await page.locator('meta[http-equiv="refresh"]').count()).toBe(0);
    }
    expect(digests.size, 'each share page its own card image').toBe(all.length);
  });

  test('the home page has its own card', async ({ page }) => {
    await page.goto('/');
    expect(await meta(page, 'og:title')).toBeTruthy();
    expect(await meta(page, 'twitter:card')).toBe('summary_large_image');
    const image = await meta(page, 'og:image');
    expect(image).toMatch(/^https?:\/\/[^/]+\/.*\.png$/);
    expect(await meta(page, 'og:url')).toMatch(/^https?:\/\/[^/]+\/$/);
    expect(pngSize(readFileSync(builtFile(image ?? '') ?? ''))).toEqual({ width: 1200, height: 630 });
  });
});

test('people opening a share page are sent on to the section', async ({ page, baseURL }) => {
  const problems = watchPage(page, baseURL ?? '');
  const slug = all[3]?.slug ?? '';
  await page.goto(`/s/${slug}/`);
  await expect(page).toHaveURL(new RegExp(`/#${slug}$`));
  await expect.poll(() => page.locator(`#${slug} h2`).evaluate((h) => h.getBoundingClientRect().top)).toBeLessThan(250);
  // The share page replaced itself: Back leaves rather than bouncing through it again.
  expect(await page.evaluate(() => window.history.length)).toBeLessThanOrEqual(2);
  expect(problems.errors).toEqual([]);
  expect(problems.failed).toEqual([]);
});

test.describe('embeds', () => {
  /** The first section with a chart, and its second step. */
  const [slug = '', [first = '', step = ''] = []] = Object.entries(chartSteps)[0] ?? [];

  test('/embed/<slug>/ shows just the chart, at ?step=, with a link back to the section', async ({ page, baseURL }) => {
    const problems = watchPage(page, baseURL ?? '');
    await page.goto(`/embed/${slug}/?step=${step}`);
    await expect(page.locator('story-chart')).toHaveCount(1);
    await expect(page.locator('story-chart')).toHaveAttribute('data-current-step', step);
    await expect(page.locator('section, .toc, .masthead, .prose')).toHaveCount(0);
    const back = page.getByRole('link');
    await expect(back).toHaveCount(1);
    expect(await back.getAttribute('href')).toMatch(new RegExp(`/#${slug}$`));
    expect(problems.errors).toEqual([]);
    expect(problems.failed).toEqual([]);
  });

  test('an embedded chart fits the iframe it is put in', async ({ page, baseURL }) => {
    for (const [width, height] of [
      [360, 300],
      [720, 480],
    ] as const) {
      await page.setContent(`<iframe src="${baseURL}/embed/${slug}/" width="${width}" height="${height}" style="border:0"></iframe>`);
      const frame = page.frameLocator('iframe');
      await expect(frame.locator('story-chart svg')).toBeVisible();
      await expect.poll(() => frame.locator('story-chart svg').evaluate((svg) => svg.getAttribute('viewBox'))).not.toBe('0 0 640 440');
      const box = await frame.locator('story-chart svg').evaluate((svg) => {
        const r = svg.getBoundingClientRect();
        return { right: r.right, bottom: r.bottom, width: r.width, docHeight: document.documentElement.scrollHeight };
      });
      expect(box.right).toBeLessThanOrEqual(width + 1);
      expect(box.bottom).toBeLessThanOrEqual(height + 1);
      expect(box.width).toBeGreaterThan(width * 0.8);
      expect(box.docHeight).toBeLessThanOrEqual(height + 1);
    }
  });

  test('an unknown ?step= leaves the chart on its first step', async ({ page }) => {
    await page.goto(`/embed/${slug}/?step=nope`);
    await chartSettledAt(page.locator('story-chart'), first);
  });
});
