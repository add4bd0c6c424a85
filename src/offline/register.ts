/**
 * Registers the service worker once the page has loaded, so it never competes with the first paint (the deck and
 * the speaker view then cache the deck group too: src/offline/deck-offline.ts). Links the install manifest at the
 * same time: installing the site is only of use with the worker that keeps it offline, and a manifest in the HTML
 * is one more request before the first paint. Production builds only (sw.js is written by the build).
 */
import { sitePath } from '../lib/urls';

const start = (): void => {
  // The install manifest: it names the icons and the start page for installing the site.
  document.head.append(Object.assign(document.createElement('link'), { rel: 'manifest', href: sitePath('manifest.webmanifest') }));
  // Refused (private windows, file://) or offline: the site works as before, only not offline.
  navigator.serviceWorker
    .register(sitePath('sw.js'), { scope: sitePath() })
    .catch((error: unknown) => console.warn('Offline copy not updated:', error));
};

if (import.meta.env.PROD && 'serviceWorker' in navigator && 'caches' in window) {
  if (document.readyState === 'complete') start();
  else window.addEventListener('load', start, { once: true });
}
