/** A scripted scroll through the whole article on an emulated phone: frame times, long tasks, and the JavaScript it loaded. */
import type { Browser } from '@playwright/test';
import { gzipSize } from '../tools/page-scripts.ts';
import { percentile } from './budgets.ts';

/** What the scroll measured. */
export interface ScrollFigures {
  frames: number;
  frameP95Ms: number;
  frameMaxMs: number;
  longTasks: number;
  longTaskMaxMs: number;
  scrolledPx: number;
  /** Every script the page loaded, gzipped, in KB. */
  jsGzipKb: number;
  scripts: Array<{ url: string; gzipBytes: number }>;
}

/** Frames the whole scroll should take (about 25 s at 60 fps), whatever the article's length. */
const TARGET_FRAMES = 1500;

/** Opens the page as Lighthouse's phone (412×823 at 1.75×) and scrolls top to bottom, one step per animation frame. */
export async function measureScroll(browser: Browser, url: string): Promise<ScrollFigures> {
  const context = await browser.newContext({ viewport: { width: 412, height: 823 }, deviceScaleFactor: 1.75, isMobile: true, hasTouch: true });
  const page = await context.newPage();
  const bodies: Array<Promise<{ url: string; gzipBytes: number }>> = [];
  page.on('response', (response) => {
    if (response.request().resourceType() === 'script') bodies.push(response.body().then((body) => ({ url: response.url(), gzipBytes: gzipSize(body) })));
  });
  await page.goto(url, { waitUntil: 'load' });
  await page.evaluate(() => document.fonts.ready);
  await page.waitForTimeout(500);

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
    // Let the last step's transition finish inside the measurement.
    await new Promise((resolve) => setTimeout(resolve, 800));
    observer.disconnect();
    return { deltas, longTasks, scrolledPx: window.scrollY };
  }, TARGET_FRAMES);

  const scripts = await Promise.all(bodies);
  await context.close();
  return {
    frames: measured.deltas.length,
    frameP95Ms: percentile(measured.deltas, 95),
    frameMaxMs: Math.max(...measured.deltas),
    longTasks: measured.longTasks.length,
    longTaskMaxMs: measured.longTasks.length ? Math.max(...measured.longTasks) : 0,
    scrolledPx: measured.scrolledPx,
    jsGzipKb: scripts.reduce((sum, s) => sum + s.gzipBytes, 0) / 1024,
    scripts,
  };
}
