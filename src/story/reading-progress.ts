/** A slim bar at the top of the viewport showing how far through the article the reader is. */
import type { ReaderPosition } from './reader-position';

/** Adds the bar (decorative: aria-hidden) and keeps it at the reader's fraction of the article; returns the teardown. */
export function createReadingProgress(reader: ReaderPosition): () => void {
  const bar = document.createElement('div');
  bar.className = 'reading-progress';
  bar.setAttribute('aria-hidden', 'true');
  document.body.prepend(bar);
  const stop = reader.onFrame((fraction) => {
    // CSSOM, not a style attribute, so a Content-Security-Policy without 'unsafe-inline' allows it.
    bar.style.setProperty('--progress', fraction.toFixed(4));
  });
  return () => {
    stop();
    bar.remove();
  };
}
