/** Accessibility: zero axe violations (WCAG 2.2 A/AA) on every page, in light and dark, and the article's own aids. */
import { expect, test, type Page } from '@playwright/test';
import { axeViolations } from '../support/axe';
import { htmlPages } from '../tools/dist';

const pages = htmlPages().map((page) => page.path);
/** Share pages send people on with JavaScript; what stays on them is what crawlers and no-JS readers see. */
const sendsOn = (path: string): boolean => path.startsWith('/s/');
/** Pages checked in both colour schemes (when built). */
const bothSchemes = ['/', '/present/', '/present/speaker/', pages.find(sendsOn) ?? ''].filter((path) => pages.includes(path));

async function settle(page: Page): Promise<void> {
  await page.evaluate(() => document.fonts.ready);
  await page.waitForTimeout(700);
}

for (const scheme of ['light', 'dark'] as const) {
  for (const path of pages.filter((p) => scheme === 'light' || bothSchemes.includes(p))) {
    test(`axe finds no WCAG 2.2 A/AA violation on ${path} (${scheme})`, async ({ browser }) => {
      const context = await browser.newContext({ colorScheme: scheme });
      // Share pages' own scripts are blocked (axe needs the page's JavaScript engine, so it stays on).
      if (sendsOn(path)) await context.route('**/_astro/*.js', (route) => route.abort());
      const page = await context.newPage();
      await page.goto(path);
      await settle(page);
      expect(await axeViolations(page)).toEqual([]);
      await context.close();
    });
  }
}

for (const scheme of ['light', 'dark'] as const) {
  test(`axe finds no violation in any section of the article while it is in view (${scheme})`, async ({ browser }) => {
    test.setTimeout(120_000);
    const context = await browser.newContext({ colorScheme: scheme });
    const page = await context.newPage();
    await page.goto('/');
    const sections = await page.locator('main > section[id]').evaluateAll((els) => els.map((el) => el.id));
    for (const id of sections) {
      await page.locator(`#${id} h2`).evaluate((h) => h.scrollIntoView({ block: 'start', behavior: 'instant' }));
      await page.mouse.wheel(0, 300);
      await settle(page);
      expect(await axeViolations(page, `#${id}`), id).toEqual([]);
    }
    await context.close();
  });
}

const steps = (page: Page) => page.locator('.scrolly .step[data-step]');

test('a keyboard user walks the story with Next step and Previous step buttons', async ({ page }) => {
  await page.goto('/');
  await settle(page);
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
  await settle(page);
  const region = page.locator('[role="status"][aria-live="polite"][data-step-announcer]');
  await expect(region).toHaveCount(1);
  await expect(region).toHaveText('');
  const [, second] = await steps(page).evaluateAll((els) => els.map((el) => (el as HTMLElement).dataset.step ?? ''));
  await page.locator('[data-step-move="next"]').first().focus();
  await page.keyboard.press('Enter');
  await expect(page.locator(`.step[data-step="${second}"]`)).toHaveAttribute('aria-current', 'step');
  const label = await page.locator('#headline story-chart svg').getAttribute('aria-label');
  await expect(region).toContainText('step 2 of');
  await expect(region).toContainText(label ?? 'no label');
});

test('charts whose section is out of view are hidden from assistive technology but stay drawn', async ({ page }) => {
  await page.goto('/');
  await settle(page);
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

/** Tabs through a page, returning a line for each focused element that shows no visible focus indicator. */
async function unfocusedStops(page: Page, limit = 400): Promise<string[]> {
  const problems: string[] = [];
  const seen = new Set<string>();
  for (let i = 0; i < limit; i += 1) {
    await page.keyboard.press('Tab');
    const stop = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement | null;
      if (!el || el === document.body) return null;
      const path: string[] = [];
      for (let node: Element | null = el; node && node !== document.body; node = node.parentElement) {
        path.unshift(`${node.tagName.toLowerCase()}:nth-child(${[...(node.parentElement?.children ?? [])].indexOf(node) + 1})`);
      }
      const style = getComputedStyle(el);
      const rect = el.getBoundingClientRect();
      const outline = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2;
      const ring = style.boxShadow !== 'none';
      const inView = rect.bottom > 0 && rect.top < window.innerHeight && rect.right > 0 && rect.left < window.innerWidth;
      const x = Math.min(Math.max(rect.left + rect.width / 2, 0), window.innerWidth - 1);
      const y = Math.min(Math.max(rect.top + rect.height / 2, 0), window.innerHeight - 1);
      const top = document.elementFromPoint(x, y);
      const covered = Boolean(top && !el.contains(top) && !top.contains(el));
      const name = `${el.tagName.toLowerCase()} "${(el.textContent ?? '').trim().slice(0, 30)}"`;
      return { key: path.join('>'), name, visible: outline || ring, inView, covered, size: rect.width * rect.height };
    });
    if (!stop) continue;
    if (seen.has(stop.key)) break;
    seen.add(stop.key);
    if (!stop.visible) problems.push(`${stop.name}: no focus indicator`);
    if (!stop.inView || stop.size < 4) problems.push(`${stop.name}: focused but not in view`);
    else if (stop.covered) problems.push(`${stop.name}: focused but covered by another element`);
  }
  expect(seen.size, 'focusable elements reached').toBeGreaterThan(0);
  return problems;
}

for (const path of pages.filter((p) => !sendsOn(p))) {
  test(`every focus stop on ${path} shows a visible focus indicator, in view`, async ({ page }) => {
    test.setTimeout(120_000);
    await page.goto(path);
    await settle(page);
    expect(await unfocusedStops(page)).toEqual([]);
  });
}

test.describe('on a phone', () => {
  test.use({ viewport: { width: 390, height: 800 }, isMobile: true, hasTouch: true });
  test('every focus stop on the article is visible and not hidden under the pinned chart', async ({ page }) => {
    test.setTimeout(120_000);
    await page.goto('/');
    await settle(page);
    expect(await unfocusedStops(page)).toEqual([]);
  });
});

test.describe('on a phone (Lighthouse’s 412 px)', () => {
  test.use({ viewport: { width: 412, height: 823 }, isMobile: true, hasTouch: true });
  for (const path of bothSchemes) {
    test(`axe finds no WCAG 2.2 A/AA violation on ${path} at phone width`, async ({ page, context }) => {
      if (sendsOn(path)) await context.route('**/_astro/*.js', (route) => route.abort());
      await page.goto(path);
      await settle(page);
      expect(await axeViolations(page)).toEqual([]);
    });
  }
});
