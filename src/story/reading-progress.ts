/** A slim bar at the top of the viewport showing how far through the article the reader is. */

/** How far through an element the reader is (0–1): 0 with its top at the viewport's top, 1 with its end in view. */
export function readingFraction(top: number, height: number, viewport: number): number {
  const span = height - viewport;
  if (span <= 0) return top <= 0 ? 1 : 0;
  return Math.min(1, Math.max(0, -top / span));
}

/** Adds the bar for `article` (decorative: aria-hidden) and keeps it current; returns the teardown. */
export function createReadingProgress(article: HTMLElement): () => void {
  const bar = document.createElement('div');
  bar.className = 'reading-progress';
  bar.setAttribute('aria-hidden', 'true');
  document.body.prepend(bar);
  let frame = 0;

  const draw = (): void => {
    frame = 0;
    const rect = article.getBoundingClientRect();
    // CSSOM, not a style attribute, so a Content-Security-Policy without 'unsafe-inline' allows it.
    bar.style.setProperty('--progress', readingFraction(rect.top, rect.height, window.innerHeight).toFixed(4));
  };
  const schedule = (): void => {
    if (!frame) frame = requestAnimationFrame(draw);
  };
  window.addEventListener('scroll', schedule, { passive: true });
  window.addEventListener('resize', schedule);
  const observer = new ResizeObserver(schedule);
  observer.observe(article);
  schedule();
  return () => {
    cancelAnimationFrame(frame);
    window.removeEventListener('scroll', schedule);
    window.removeEventListener('resize', schedule);
    observer.disconnect();
    bar.remove();
  };
}
