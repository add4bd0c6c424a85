/** Debian's Firefox ESR, headless, driven by puppeteer-core over WebDriver BiDi (no geckodriver exists here). */
import puppeteer, { type KeyInput } from 'puppeteer-core';
import { FIREFOX } from './binaries.ts';
import { sameDocument, WAIT_MS, type Engine } from './engine.ts';

/** Starts Firefox on a page of the site at `root` (e.g. http://127.0.0.1:4380/), with a viewport of the given size. */
export async function launchFirefox(root: string, width: number, height: number): Promise<Engine> {
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX,
    headless: true,
    // Classic scrollbars take 12 px from the viewport of headless Firefox: a 375 px phone would lay out at 363.
    extraPrefsFirefox: { 'ui.useOverlayScrollbars': 1 },
  });
  const page = await browser.newPage();
  await page.setViewport({ width, height });
  return {
    name: 'firefox',
    version: await browser.version(),
    async open(path) {
      const url = new URL(path.replace(/^\//, ''), root).href;
      if (sameDocument(page.url(), url)) await page.goto('about:blank');
      await page.goto(url, { waitUntil: 'load' });
      // The web faces come in after the first paint (src/fonts/web-faces.ts): wait, so nothing reflows under a click.
      await page.waitForFunction(() => !document.getElementById('web-faces') || document.documentElement.hasAttribute('data-web-faces'), {
        timeout: WAIT_MS,
      });
    },
    evaluate: (expression) => page.evaluate(expression),
    async press(chord) {
      const keys = chord.split(/\+(?=.)/) as KeyInput[];
      for (const key of keys) await page.keyboard.down(key);
      for (const key of keys.reverse()) await page.keyboard.up(key);
    },
    click: (selector) => page.click(selector),
    async fill(selector, text) {
      await page.locator(selector).fill(text);
    },
    resize: (w, h) => page.setViewport({ width: w, height: h }),
    close: () => browser.close(),
  };
}
