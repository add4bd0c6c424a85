/**
 * Each kind of page (page template) once, in the browser: no console error, failed or foreign request or CSP
 * violation while it loads and scrolls; zero axe violations (WCAG 2.2 A/AA) in light and dark; a visible focus
 * indicator, in view, on every focus stop. The static checks of every built page (HTML, links, CSP) run in node
 * over the build (tests/site/).
 */
import { expect, test, type Browser, type Page } from '@playwright/test';
import { chartSpecs } from '../../src/charts/specs';
import { axeViolations, COLOUR_RULES } from '../support/axe';
import { watchPage } from '../support/page-health';
import { pageSettled, storySettled } from '../support/settled';
import { htmlPages } from '../tools/dist';

/** A page's template: its first path segment, then one `*` per further segment (`/s/headline/` → `/s/*`). */
const templateOf = (path: string): string => {
  const [first = '', ...rest] = path.split('/').filter(Boolean);
  return `/${first}${rest.map(() => '/*').join('')}`;
};
const pages = htmlPages().map((page) => page.path);
/** The first built page of each template, and how many pages share it. */
const templates = [...Map.groupBy(pages, templateOf).values()].map((paths) => ({ path: paths[0] ?? '', count: paths.length }));
/** Share pages send people on with JavaScript; what stays on them is what crawlers and no-JS readers see. */
const sendsOn = (path: string): boolean => path.startsWith('/s/');

test('the build has the article, the deck, the 404 page, embeds and share pages, each template checked below', () => {
  const names = templates.map(({ path }) => templateOf(path));
  for (const name of ['/', '/404.html', '/present', '/present/*', '/embed/*', '/s/*', '/s/*/*']) expect(names).toContain(name);
});

/** Logs CSP violations as console errors (added before the page's own scripts; CSP does not apply to it). */
const reportCspViolations = (page: Page): Promise<unknown> =>
  page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      console.error(`CSP violation: ${event.violatedDirective} blocked ${event.blockedURI || 'inline'} (${event.sourceFile}:${event.lineNumber})`);
    });
  });

/** Axe violations in the light colour scheme, then those of the colour rules (all that a scheme changes) in the dark one. */
async function axeBothSchemes(page: Page, include?: string): Promise<string[]> {
  const found: string[] = [];
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme });
    await pageSettled(page);
    const rules = colorScheme === 'dark' ? COLOUR_RULES : undefined;
    found.push(...(await axeViolations(page, include, rules)).map((line) => `${colorScheme}: ${line}`));
  }
  await page.emulateMedia({ colorScheme: 'light' });
  return found;
}

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

/** Presses End (then Home) and waits until the page is there and its charts have settled. */
async function jumpToEndAndBack(page: Page): Promise<void> {
  await page.keyboard.press('End');
  await expect
    .poll(() => page.evaluate(() => Math.ceil(window.scrollY + window.innerHeight) >= document.documentElement.scrollHeight - 1))
    .toBe(true);
  await storySettled(page);
  await page.keyboard.press('Home');
  await expect.poll(() => page.evaluate(() => window.scrollY)).toBe(0);
  await storySettled(page);
}

/** A page with its own scripts blocked, as a crawler or a no-JS reader sees a share page (axe still needs JS on). */
async function withoutOwnScripts(browser: Browser, path: string, viewport?: { width: number; height: number }): Promise<Page> {
  const context = await browser.newContext(viewport ? { viewport, isMobile: true, hasTouch: true } : {});
  await context.route('**/_astro/*.js', (route) => route.abort());
  // What waits for the web faces (pageSettled) learns that they will not come: the script that brings them is blocked.
  await context.addInitScript(() => Object.assign(window, { ownScriptsBlocked: true }));
  const page = await context.newPage();
  await page.goto(path);
  return page;
}

