/** The estimate slide: the live calculator in the deck, its keys, its address, the speaker view and the printed page. */
import { expect, test, type Page } from '@playwright/test';
import { value } from '../../src/lib/figure';
import { formatUsd } from '../../src/lib/format';
import { computeCosts } from '../../src/model/cost';
import { presets, type Inputs } from '../../src/model/inputs';
import { expectSlide, slideIds } from '../support/deck';
import { watchPage } from '../support/page-health';

/** The total the model gives for Central with some settings changed (what the slide must show). */
const totalFor = (changes: Partial<Inputs>): string =>
  formatUsd(computeCosts({ ...presets.central, ...changes }, value('v3.gpuHours.total')).totalPerYear);

const slide = (page: Page) => page.locator('[data-stage] .slide[data-slide="estimate"]');
const total = (page: Page) => slide(page).locator('output[name="total"]');
const field = (page: Page, name: string) => slide(page).getByRole('spinbutton', { name });

async function openEstimate(page: Page, query = ''): Promise<void> {
  await page.goto(`/present/${query}#estimate`);
  await expectSlide(page, 'estimate');
  await expect(slide(page).getByRole('form', { name: 'Change the estimate' })).toBeVisible();
  await expect(slide(page).locator('cost-calculator[data-ready]')).toHaveCount(1);
}

test('the estimate slide comes before the sources and shows the total, Low/Central/High, the fleet, its price, the staff and the bar', async ({
  page,
  baseURL,
}) => {
  const problems = watchPage(page, baseURL ?? '');
  await openEstimate(page);
  const ids = await slideIds(page);
  expect(ids.slice(-2)).toEqual(['estimate', 'sources']);
  await expect(total(page)).toHaveText(totalFor({}));
  for (const name of ['Low', 'Central', 'High']) await expect(slide(page).getByRole('button', { name })).toBeVisible();
  await expect(field(page, 'GPUs in the fleet')).toHaveValue(String(presets.central.gpus));
  await expect(field(page, 'Price of one GPU')).toHaveValue(String(presets.central.pricePerGpu));
  await expect(field(page, 'Staff')).toHaveValue(String(presets.central.headcount));
  await expect(slide(page).locator('svg[data-chart="breakdown"] rect[data-key^="bar-"]')).toHaveCount(4);
  expect(problems.errors).toEqual([]);
});

