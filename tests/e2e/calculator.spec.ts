import { expect, test, type Locator, type Page } from '@playwright/test';
import { watchPage } from '../support/page-health';
import { facesLoaded, twoFrames } from '../support/settled';

/** "$554M" → 554e6, "$1.27B" → 1.27e9. */
function dollars(text: string): number {
  const match = /^\$([\d,.]+)([KMB]?)$/.exec(text.trim());
  if (!match) throw new Error(`"${text}" is not written like $554M or $1.27B`);
  const scale = { '': 1, K: 1e3, M: 1e6, B: 1e9 }[match[2] ?? ''] ?? 1;
  return Number((match[1] ?? '').replace(/,/g, '')) * scale;
}

const calculator = (page: Page): Locator => page.locator('#methods cost-calculator');
const total = (page: Page): Locator => calculator(page).locator('output[name="total"]');
const field = (page: Page, label: string): Locator => calculator(page).getByRole('spinbutton', { name: label, exact: true });
const slider = (page: Page, label: string): Locator => calculator(page).getByRole('slider', { name: label, exact: true });
const chart = (page: Page, name: string): Locator => calculator(page).locator(`svg[data-chart="${name}"]`);
const button = (page: Page, name: string): Locator => calculator(page).getByRole('button', { name, exact: true });

/** Waits until the calculator's code has taken over its form (until then it shows the server's Central numbers). */
const live = (page: Page): Promise<void> => expect(page.locator('#methods cost-calculator[data-ready]')).toHaveCount(1);

/** Opens the page at the calculator, live (motion reduced, as throughout the suite, so charts redraw at once). */
async function open(page: Page, search = ''): Promise<void> {
  await page.goto(`/${search}#methods`);
  await expect(calculator(page).locator('form')).toBeVisible();
  await live(page);
}

test('changing a control updates the total, both charts and the address, without console errors', async ({ page, baseURL }) => {
  const problems = watchPage(page, baseURL ?? '');
  await open(page);
  const before = await total(page).innerText();
  const breakdown = await chart(page, 'breakdown').innerHTML();
  const tornado = await chart(page, 'tornado').innerHTML();

  await field(page, 'GPUs in the fleet').fill('50000');
  await expect(total(page)).not.toHaveText(before);
  const after = await total(page).innerText();
  expect(dollars(after)).toBeGreaterThan(dollars(before));
  await expect.poll(() => chart(page, 'breakdown').innerHTML()).not.toBe(breakdown);
  await expect.poll(() => chart(page, 'tornado').innerHTML()).not.toBe(tornado);
  await expect(chart(page, 'breakdown')).toHaveAttribute('aria-label', new RegExp(after.replace('$', '\\$')));
  await expect(slider(page, 'GPUs in the fleet')).toHaveValue('50000');

  const url = new URL(page.url());
  expect([...url.searchParams.keys()]).toEqual(['gpus']);
  expect(url.hash).toBe('#methods');

  await slider(page, 'Cost of one person, fully loaded').fill('600000');
  await expect(field(page, 'Cost of one person, fully loaded')).toHaveValue('600000');
  expect(dollars(await total(page).innerText())).toBeGreaterThan(dollars(after));
  expect(problems.errors).toEqual([]);
});

test('the presets order Low < Central < High, and the ratio to the headline follows the total', async ({ page }) => {
  await open(page);
  const totals: number[] = [];
  const ratios: string[] = [];
  for (const name of ['Low', 'Central', 'High']) {
    await button(page, name).click();
    await expect(button(page, name)).toHaveAttribute('aria-pressed', 'true');
    totals.push(dollars(await total(page).innerText()));
    ratios.push(await calculator(page).locator('[data-ratio]').innerText());
  }
  expect(totals[0]).toBeLessThan(totals[1] ?? 0);
  expect(totals[1]).toBeLessThan(totals[2] ?? 0);
  expect(new Set(ratios).size).toBe(3);
  await expect(total(page)).toHaveText('$1.27B');
  await button(page, 'Central').click();
  await expect(total(page)).toHaveText('$554M');
  expect(new URL(page.url()).search).toBe('');
});

