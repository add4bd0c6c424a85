/**
 * A scripted read of a page on an emulated phone: the JavaScript it downloads (bytes on the wire, so gzipped when the
 * server compresses) before any scroll and after scrolling to the end, and the frame times while scrolling.
 */
import type { Browser, BrowserContext, Page } from '@playwright/test';
import { percentile } from './budgets.ts';

/** One script the page downloaded. */
export interface ScriptTransfer {
  url: string;
  /** The response body as sent (encoded), in bytes. */
  bytes: number;
}

/** What a full read measured. */
export interface ReadFigures {
  /** Scripts downloaded once the page has loaded and the network is quiet, before any scroll. */
  beforeScroll: ScriptTransfer[];
  /** Every script downloaded by the end of the read. */
  fullRead: ScriptTransfer[];
  frames: number;
  frameP95Ms: number;
  frameMaxMs: number;
  longTasks: number;
  longTaskMaxMs: number;
  scrolledPx: number;
}

/** Frames the whole scroll should take (about 25 s at 60 fps), whatever the article's length. */
const TARGET_FRAMES = 1500;

/** Lighthouse's phone (412×823 at 1.75×); no service worker, so every script is a page download, counted once. */
export const phoneContext = (browser: Browser): Promise<BrowserContext> =>
  browser.newContext({ viewport: { width: 412, height: 823 }, deviceScaleFactor: 1.75, isMobile: true, hasTouch: true, serviceWorkers: 'block' });

/** Starts recording the scripts a page downloads; the returned function waits for those requested so far and lists them. */
export function recordScripts(page: Page): () => Promise<ScriptTransfer[]> {
  const transfers: Array<Promise<ScriptTransfer>> = [];
  page.on('request', (request) => {
    if (request.resourceType() !== 'script') return;
    const transfer = request.response().then(async (response) => {
      await response?.finished();
      return { url: request.url(), bytes: response ? (await request.sizes()).responseBodySize : 0 };
    });
    transfers.push(transfer);
  });
  return () => Promise.all([...transfers]);
}

/** Sum of a list of transfers, in KB. */
export const totalKb = (scripts: readonly ScriptTransfer[]): number => scripts.reduce((sum, s) => sum + s.bytes, 0) / 1024;

/** Opens the page and scrolls it top to bottom, one step per animation frame, past every section to the end. */
export async function measureRead(browser: Browser, url: string): Promise<ReadFigures> {
  const context = await phoneContext(browser);
  const page = await context.newPage();
  const scripts = recordScripts(page);
  await page.goto(url, { waitUntil: 'networkidle' });
  await page.locator('html[data-web-faces]').waitFor({ state: 'attached' });
  await page.evaluate(() => document.fonts.ready);
  const beforeScroll = await scripts();

  const measured = await page.evaluate(async (targetFrames) => {
    const longTasks: number[] = [];
    const observer = new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) longTasks.push(entry.duration);
    });
    observer.observe({ type: 'longtask' });
    const end = document.documentElement.scrollHeight - window.innerHeight;
    const perFrame = Math.max(8, end / targetFrames);
    const deltas: number[] = [];
    await new Promise<void>((resolve) => {
      let last: number | undefined;
      const tick = (time: number): void => {
        if (last !== undefined) deltas.push(time - last);
        last = time;
        if (window.scrollY >= end - 1) {
          resolve();
          return;
        }
        window.scrollBy({ top: perFrame, behavior: 'instant' });
        requestAnimationFrame(tick);
      };
      requestAnimationFrame(tick);
    });
    // The last step's transition (and any code the end of the page loads) runs inside the measurement.
    await new Promise((resolve) => setTimeout(resolve, 800));
    observer.disconnect();
    return { deltas, longTasks, scrolledPx: window.scrollY };
  }, TARGET_FRAMES);
  const fullRead = await scripts();
  await context.close();
  return {
    beforeScroll,
    fullRead,
    frames: measured.deltas.length,
    frameP95Ms: percentile(measured.deltas, 95),
    frameMaxMs: Math.max(...measured.deltas),
    longTasks: measured.longTasks.length,
    longTaskMaxMs: measured.longTasks.length ? Math.max(...measured.longTasks) : 0,
    scrolledPx: measured.scrolledPx,
  };
}

/** The scripts an embed downloads by the time it has drawn and the network is quiet. */
export async function measureEmbed(browser: Browser, url: string): Promise<ScriptTransfer[]> {
  const context = await phoneContext(browser);
  const page = await context.newPage();
  const scripts = recordScripts(page);
  await page.goto(url, { waitUntil: 'networkidle' });
  const all = await scripts();
  await context.close();
  return all;
}
