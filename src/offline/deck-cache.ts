/** Fills the deck's cache on a visit to the deck (browser): every file of the deck group not cached yet, then drops older decks. */
import { deckCachePrefix, isDeckList } from './deck-list';

/** Caches the deck group listed at `listUrl` for the site at `base`; resolves when done, rejects when offline. */
export async function cacheDeck(listUrl: string, base: string): Promise<void> {
  const response = await fetch(listUrl, { cache: 'no-store' });
  if (!response.ok) throw new Error(`offline: ${listUrl} answered ${response.status}`);
  const list: unknown = await response.json();
  if (!isDeckList(list, base)) throw new Error(`offline: ${listUrl} is not a deck list`);
  const cache = await caches.open(list.cacheName);
  const cached = await Promise.all(list.urls.map((url) => cache.match(url)));
  // `reload` goes past the HTTP cache, so the copy kept is the one deployed now.
  await cache.addAll(list.urls.filter((_, i) => !cached[i]).map((url) => new Request(url, { cache: 'reload' })));
  const older = (await caches.keys()).filter((name) => name.startsWith(deckCachePrefix(base)) && name !== list.cacheName);
  await Promise.all(older.map((name) => caches.delete(name)));
}
