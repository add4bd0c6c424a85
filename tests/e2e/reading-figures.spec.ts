/**
 * Figures in prose read cleanly: copying gives the text on screen, screen readers hear prose and numbers
 * (sources on demand, once per step), the keyboard is not stopped at every number, and it all works without JavaScript.
 */
import { expect, test, type Page } from '@playwright/test';

/** The text a reader sees in an element: its rendered text nodes, leaving out hidden and visually-hidden ones. */
const visibleText = (page: Page, selector: string): Promise<string[]> =>
  page.locator(selector).evaluateAll((elements) =>
    elements.map((element) => {
      const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
      let text = '';
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const parent = node.parentElement;
        if (!parent?.checkVisibility({ checkVisibilityCSS: true })) continue;
        const box = parent.getBoundingClientRect();
        if (box.width <= 1 && box.height <= 1) continue;
        text += node.textContent ?? '';
      }
      return text.replace(/\s+/g, ' ').trim();
    }),
  );

/** What selecting each element's whole contents (as a reader does to copy it) puts in the selection. */
const selectedText = (page: Page, selector: string): Promise<string[]> =>
  page.locator(selector).evaluateAll((elements) =>
    elements.map((element) => {
      const range = document.createRange();
      range.selectNodeContents(element);
      const selection = window.getSelection();
      selection?.removeAllRanges();
      selection?.addRange(range);
      return (selection?.toString() ?? '').replace(/\s+/g, ' ').trim();
    }),
  );

const withFigures = '.prose p:has(.fig), .prose li:has(.fig), .prose td:has(.fig)';

test('copying a paragraph gives exactly the text on screen, with no source words', async ({ page }) => {
  await page.goto('/');
  const shown = await visibleText(page, withFigures);
  const selected = await selectedText(page, withFigures);
  expect(shown.length).toBeGreaterThan(30);
  expect(selected).toEqual(shown);
  for (const text of selected) expect(text).not.toMatch(/source:|Confirmed in the source|An estimate by|Stated by|Derived on this page/);
});

test('the clipboard gets the figures as numbers only', async ({ page, context, baseURL }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseURL });
  await page.goto('/#cluster');
  const paragraph = page.locator('#step-cluster-run p').first();
  await paragraph.scrollIntoViewIfNeeded();
  const [shown] = await visibleText(page, '#step-cluster-run p:first-of-type');
  // A reader's pointer resting on a figure shows its card; the card must still stay out of the copy.
  await paragraph.locator('.fig').first().hover();
  await paragraph.evaluate((p) => {
    const range = document.createRange();
    range.selectNodeContents(p);
    window.getSelection()?.removeAllRanges();
    window.getSelection()?.addRange(range);
  });
  await page.keyboard.press('ControlOrMeta+C');
  const copied = (await page.evaluate(() => navigator.clipboard.readText())).replace(/\s+/g, ' ').trim();
  expect(copied).toBe(shown);
  expect(copied).not.toContain('DeepSeek-V3 Technical Report');
});