test('a shared address restores the controls and the total', async ({ page, browser }) => {
  await open(page);
  await button(page, 'High').click();
  await field(page, 'Staff').fill('250');
  await field(page, 'Electricity price').fill('0.12');
  const shownTotal = await total(page).innerText();
  const shared = page.url();
  const params = new URL(shared).searchParams;
  expect(params.get('headcount')).toBe('250');
  // Only what differs from Central is written: every preset uses the same rental price.
  expect(params.has('rentalPerGpuHour')).toBe(false);

  const other = await browser.newPage();
  await other.emulateMedia({ reducedMotion: 'reduce' });
  await other.goto(shared);
  await live(other);
  await expect(total(other)).toHaveText(shownTotal);
  await expect(field(other, 'Staff')).toHaveValue('250');
  await expect(field(other, 'Electricity price')).toHaveValue('0.12');
  await expect(field(other, 'GPUs in the fleet')).toHaveValue(params.get('gpus') ?? '');
  await expect(calculator(other).locator('[data-notes]')).toBeHidden();

  await field(other, 'Staff').fill('10');
  await button(other, 'Reset').click();
  await expect(field(other, 'Staff')).toHaveValue('250');
  await expect(total(other)).toHaveText(shownTotal);
  await other.close();
});

test('an invalid value gets a message beside its field and the last valid total stays', async ({ page }) => {
  await open(page);
  const gpus = field(page, 'GPUs in the fleet');
  await gpus.fill('40000');
  const valid = await total(page).innerText();
  const address = page.url();

  for (const bad of ['-5', '2000000', '1.5', '']) {
    await gpus.fill(bad);
    await expect(gpus).toHaveAttribute('aria-invalid', 'true');
    const errorId = (await gpus.getAttribute('aria-describedby'))?.split(' ').find((id) => id.endsWith('-error')) ?? '';
    const message = page.locator(`[id="${errorId}"]`);
    await expect(message).toBeVisible();
    expect((await message.innerText()).length).toBeGreaterThan(5);
    await expect(total(page)).toHaveText(valid);
    expect(page.url()).toBe(address);
  }
  await expect(calculator(page)).not.toContainText(/NaN|Infinity/);

  await field(page, 'Written off over').fill('0');
  await expect(field(page, 'Written off over')).toHaveAttribute('aria-invalid', 'true');
  await expect(total(page)).toHaveText(valid);

  await gpus.fill('20000');
  await expect(gpus).not.toHaveAttribute('aria-invalid', 'true');
  await expect(total(page)).not.toHaveText(valid);
});

test('the edges never show NaN, Infinity or a negative amount', async ({ page }) => {
  await open(page);
  await field(page, 'GPUs in the fleet').fill('0');
  await field(page, 'Staff').fill('0');
  await expect(total(page)).toHaveText('$0');
  await field(page, 'GPUs in the fleet').fill('1000000');
  await field(page, 'Written off over').fill('1');
  await field(page, 'Price of one GPU').fill('500000');
  const text = await calculator(page).locator('form').innerText();
  expect(text).not.toMatch(/NaN|Infinity|-\$/);
  expect(dollars(await total(page).innerText())).toBeGreaterThan(1e11);
});

test('the calculator works with the keyboard alone', async ({ page }) => {
  await open(page);
  // Start at the section heading's link, then only keys.
  await page.locator('#methods h2 a').focus();
  const start = dollars(await total(page).innerText());

  const tabTo = async (target: Locator): Promise<void> => {
    for (let i = 0; i < 200; i += 1) {
      if (await target.evaluate((el) => el === document.activeElement)) return;
      await page.keyboard.press('Tab');
    }
    throw new Error('could not reach the control with Tab');
  };

  await tabTo(button(page, 'Low'));
  await page.keyboard.press('Enter');
  await expect(button(page, 'Low')).toHaveAttribute('aria-pressed', 'true');
  expect(dollars(await total(page).innerText())).toBeLessThan(start);

  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  await expect(button(page, 'High')).toBeFocused();
  await page.keyboard.press('Space');
  const high = dollars(await total(page).innerText());
  expect(high).toBeGreaterThan(start);

  await tabTo(slider(page, 'GPUs in the fleet'));
  await page.keyboard.press('ArrowRight');
  await expect(field(page, 'GPUs in the fleet')).toHaveValue('51000');
  expect(dollars(await total(page).innerText())).toBeGreaterThan(high);

  await page.keyboard.press('Tab');
  await expect(field(page, 'GPUs in the fleet')).toBeFocused();
  await page.keyboard.press('Control+A');
  await page.keyboard.type('10000');
  await expect(slider(page, 'GPUs in the fleet')).toHaveValue('10000');
  expect(dollars(await total(page).innerText())).toBeLessThan(high);
});

