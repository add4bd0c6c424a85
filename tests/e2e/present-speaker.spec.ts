import { expect, test, type Page } from '@playwright/test';
import { currentSlide, expectSlide, openDeck, slideIds } from '../support/deck';
import { watchPage } from '../support/page-health';

/** The speaker view's parts. */
const speakerParts = (speaker: Page) => ({
  notes: speaker.getByRole('region', { name: 'Notes' }),
  next: speaker.getByRole('region', { name: 'Next' }),
  nextSlide: speaker.locator('[data-next-stage] .slide'),
});

test('s opens the speaker view in a new window: current and next slides, the notes, elapsed time and the clock', async ({
  page,
  context,
  baseURL,
}) => {
  await openDeck(page, 'headline/2');
  const [speaker] = await Promise.all([context.waitForEvent('page'), page.keyboard.press('s')]);
  const problems = watchPage(speaker, baseURL ?? '');
  await speaker.waitForLoadState();
  expect(new URL(speaker.url()).pathname).toBe('/present/speaker/');
  await expectSlide(speaker, 'headline/2');
  const { notes, nextSlide } = speakerParts(speaker);
  await expect(notes.getByRole('heading', { name: 'Notes' })).toBeVisible();
  await expect(notes).toContainText(/the price is DeepSeek['’]s assumption/);
  await expect(nextSlide).toHaveAttribute('data-slide', 'headline/3');
  await expect(nextSlide).toBeVisible();
  await expect(speaker.locator('[data-elapsed]')).toHaveText(/^0:00:0\d$/);
  await expect(speaker.locator('[data-clock]')).toHaveText(/\d{1,2}:\d{2}:\d{2}/);
  const firstClock = await speaker.locator('[data-clock]').textContent();
  await expect(speaker.locator('[data-clock]')).not.toHaveText(firstClock ?? '', { timeout: 3000 });
  expect(problems.errors).toEqual([]);
});

test('the speaker view follows the deck, and the deck follows keys pressed in the speaker view', async ({ page, context }) => {
  await openDeck(page, 'headline/1');
  const speaker = await context.newPage();
  await speaker.goto('/present/speaker/');
  await expectSlide(speaker, 'headline/1');

  await page.keyboard.press('ArrowRight');
  await expectSlide(speaker, 'headline/2');
  await page.keyboard.press('End');
  await expectSlide(speaker, 'sources');
  await expect(speakerParts(speaker).next).toContainText('End of the deck');

  await speaker.keyboard.press('Home');
  await expectSlide(page, 'title');
  await speaker.keyboard.press('PageDown');
  await speaker.keyboard.press('n');
  await expectSlide(page, 'headline/2');
  await speaker.keyboard.press('PageUp');
  await expectSlide(page, 'headline/1');
  await expect(speakerParts(speaker).notes).toContainText('Open with the number everyone remembers');
});

test('black screen goes both ways: pressed in the speaker view it blacks the deck out', async ({ page, context }) => {
  await openDeck(page, 'peers/1');
  const speaker = await context.newPage();
  await speaker.goto('/present/speaker/');
  await expectSlide(speaker, 'peers/1');
  await speaker.keyboard.press('b');
  await expect(page.locator('[data-black]')).toBeVisible();
  await expect(speaker.getByText('Screen is black')).toBeVisible();
  await page.keyboard.press('b');
  await expect(speaker.getByText('Screen is black')).toBeHidden();
});

test('a reloaded or stale speaker window reconnects to where the deck is', async ({ page, context }) => {
  await openDeck(page, 'cluster/2');
  const speaker = await context.newPage();
  await speaker.goto('/present/speaker/#title');
  await expectSlide(speaker, 'cluster/2');
  await speaker.close();
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  const again = await context.newPage();
  await again.goto('/present/speaker/#cluster/2');
  await expectSlide(again, 'cluster/4');
  await page.keyboard.press('ArrowLeft');
  await expectSlide(again, 'cluster/3');
  await again.reload();
  await expectSlide(again, 'cluster/3');
});

test('a reloaded deck takes the speaker view with it', async ({ page, context }) => {
  await openDeck(page, 'staff/1');
  const speaker = await context.newPage();
  await speaker.goto('/present/speaker/');
  await expectSlide(speaker, 'staff/1');
  await page.goto('/present/#annual/2');
  await expectSlide(speaker, 'annual/2');
});

test('every slide has its own notes in the speaker view, and the deck carries none', async ({ page, context }) => {
  await openDeck(page);
  const ids = await slideIds(page);
  expect(await page.locator('.notes-item').count()).toBe(0);
  const speaker = await context.newPage();
  await speaker.goto('/present/speaker/');
  const notesFor = await speaker
    .locator('[data-notes-for]')
    .evaluateAll((els) => els.map((el) => [(el as HTMLElement).dataset.notesFor, (el.textContent ?? '').trim().length > 20]));
  expect(notesFor).toEqual(ids.map((id) => [id, true]));
  expect(await currentSlide(speaker)).toBe('title');
});
