/**
 * On the deck and the speaker view: caches the deck group (src/offline/deck-cache.ts) and then marks
 * <html data-deck-offline> (what the offline tests wait for). Those pages import it once they have loaded; the
 * article never does. Production builds only (sw-deck.json is written by the build).
 */
import { sitePath } from '../lib/urls';
import { cacheDeck } from './deck-cache';

if (import.meta.env.PROD && 'serviceWorker' in navigator && 'caches' in window) {
  cacheDeck(sitePath('sw-deck.json'), sitePath()).then(
    () => document.documentElement.setAttribute('data-deck-offline', ''),
    // Offline or refused: the deck works as before, only its offline copy is not updated.
    (error: unknown) => console.warn('Offline copy of the deck not updated:', error),
  );
}