test('bad query parameters are ignored with a visible note, never a broken page', async ({ page, baseURL }) => {
  const problems = watchPage(page, baseURL ?? '');
  await open(page, '?gpus=-5&colour=blue&pue=abc&headcount=250&gpus=7');
  const notes = calculator(page).locator('[data-notes]');
  await expect(notes).toBeVisible();
  await expect(notes.locator('li')).toHaveCount(4);
  await expect(notes).toContainText('gpus=-5');
  await expect(notes).toContainText('colour');
  await expect(field(page, 'GPUs in the fleet')).toHaveValue('35000');
  await expect(field(page, 'Staff')).toHaveValue('250');

  const reference = await page.context().newPage();
  await reference.goto('/?headcount=250#methods');
  // The calculator's code loads as it nears: read its total once it has taken over the form.
  await live(reference);
  await expect(total(page)).toHaveText(await total(reference).innerText());
  await expect(calculator(reference).locator('[data-notes]')).toBeHidden();
  await reference.close();
  expect(problems.errors).toEqual([]);
});

test('without JavaScript the section shows the three presets and their breakdown as a table', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/#methods');
  await expect(calculator(page).locator('form')).toBeHidden();
  const table = calculator(page).getByRole('table', { name: 'What each preset adds up to' });
  await expect(table).toBeVisible();
  await expect(table.getByRole('columnheader')).toHaveText(['Line', 'Low', 'Central', 'High']);
  for (const line of ['Hardware per year', 'Power per year', 'Other running costs per year', 'Staff per year']) {
    await expect(table.getByRole('row', { name: new RegExp(`^${line}`) })).toHaveCount(1);
  }
  const totals = table.getByRole('row', { name: /^Total per year/ }).getByRole('cell');
  await expect(totals).toHaveCount(3);
  const [low, central, high] = (await totals.allInnerTexts()).map(dollars);
  expect(central).toBe(dollars('$554M'));
  expect(low).toBeLessThan(central ?? 0);
  expect(high).toBe(dollars('$1.27B'));
  await context.close();
});

test('with JavaScript the presets table folds away behind "Show the presets"', async ({ page }) => {
  await open(page);
  const details = calculator(page).locator('details[data-presets]');
  await expect(details).not.toHaveAttribute('open', '');
  await details.locator('summary').click();
  await expect(details.getByRole('table').first()).toBeVisible();
});

for (const viewport of [
  { width: 375, height: 812 },
  { width: 1280, height: 800 },
]) {
  test.describe(`at ${viewport.width} px`, () => {
    test.use({ viewport });
    test('the calculator takes its full room before its code arrives: the page does not grow when it loads', async ({ page }) => {
      await page.goto('/');
      // The web faces come in after the first paint and lay the page out again: measure after that.
      await facesLoaded(page);
      // Far from the calculator: its code has not been fetched, yet the form shows with the server's Central numbers.
      expect(await page.evaluate(() => customElements.get('cost-calculator'))).toBeUndefined();
      await expect(calculator(page).locator('form')).toBeVisible();
      const height = () => page.evaluate(() => [document.documentElement.scrollHeight, document.querySelector('cost-calculator')?.clientHeight]);
      const before = await height();
      await calculator(page).evaluate((el) => el.scrollIntoView({ block: 'start', behavior: 'instant' }));
      await live(page);
      await twoFrames(page); // its first draw laid out and painted
      expect(await height()).toEqual(before);
    });
  });
}

test('the downloads are linked from the section and served', async ({ page, request }) => {
  await open(page);
  const links = calculator(page).locator('.calc-downloads a');
  await expect(links).toHaveCount(4);
  for (const href of await links.evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).href))) {
    const response = await request.get(href);
    expect(response.status(), href).toBe(200);
    const body = await response.text();
    if (href.endsWith('.json')) expect(() => JSON.parse(body) as unknown).not.toThrow();
    else expect(body.split('\r\n').length, href).toBeGreaterThan(10);
    expect(body, href).not.toMatch(/NaN|Infinity/);
  }
  const model = (await (await request.get(new URL('data/model.json', page.url()).href)).json()) as {
    results: { key: string; presets: Record<string, number> }[];
  };
  const modelTotal = model.results.find((r) => r.key === 'totalPerYear')?.presets.central ?? 0;
  expect(Math.round(modelTotal / 1e6)).toBe(554);
});

test('nothing is wider than a 320 px screen', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 640 });
  await open(page);
  await calculator(page).scrollIntoViewIfNeeded();
  const widest = await calculator(page).evaluate((root) =>
    Math.max(...[root, ...root.querySelectorAll('*')].filter((el) => !el.closest('.calc-table-wrap')).map((el) => el.getBoundingClientRect().right)),
  );
  expect(widest).toBeLessThanOrEqual(320);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
});