test('presets change the total, and the settings live in the query before the hash, kept on reload', async ({ page }) => {
  await openEstimate(page);
  await slide(page).getByRole('button', { name: 'High' }).click();
  await expect(total(page)).toHaveText(totalFor(presets.high));
  await slide(page).getByRole('button', { name: 'Low' }).click();
  await expect(total(page)).toHaveText(totalFor(presets.low));
  await expect(slide(page).getByRole('button', { name: 'Low' })).toHaveAttribute('aria-pressed', 'true');
  await slide(page).getByRole('button', { name: 'Central' }).click();
  await expect(total(page)).toHaveText(totalFor({}));

  await field(page, 'Price of one GPU').fill('40000');
  await expect(total(page)).toHaveText(totalFor({ pricePerGpu: 40000 }));
  expect(new URL(page.url()).search).toBe('?pricePerGpu=40000');
  expect(new URL(page.url()).hash).toBe('#estimate');
  await page.reload();
  await expectSlide(page, 'estimate');
  await expect(total(page)).toHaveText(totalFor({ pricePerGpu: 40000 }));
  await expect(field(page, 'Price of one GPU')).toHaveValue('40000');

  // Same parameter names as the article: the back link opens the article's calculator with this estimate.
  await field(page, 'Staff').fill('250');
  await page.getByRole('link', { name: 'Back to the article' }).click();
  await expect(page).toHaveURL(/\/\?pricePerGpu=40000&headcount=250#methods$/);
  await expect(page.locator('#calc-total')).toHaveText(totalFor({ pricePerGpu: 40000, headcount: 250 }));
});

test('keys in a field edit it and never move the deck; Escape leaves the field, a second Escape opens the overview', async ({ page }) => {
  await openEstimate(page, '?gpus=40000');
  const gpus = field(page, 'GPUs in the fleet');
  await expect(gpus).toHaveValue('40000');
  await gpus.focus();
  for (const key of ['ArrowUp', 'ArrowDown', 'ArrowRight', 'ArrowLeft', 'Home', 'End', 'n', 'p', 'b', 'o', 's', ' ']) await page.keyboard.press(key);
  await expectSlide(page, 'estimate');
  await expect(page.locator('[data-black]')).toBeHidden();
  await gpus.fill('');
  await page.keyboard.type('50000');
  await page.keyboard.press('ArrowUp');
  await expect(gpus).toHaveValue('50001');
  await expect(total(page)).toHaveText(totalFor({ gpus: 50001 }));
  await expectSlide(page, 'estimate');

  await page.keyboard.press('Escape');
  await expect(gpus).not.toBeFocused();
  await expect(page.locator('[data-overview]')).not.toHaveAttribute('open');
  await expectSlide(page, 'estimate');
  await page.keyboard.press('Escape');
  await expect(page.locator('[data-overview]')).toHaveAttribute('open');
});

test('PageDown and PageUp in a field leave it and move the deck', async ({ page }) => {
  await openEstimate(page);
  const staff = field(page, 'Staff');
  await staff.focus();
  await page.keyboard.press('PageDown');
  await expectSlide(page, 'sources');
  expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('BODY');
  await page.keyboard.press('PageUp');
  await expectSlide(page, 'estimate');
  await slide(page).getByRole('button', { name: 'High' }).focus();
  await page.keyboard.press('PageUp');
  const ids = await slideIds(page);
  await expectSlide(page, ids.at(-3) ?? '');
});

test('the speaker view shows the same total and follows changes made in either window', async ({ page, context }) => {
  await openEstimate(page, '?gpus=40000');
  const [speaker] = await Promise.all([context.waitForEvent('page'), page.keyboard.press('s')]);
  await speaker.waitForLoadState();
  await expectSlide(speaker, 'estimate');
  await expect(total(speaker)).toHaveText(totalFor({ gpus: 40000 }));

  await field(page, 'Price of one GPU').fill('45000');
  await expect(total(speaker)).toHaveText(totalFor({ gpus: 40000, pricePerGpu: 45000 }));
  await expect(field(speaker, 'Price of one GPU')).toHaveValue('45000');

  await slide(speaker).getByRole('button', { name: 'High' }).click();
  await expect(total(page)).toHaveText(totalFor(presets.high));
  await expect(total(speaker)).toHaveText(totalFor(presets.high));
  // The deck's address keeps what the speaker view set.
  await expect.poll(() => new URL(page.url()).searchParams.get('gpus')).toBe(String(presets.high.gpus));
});

test('a speaker view opened on its own asks the deck and shows its estimate', async ({ page, context }) => {
  await openEstimate(page, '?headcount=400');
  const speaker = await context.newPage();
  await speaker.goto('/present/speaker/');
  await expectSlide(speaker, 'estimate');
  await expect(total(speaker)).toHaveText(totalFor({ headcount: 400 }));
});

test('the deck loads its calculator with the estimate slide; settings the speaker view sends before then are shown once it has', async ({
  page,
  context,
}) => {
  let release = (): void => undefined;
  const held = new Promise<void>((resolve) => (release = resolve));
  // The deck's calculator code (src/calculator/element.ts) is held back; the speaker view's is not.
  await page.route(/\/_astro\/element\.[\w-]+\.js$/, async (route) => {
    await held;
    await route.continue();
  });
  await page.goto('/present/?headcount=400#estimate');
  await expectSlide(page, 'estimate');
  // A speaker view opened on its own asks the deck, which answers with the address's settings.
  const speaker = await context.newPage();
  await speaker.goto('/present/speaker/');
  await expectSlide(speaker, 'estimate');
  await expect(slide(speaker).locator('cost-calculator[data-ready]')).toHaveCount(1);
  await expect(total(speaker)).toHaveText(totalFor({ headcount: 400 }));
  await slide(speaker).getByRole('button', { name: 'High' }).click();
  await expect(slide(page).locator('cost-calculator[data-ready]')).toHaveCount(0);
  release();
  await expect(total(page)).toHaveText(totalFor(presets.high));
  await expect(slide(page).locator('cost-calculator[data-ready]')).toHaveCount(1);
});

test('opened elsewhere with settings in its address, the deck loads the calculator as the estimate slide is built', async ({ page }) => {
  await page.goto('/present/?gpus=40000&headcount=300');
  await expectSlide(page, 'title');
  await expect(page.locator('[data-stage]')).toHaveAttribute('data-built', 'all');
  // Not shown, yet live: the overview, the speaker's preview and print copy what it shows.
  await expect(slide(page).locator('cost-calculator[data-ready]')).toHaveCount(1);
  await expect(total(page)).toHaveText(totalFor({ gpus: 40000, headcount: 300 }));
});

test('on paper the slide holds the estimate of its address, with its breakdown', async ({ page }) => {
  await openEstimate(page, '?gpus=40000&headcount=300');
  await page.emulateMedia({ media: 'print' });
  await expect(total(page)).toHaveText(totalFor({ gpus: 40000, headcount: 300 }));
  await expect(slide(page)).toBeVisible();
  await expect(slide(page).locator('svg[data-chart="breakdown"]')).toHaveAttribute(
    'aria-label',
    new RegExp(`^Total per year ${totalFor({ gpus: 40000, headcount: 300 }).replace('$', '\\$')}`),
  );
  await expect(field(page, 'GPUs in the fleet')).toHaveValue('40000');
});
