/** The deck group as the build writes it to `sw-deck.json` and the deck page reads it (shared by both). */

/** The list: the cache to fill and the addresses to put in it. */
export interface DeckList {
  cacheName: string;
  urls: string[];
}

/** Every deck cache of the site at `base` starts with this (two sites on one origin keep their own). */
export const deckCachePrefix = (base: string): string => `deck ${base} `;

/** The deck cache's name for a version of the deck. */
export const deckCacheName = (base: string, version: string): string => `${deckCachePrefix(base)}${version}`;

/** Whether a parsed `sw-deck.json` has the list's shape. */
export function isDeckList(value: unknown, base: string): value is DeckList {
  if (typeof value !== 'object' || value === null) return false;
  const { cacheName, urls } = value as Record<string, unknown>;
  return (
    typeof cacheName === 'string' &&
    cacheName.startsWith(deckCachePrefix(base)) &&
    Array.isArray(urls) &&
    urls.every((url) => typeof url === 'string')
  );
}
