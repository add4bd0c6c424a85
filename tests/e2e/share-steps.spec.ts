/** Step addresses and the chart tools in the browser: /#step-<id>, step share pages, Copy link, the downloads, the deck. */
import { expect, test } from '@playwright/test';
import { currentSlide } from '../support/deck';
import { pngSize, sections } from '../support/share';
import {
  download,
  expectChartSvg,
  expectStepOpens,
  metaOf,
  oldStepId,
  openChartTools,
  renamedTo,
  sampleSteps,
  sectionOf,
  stepNumber,
} from '../support/step-sharing';
import { fileForPath } from '../tools/dist';

/** The production root the build was made for, from the article's og:url. */
const siteRoot = metaOf(fileForPath('/') ?? '', 'og:url') ?? '';

test.describe('a step address', () => {
  for (const step of sampleSteps) {
    test(`/#step-${step} opens on that step with its chart in that state`, async ({ page, baseURL }) => {
      await expectStepOpens(page, `${baseURL}/`, step);
    });
  }

  test(`a renamed id (/#step-${oldStepId}) lands on its current step`, async ({ page, baseURL }) => {
    await expectStepOpens(page, `${baseURL}/`, renamedTo, `#step-${oldStepId}`);
  });

  test('the address goes back to following sections once the reader scrolls on', async ({ page }) => {
    const step = sampleSteps[1] ?? '';
    await page.goto(`/#step-${step}`);
    await expect(page.locator(`#step-${step}`)).toHaveAttribute('aria-current', 'step');
    const next = sections()[sections().findIndex((s) => s.slug === sectionOf(step)) + 1]?.slug ?? '';
    await page.locator(`#${next} h2`).evaluate((h) => window.scrollBy(0, h.getBoundingClientRect().top - window.innerHeight * 0.4));
    await expect(page).toHaveURL(new RegExp(`/#${next}$`));
  });

  test.describe('without JavaScript', () => {
    test.use({ javaScriptEnabled: false });
    test('still scrolls to the step text, and the chart tools are plain download links', async ({ page }) => {
      const step = sampleSteps[1] ?? '';
      await page.goto(`/#step-${step}`);
      const top = await page.locator(`#step-${step}`).evaluate((el) => el.getBoundingClientRect().top / window.innerHeight);
      expect(top).toBeGreaterThanOrEqual(0);
      expect(top).toBeLessThan(0.5);
      const slug = sectionOf(step);
      await openChartTools(page, slug);
      // Without JavaScript the chart shows its first step, and so do the links.
      const first = await page.locator(`#${slug} story-chart`).getAttribute('data-current-step');
      for (const ext of ['svg', 'png', 'csv']) {
        const link = page.locator(`#${slug} .chart-downloads a[href$=".${ext}"]`);
        await expect(link).toHaveAttribute('download', `${slug}-${first}.${ext}`);
        expect((await page.request.get((await link.getAttribute('href')) ?? '')).status()).toBe(200);
      }
    });
  });
});

