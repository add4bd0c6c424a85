/**
 * Registers the service worker once the page has loaded, so it never competes with the first paint; on the deck
 * and the speaker view, also caches the deck group. Production builds only (sw.js is written by the build).
 */
import { sitePath } from '../lib/urls';

/** Set on <html> once the deck group is cached (what the offline tests wait for). */
const DECK_READY = 'data-deck-offline';

async function register(): Promise<void> {
  await navigator.serviceWorker.register(sitePath('sw.js'), { scope: sitePath() });
  if (!document.querySelector('[data-present]')) return;
  // Loaded only here: the article's own JavaScript stays as small as it was.
  const { cacheDeck } = await import('./deck-cache');
  await cacheDeck(sitePath('sw-deck.json'), sitePath());
  document.documentElement.setAttribute(DECK_READY, '');
}

const start = (): void => {
  // Refused (private windows, file://) or offline: the site works as before, only not offline.
  register().catch((error: unknown) => console.warn('Offline copy not updated:', error));
};

if (import.meta.env.PROD && 'serviceWorker' in navigator && 'caches' in window) {
  if (document.readyState === 'complete') start();
  else window.addEventListener('load', start, { once: true });
}