/** Words in an accessibility snapshot's names and text, without its role markup. */
const spokenWords = (snapshot: string): number =>
  snapshot
    .split('\n')
    .map((line) =>
      line.replace(/^\s*- /, '').replace(/^(\/url|[a-z]+)(\s+"[^"]*")?(\s+\[[^\]]*\])*:?\s*/, (_, _role, name: string | undefined) => name ?? ''),
    )
    .join(' ')
    .split(/\s+/)
    .filter((word) => /\w/.test(word)).length;

test('a screen reader hears the prose and numbers of a step, and a sources control, not a citation per number', async ({ page }) => {
  await page.goto('/');
  const step = page.locator('#step-cluster-run');
  const snapshot = await step.ariaSnapshot();
  expect(snapshot).toContain('2,048');
  expect(snapshot).not.toMatch(/Confirmed in the source|source:|DeepSeek-V3 Technical Report/);
  await expect(step.getByRole('group').getByText(/^Sources of the \d+ figures above$/)).toBeVisible();

  // Opening it gives every figure's status and source, each a link to the sources list.
  await step.locator('.fig-sources summary').click();
  const opened = await step.locator('.fig-sources').ariaSnapshot();
  expect(opened).toMatch(/strong: "?2,048"?\n\s*- text: ": Confirmed in the source/);
  expect(opened).toMatch(/link "DeepSeek-V3 Technical Report"/);
});

test('across the article, a screen reader hears about as many words as the page shows', async ({ page }) => {
  await page.goto('/');
  let spoken = 0;
  for (const step of await page.locator('.step').all()) spoken += spokenWords(await step.ariaSnapshot());
  const shown = (await visibleText(page, '.step'))
    .join(' ')
    .split(/\s+/)
    .filter((word) => /\w/.test(word)).length;
  test.info().annotations.push({ type: 'spoken/shown', description: (spoken / shown).toFixed(2) });
  expect(spoken / shown).toBeLessThan(1.1);
});

test('every figure has its source in the next sources list, inside its own step', async ({ page }) => {
  await page.goto('/');
  const missing = await page.locator('.prose .fig').evaluateAll((figures) =>
    figures.flatMap((fig) => {
      const id = (fig as HTMLElement).dataset.fig ?? '';
      const lists = [...(fig.closest('section')?.querySelectorAll('.fig-sources') ?? [])];
      const list = lists.find((l) => fig.compareDocumentPosition(l) & Node.DOCUMENT_POSITION_FOLLOWING);
      const sameStep = list?.closest('.step') === fig.closest('.step');
      return sameStep && list?.querySelector(`li[data-fig="${CSS.escape(id)}"] a[href^="#source-"]`) ? [] : [id];
    }),
  );
  expect(missing).toEqual([]);
});

test('Tab stops inside step paragraphs and list items are no more than the section has steps', async ({ page }) => {
  await page.goto('/');
  await page.locator('#headline-title a').focus();
  const bySection = new Map<string, { steps: number; inText: number; sources: number }>();
  for (const slug of await page.locator('main > section').evaluateAll((s) => s.map((el) => el.id))) {
    bySection.set(slug, { steps: await page.locator(`#${slug} .step`).count(), inText: 0, sources: 0 });
  }
  for (let presses = 0; presses < 600; presses += 1) {
    await page.keyboard.press('Tab');
    const where = await page.evaluate(() => {
      const el = document.activeElement;
      return {
        section: el?.closest('main > section')?.id ?? '',
        inText: Boolean(el?.closest('.step p, .step li')) && !el?.closest('.step-nav'),
        sources: Boolean(el?.matches('.step .fig-sources summary')),
        footer: !el?.closest('main'),
      };
    });
    if (where.footer) break;
    const counts = bySection.get(where.section);
    if (!counts) continue;
    if (where.inText) counts.inText += 1;
    if (where.sources) counts.sources += 1;
  }
  const report = [...bySection].map(([slug, c]) => `${slug}: ${c.inText} in text, ${c.sources} sources controls, ${c.steps} steps`).join('; ');
  test.info().annotations.push({ type: 'tab stops', description: report });
  for (const [slug, counts] of bySection) {
    expect(counts.inText, `${slug}: ${report}`).toBeLessThanOrEqual(counts.steps);
    // Each step's sources are reachable from the keyboard: one control per step with figures.
    expect(counts.sources, slug).toBe(await page.locator(`#${slug} .step:has(.fig) > .fig-sources`).count());
  }
});

test("a keyboard reader opens a step's sources and follows one to the sources list", async ({ page }) => {
  await page.goto('/');
  const summary = page.locator('#step-cluster-run .fig-sources summary');
  await summary.focus();
  await page.keyboard.press('Enter');
  await expect(page.locator('#step-cluster-run .fig-sources')).toHaveAttribute('open', '');
  await page.keyboard.press('Tab');
  const link = page.locator('#step-cluster-run .fig-sources a').first();
  await expect(link).toBeFocused();
  const href = await link.getAttribute('href');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(new RegExp(`${href}$`));
  await expect(page.locator(href ?? '#none')).toBeInViewport();
});

test.describe('with JavaScript off', () => {
  test.use({ javaScriptEnabled: false });
  test("the sources are there: a step's list opens and links to the sources list; the card shows on hover", async ({ page }) => {
    await page.goto('/');
    const sources = page.locator('#step-cluster-run .fig-sources');
    await sources.locator('summary').click();
    await expect(sources.locator('li').first()).toBeVisible();
    const href = await sources.locator('a').first().getAttribute('href');
    await expect(page.locator(href ?? '#none')).toHaveCount(1);
    const fig = page.locator('#step-cluster-run .fig').first();
    await fig.hover();
    await expect(fig.locator('.fig-card')).toBeVisible();
    await expect(fig.locator('.fig-card')).toContainText('DeepSeek-V3 Technical Report');
  });
});