test.describe('a step share page', () => {
  const step = sampleSteps[1] ?? '';
  const slug = sectionOf(step);

  test.describe('as a link-preview crawler sees it (no JavaScript)', () => {
    test.use({ javaScriptEnabled: false });
    test(`/s/${slug}/${step}/ has the step's card, title and first sentence`, async ({ page, request }) => {
      const section = sections().find((s) => s.slug === slug);
      await page.goto(`/s/${slug}/${step}/`);
      const meta = (key: string) => page.locator(`meta[property="${key}"], meta[name="${key}"]`).first().getAttribute('content');
      const heading = (await page.locator('h1').textContent())?.trim() ?? '';
      expect(await meta('og:title')).toBe(`${section?.title}: ${heading}`);
      expect(await meta('og:url')).toBe(`${siteRoot}s/${slug}/${step}/`);
      expect(await page.locator('link[rel="canonical"]').getAttribute('href')).toBe(`${siteRoot}s/${slug}/${step}/`);
      expect(await meta('twitter:card')).toBe('summary_large_image');
      const image = (await meta('og:image')) ?? '';
      expect(image).toMatch(new RegExp(`^${siteRoot}cards/${slug}/${step}-[0-9a-f]{10}\\.png$`));
      const png = await request.get(`/${image.slice(siteRoot.length)}`);
      expect(png.headers()['content-type']).toBe('image/png');
      expect(pngSize(await png.body())).toEqual({ width: 1200, height: 630 });

      // og:description: the opening of the step's prose in the article, ending a sentence.
      const description = (await meta('og:description')) ?? '';
      expect(description).toMatch(/[.?!][”"’)]?$/);
      await page.goto('/');
      // The prose as read: each figure as its value, without its hidden status and source card.
      const prose = (
        await page.locator(`#step-${step}`).evaluate((el) => {
          const copy = el.cloneNode(true) as HTMLElement;
          for (const extra of copy.querySelectorAll('.fig .visually-hidden, .fig-card')) extra.remove();
          return copy.textContent ?? '';
        })
      )
        .replace(/\s+/g, ' ')
        .trim();
      expect(prose.startsWith(description)).toBe(true);
    });

    test(`the share page of a renamed id (/s/…/${oldStepId}/) points at the current one`, async ({ page }) => {
      await page.goto(`/s/${sectionOf(renamedTo)}/${oldStepId}/`);
      expect(await page.locator('link[rel="canonical"]').getAttribute('href')).toBe(`${siteRoot}s/${sectionOf(renamedTo)}/${renamedTo}/`);
      expect(await page.getByRole('link', { name: /See this chart/ }).getAttribute('href')).toMatch(new RegExp(`/#step-${renamedTo}$`));
    });
  });

  test('people are sent on to the step in the article', async ({ page }) => {
    await page.goto(`/s/${slug}/${step}/`);
    await expect(page).toHaveURL(new RegExp(`/#step-${step}$`));
    await expect(page.locator(`#step-${step}`)).toHaveAttribute('aria-current', 'step');
  });

  test('a renamed id’s share page sends people to the current step', async ({ page }) => {
    await page.goto(`/s/${sectionOf(renamedTo)}/${oldStepId}/`);
    await expect(page).toHaveURL(new RegExp(`/#step-${renamedTo}$`));
    await expect(page.locator(`#step-${renamedTo}`)).toHaveAttribute('aria-current', 'step');
  });
});

test.describe('the chart tools', () => {
  test.use({ permissions: ['clipboard-read', 'clipboard-write'] });
  const step = sampleSteps[1] ?? '';
  const slug = sectionOf(step);

  test('Copy link to this chart copies the step’s share address, says so, and follows the step', async ({ page, baseURL }) => {
    await page.goto(`/#step-${step}`);
    await expect(page.locator(`#step-${step}`)).toHaveAttribute('aria-current', 'step');
    const tools = await openChartTools(page, slug);
    const status = tools.locator('[role="status"]');
    await expect(status).toHaveAttribute('aria-live', 'polite');
    await tools.getByRole('button', { name: 'Copy link to this chart' }).click();
    await expect(status).toHaveText('Link to this chart copied');
    await expect(status).toBeVisible();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(`${baseURL}/s/${slug}/${step}/`);

    // The next step: every address in the tools moves with the chart.
    const next = (await page.locator(`#step-${step} ~ .step[data-step]`).first().getAttribute('data-step')) ?? '';
    await page.goto(`/#step-${next}`);
    await expect(page.locator(`#${slug} story-chart`)).toHaveAttribute('data-current-step', next);
    await expect(tools.getByRole('link', { name: 'Download SVG' })).toHaveAttribute('download', `${slug}-${next}.svg`);
    await expect(tools.getByRole('link', { name: 'Download SVG' })).toHaveAttribute('href', `/downloads/${slug}-${next}.svg`);
    await tools.getByRole('button', { name: 'Copy link to this chart' }).click();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(`${baseURL}/s/${slug}/${next}/`);
  });

  test('the downloads are the step’s chart as SVG (titled, sourced), PNG at 2× and its numbers as CSV', async ({ page }) => {
    await page.goto(`/#step-${step}`);
    await expect(page.locator(`#step-${step}`)).toHaveAttribute('aria-current', 'step');

    const svg = await download(page, slug, /Download SVG/);
    expect(svg.name).toBe(`${slug}-${step}.svg`);
    const svgText = expectChartSvg(svg.bytes.toString('utf8'), `${siteRoot}s/${slug}/${step}/`);

    const png = await download(page, slug, /Download PNG/);
    expect(png.name).toBe(`${slug}-${step}.png`);
    expect(pngSize(png.bytes)).toEqual({ width: 3200, height: 1800 });

    const csv = await download(page, slug, /Download data/);
    expect(csv.name).toBe(`${slug}-${step}.csv`);
    const [header, ...rows] = csv.bytes.toString('utf8').trim().split('\r\n');
    expect(header).toBe('id,value,display,status,source_author,source_title,source_url,locator,formula');
    expect(rows.length).toBeGreaterThan(2);
    for (const row of rows) {
      const display = row.split(',')[2] ?? '';
      // Every number in the data is one the picture shows.
      expect(svgText, `${display} is drawn`).toContain(display.replace(/^"|"$/g, ''));
      expect(row).toMatch(/,https?:\/\//);
    }

    // The SVG opens in a browser as a drawn, titled chart.
    await page.goto(`/downloads/${slug}-${step}.svg`);
    const drawn = await page.evaluate(() => ({
      root: document.documentElement.localName,
      title: document.querySelector('title')?.textContent ?? '',
      width: document.querySelector<SVGTextElement>('text')?.getBBox().width ?? 0,
    }));
    expect(drawn.root).toBe('svg');
    expect(drawn.title.length).toBeGreaterThan(8);
    expect(drawn.width).toBeGreaterThan(100);
  });

  test('an embed has the same tools, at the step it shows', async ({ page }) => {
    await page.goto(`/embed/${slug}/?step=${step}`);
    const tools = page.locator('.chart-tools');
    await tools.locator('summary').click();
    await expect(tools.getByRole('link', { name: 'Download PNG' })).toHaveAttribute('download', `${slug}-${step}.png`);
    await expect(tools.getByRole('button', { name: 'Copy link to this chart' })).toBeVisible();
  });
});

test.describe('the deck', () => {
  test('/present/#<step-id> opens that step’s slide, and an old id its renamed step', async ({ page }) => {
    const step = sampleSteps[1] ?? '';
    await page.goto(`/present/#${step}`);
    await expect.poll(() => currentSlide(page)).toBe(`${sectionOf(step)}/${stepNumber(step)}`);
    await page.goto('about:blank');
    await page.goto(`/present/#${oldStepId}`);
    await expect.poll(() => currentSlide(page)).toBe(`${sectionOf(renamedTo)}/${stepNumber(renamedTo)}`);
  });
});
