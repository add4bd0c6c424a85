import { expect, test, type Page } from '@playwright/test';
import { expectSlide, openDeck, slideIds } from '../support/deck';
import { axeViolations } from '../support/axe';
import { watchPage } from '../support/page-health';
import { chartSettledAt } from '../support/settled';

test('the deck opens on the title slide, names it in the address and has no console errors', async ({ page, baseURL }) => {
  const problems = watchPage(page, baseURL ?? '');
  await openDeck(page);
  await expectSlide(page, 'title');
  const ids = await slideIds(page);
  expect(ids[0]).toBe('title');
  expect(ids.slice(-2)).toEqual(['estimate', 'sources']);
  expect(ids.slice(1, -2).every((id) => /^[a-z]+\/\d+$/.test(id))).toBe(true);
  expect(problems.errors).toEqual([]);
  expect(problems.failed).toEqual([]);
});

const nextKeys = ['ArrowRight', 'ArrowDown', 'PageDown', 'Space', 'n'];
const previousKeys = ['ArrowLeft', 'ArrowUp', 'PageUp', 'Shift+Space', 'p'];

test(`${nextKeys.join(', ')} each go to the next slide; ${previousKeys.join(', ')} each to the previous one`, async ({ page }) => {
  await openDeck(page, 'headline/1');
  const ids = await slideIds(page);
  let at = ids.indexOf('headline/1');
  for (const key of nextKeys) {
    await page.keyboard.press(key);
    at += 1;
    await expectSlide(page, ids[at] ?? '');
  }
  for (const key of previousKeys) {
    await page.keyboard.press(key);
    at -= 1;
    await expectSlide(page, ids[at] ?? '');
  }
});

test('Home and End go to the first and last slides; moving stops at either end', async ({ page }) => {
  await openDeck(page, 'peers/2');
  await page.keyboard.press('End');
  await expectSlide(page, 'sources');
  await page.keyboard.press('ArrowRight');
  await expectSlide(page, 'sources');
  await page.keyboard.press('Home');
  await expectSlide(page, 'title');
  await page.keyboard.press('ArrowLeft');
  await expectSlide(page, 'title');
});

test('the address names the slide: a shared address, a reload and an edited hash open that slide', async ({ page }) => {
  await openDeck(page, 'cluster/3');
  await expectSlide(page, 'cluster/3');
  await page.keyboard.press('n');
  await expectSlide(page, 'cluster/4');
  await page.reload();
  await expectSlide(page, 'cluster/4');
  await page.evaluate(() => (location.hash = '#staff/2'));
  await expectSlide(page, 'staff/2');
  // A bare section slug opens its first step.
  await openDeck(page, 'annual');
  await expectSlide(page, 'annual/1');
});

test('moving replaces the address rather than adding history entries', async ({ page }) => {
  await openDeck(page);
  const before = await page.evaluate(() => history.length);
  for (let i = 0; i < 4; i += 1) await page.keyboard.press('ArrowRight');
  await expectSlide(page, 'headline/4');
  expect(await page.evaluate(() => history.length)).toBe(before);
});

test('a visible "Back to the article" link opens the section of the current slide', async ({ page }) => {
  await openDeck(page, 'techniques/2');
  const back = page.getByRole('link', { name: 'Back to the article' });
  await expect(back).toBeVisible();
  await expect(back).toHaveAttribute('href', '/#techniques');
  await page.keyboard.press('End');
  await expect(back).toHaveAttribute('href', '/#methods');
  await page.keyboard.press('Home');
  await expect(back).toHaveAttribute('href', '/');
  await openDeck(page, 'peers/3');
  await back.click();
  await expect(page).toHaveURL(/\/#peers$/);
  await expect(page.locator('#peers')).toBeInViewport();
});

test('o opens the overview of every slide; arrows and Enter pick one', async ({ page }) => {
  await openDeck(page, 'headline/2');
  const ids = await slideIds(page);
  await page.keyboard.press('o');
  const overview = page.getByRole('dialog', { name: 'All slides' });
  await expect(overview).toBeVisible();
  const items = overview.locator('button[data-index]');
  await expect(items).toHaveCount(ids.length);
  await expect(items.nth(ids.indexOf('headline/2'))).toBeFocused();
  await expect(items.nth(ids.indexOf('headline/2'))).toHaveAttribute('aria-current', 'true');
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('Enter');
  await expect(overview).toBeHidden();
  await expectSlide(page, 'headline/4');
});

test('Escape opens the overview and closes it again; a click picks a slide', async ({ page }) => {
  await openDeck(page, 'headline/2');
  const overview = page.getByRole('dialog', { name: 'All slides' });
  await page.keyboard.press('Escape');
  await expect(overview).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(overview).toBeHidden();
  await expectSlide(page, 'headline/2');
  await page.keyboard.press('o');
  await overview.getByRole('button', { name: /^\d+\. Sources$/ }).click();
  await expect(overview).toBeHidden();
  await expectSlide(page, 'sources');
  await page.keyboard.press('o');
  await page.keyboard.press('o');
  await expect(overview).toBeHidden();
});

test('b and . each black the screen out and bring it back', async ({ page }) => {
  await openDeck(page, 'peers/1');
  const black = page.locator('[data-black]');
  for (const key of ['b', '.']) {
    await expect(black).toBeHidden();
    await page.keyboard.press(key);
    await expect(black).toBeVisible();
    const box = await black.boundingBox();
    expect(box, key).toMatchObject({ x: 0, y: 0, width: 1280, height: 720 });
    await page.keyboard.press(key);
    await expect(black).toBeHidden();
    await expectSlide(page, 'peers/1');
  }
});

test('? shows the key help, and ? or Escape closes it', async ({ page }) => {
  await openDeck(page);
  const help = page.getByRole('dialog', { name: 'Keys' });
  await page.keyboard.press('?');
  await expect(help).toBeVisible();
  for (const text of ['Page Down', 'Page Up', 'Home', 'Overview', 'Black screen', 'Full screen', 'Speaker view'])
    await expect(help).toContainText(text);
  // Keys do not move the deck behind the help.
  await page.keyboard.press('ArrowRight');
  await expectSlide(page, 'title');
  await page.keyboard.press('?');
  await expect(help).toBeHidden();
  await page.keyboard.press('?');
  await page.keyboard.press('Escape');
  await expect(help).toBeHidden();
  await expect(page.getByRole('dialog', { name: 'All slides' })).toBeHidden();
});

test('f toggles full screen', async ({ page }) => {
  await openDeck(page);
  await page.keyboard.press('f');
  await expect.poll(() => page.evaluate(() => document.fullscreenElement !== null)).toBe(true);
  await page.keyboard.press('f');
  await expect.poll(() => page.evaluate(() => document.fullscreenElement === null)).toBe(true);
});

test('the control buttons on the stage move the deck', async ({ page }) => {
  await openDeck(page, 'headline/1');
  await page.getByRole('button', { name: 'Next slide' }).click();
  await expectSlide(page, 'headline/2');
  await page.getByRole('button', { name: 'Previous slide' }).click();
  await expectSlide(page, 'headline/1');
});

test('a swipe left goes forward and a swipe right goes back', async ({ page }) => {
  await openDeck(page, 'headline/2');
  const cdp = await page.context().newCDPSession(page);
  const swipe = async (fromX: number, toX: number): Promise<void> => {
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: [{ x: fromX, y: 360 }] });
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: [{ x: (fromX + toX) / 2, y: 362 }] });
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: [{ x: toX, y: 364 }] });
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
  };
  await swipe(900, 500);
  await expectSlide(page, 'headline/3');
  await swipe(500, 900);
  await swipe(500, 900);
  await expectSlide(page, 'headline/1');
});