for (const { path, count } of templates) {
  test(`${path} (and the ${count - 1} other pages like it): loads and scrolls cleanly, passes axe in light and dark, every focus stop visible`, async ({
    browser,
    page,
    baseURL,
  }) => {
    test.setTimeout(120_000);
    const problems = watchPage(page, baseURL ?? '');
    await reportCspViolations(page);
    await page.goto(path);
    if (sendsOn(path)) {
      // The page sends the reader on, cutting its own pending loads short (problems.aborted): not failures.
      await expect(page).not.toHaveURL(new RegExp(`${path}$`));
      await page.waitForLoadState('load');
      await storySettled(page);
      expect(problems.errors).toEqual([]);
      expect(problems.failed).toEqual([]);
      expect(problems.foreign).toEqual([]);
      const still = await withoutOwnScripts(browser, path);
      expect(await axeBothSchemes(still)).toEqual([]);
      await still.context().close();
      return;
    }
    await pageSettled(page);
    await jumpToEndAndBack(page);
    expect(problems.errors).toEqual([]);
    expect(problems.failed).toEqual([]);
    expect(problems.foreign).toEqual([]);
    expect(await axeBothSchemes(page)).toEqual([]);
    expect(await unfocusedStops(page)).toEqual([]);
    expect(problems.errors).toEqual([]);
  });
}

test('the article carries its CSP as a <meta> that the browser enforces, and follows the dark theme', async ({ page }) => {
  await page.goto('/');
  const policy = await page.locator('meta[http-equiv="content-security-policy"]').getAttribute('content');
  expect(policy).toMatch(/script-src 'self'/);
  expect(policy).not.toMatch(/unsafe-(inline|eval)/);
  // An inline script added after load must be refused: the violation event is the signal, the flag must stay unset.
  const ran = await page.evaluate(async () => {
    const flag = document.createElement('div');
    flag.id = 'csp-probe';
    document.body.append(flag);
    const script = document.createElement('script');
    script.textContent = "document.getElementById('csp-probe').dataset.ran = 'yes'";
    const refused = new Promise<void>((resolve) => document.addEventListener('securitypolicyviolation', () => resolve(), { once: true }));
    document.body.append(script);
    await refused;
    return flag.dataset.ran === 'yes';
  });
  expect(ran).toBe(false);
  const colours = () => page.evaluate(() => [getComputedStyle(document.body).backgroundColor, getComputedStyle(document.body).color]);
  await page.emulateMedia({ colorScheme: 'dark' });
  expect(await colours()).toEqual(['rgb(18, 19, 23)', 'rgb(232, 230, 225)']);
});

/** The story's sections with a figure: one per chart, named by the chart's slug. */
const figureSections = Object.keys(chartSpecs);

// One page per half of the figures (the halves run in parallel): a fresh load per figure cost more than its axe run.
const half = Math.ceil(figureSections.length / 2);
for (const figures of [figureSections.slice(0, half), figureSections.slice(half)]) {
  test(`axe finds no violation in the ${figures.join(', ')} figures while each is in view, light or dark`, async ({ page }) => {
    test.setTimeout(90_000);
    await page.goto('/');
    const found: string[] = [];
    for (const id of figures) {
      await expect(page.locator(`#${id} .story-figure`)).toHaveCount(1);
      await page.locator(`#${id} h2`).evaluate((h) => h.scrollIntoView({ block: 'start', behavior: 'instant' }));
      await page.mouse.wheel(0, 300);
      // The section's figure is exposed to assistive technology once its section is current.
      await expect(page.locator(`#${id} .story-figure[aria-hidden="true"]`)).toHaveCount(0);
      // The prose is checked with the whole page above; what only shows now is the section's figure.
      found.push(...(await axeBothSchemes(page, `#${id} .story-figure`)).map((line) => `${id}: ${line}`));
    }
    expect(found).toEqual([]);
  });
}

test.describe('on a phone (Lighthouse’s 412 px)', () => {
  test.use({ viewport: { width: 412, height: 823 }, isMobile: true, hasTouch: true });
  test('the article passes axe in light and dark, and no focus stop hides under the pinned chart', async ({ page }) => {
    test.setTimeout(120_000);
    await page.goto('/');
    await pageSettled(page);
    expect(await axeBothSchemes(page)).toEqual([]);
    expect(await unfocusedStops(page)).toEqual([]);
  });

  test('the deck, the speaker view and a share page pass axe in light and dark', async ({ page, browser }) => {
    for (const path of ['/present/', '/present/speaker/']) {
      await page.goto(path);
      expect(await axeBothSchemes(page), path).toEqual([]);
    }
    const share = pages.find(sendsOn) ?? '';
    const still = await withoutOwnScripts(browser, share, { width: 412, height: 823 });
    expect(await axeBothSchemes(still), share).toEqual([]);
    await still.context().close();
  });
});