/** Records every width a mark takes (in a data attribute on <body>), to tell a transition from a jump. */
const recordWidths = (page: Page, selector: string) =>
  page.locator(selector).evaluate((mark) => {
    document.body.dataset.widths = '';
    new MutationObserver(() => {
      document.body.dataset.widths += `${mark.getAttribute('width')} `;
    }).observe(mark, { attributeFilter: ['width'] });
  });
const recordedWidths = async (page: Page): Promise<string[]> => [
  ...new Set((await page.evaluate(() => document.body.dataset.widths ?? '')).trim().split(' ').filter(Boolean)),
];

/** The chart of a slide. */
const slideChart = (page: Page, slide: string) => page.locator(`.slide[data-slide="${slide}"] story-chart`);

/** The context bar of the headline chart on its second slide, whose width changes from the first step to the second. */
const contextBar = '.slide[data-slide="headline/2"] [data-key="bar-context"]';

/** Opens the deck on headline/1, starts recording the context bar's widths and steps to headline/2; returns the bar's width at rest there. */
async function stepToHeadlineContext(page: Page): Promise<string | null> {
  await openDeck(page, 'headline/1');
  const finalWidth = await page.locator(contextBar).getAttribute('width');
  await recordWidths(page, contextBar);
  await page.keyboard.press('ArrowRight');
  await expectSlide(page, 'headline/2');
  return finalWidth;
}

test.describe('with motion', () => {
  test.use({ reducedMotion: 'no-preference' });
  test('stepping within a section animates the chart; a jump draws it at once', async ({ page }) => {
    const finalWidth = await stepToHeadlineContext(page);
    await chartSettledAt(slideChart(page, 'headline/2'), (await page.locator('.slide[data-slide="headline/2"]').getAttribute('data-step')) ?? '');
    const stepped = await recordedWidths(page);
    expect(stepped.length).toBeGreaterThan(3);
    expect(stepped.at(-1)).toBe(finalWidth);

    await page.keyboard.press('Home');
    await recordWidths(page, contextBar);
    await page.evaluate(() => (location.hash = '#headline/2'));
    await expectSlide(page, 'headline/2');
    // Drawn in the same task that showed the slide: at rest already, with no frame in between.
    await expect(slideChart(page, 'headline/2')).toHaveAttribute('data-settled', 'true');
    expect(await recordedWidths(page)).toEqual([]);
    expect(await page.locator(contextBar).getAttribute('width')).toBe(finalWidth);
  });
});

test.describe('under reduced motion', () => {
  test.use({ reducedMotion: 'reduce' });
  test('charts change step at once', async ({ page }) => {
    const finalWidth = await stepToHeadlineContext(page);
    await expect(slideChart(page, 'headline/2')).toHaveAttribute('data-settled', 'true');
    // Set to the previous step's state, then straight to this one: no frames in between.
    expect((await recordedWidths(page)).length).toBeLessThanOrEqual(2);
    expect(await page.locator(contextBar).getAttribute('width')).toBe(finalWidth);
  });
});

test('the deck’s overview and its key help pass axe (WCAG 2.2 A/AA; the deck itself: quality-templates.spec.ts)', async ({ page }) => {
  await openDeck(page, 'cluster/3');
  await page.keyboard.press('o');
  await expect(page.getByRole('dialog', { name: 'All slides' })).toBeVisible();
  expect(await axeViolations(page, '[data-overview]')).toEqual([]);
  await page.keyboard.press('o');
  await page.keyboard.press('?');
  await expect(page.getByRole('dialog', { name: 'Keys' })).toBeVisible();
  expect(await axeViolations(page, '[data-help]')).toEqual([]);
});
