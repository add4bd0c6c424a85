/**
 * What the service worker keeps, as two groups of built files. The article shell is precached when the worker
 * installs, on the first visit to any page. The deck group (the deck, the speaker view and what only they load)
 * is fetched on the first visit to the deck: the two deck pages carry every slide's chart and weigh about twice
 * the article, which a reader who never opens the talk should not download.
 */
import { createHash } from 'node:crypto';
import { filesLoadedBy, type ReadBuilt } from './reach';

/** The pages of each group (paths inside the build folder). */
export const shellPages = ['index.html'] as const;
export const deckPages = ['present/index.html', 'present/speaker/index.html'] as const;
/** Files the shell keeps although no page tag loads them: the install manifest and its icons. */
export const installFiles = ['manifest.webmanifest', 'icons/192.png', 'icons/512.png'] as const;

/** Never cached: social cards are for other sites' previews, not for reading. */
const isNeverCached = (path: string): boolean => path.startsWith('cards/');

/** The two groups. */
export interface OfflineGroups {
  shell: string[];
  deck: string[];
  /** Changes whenever a deck file's name or content does: names the deck's cache, so a deploy replaces it. */
  deckVersion: string;
}

/** Sorts the built files into the shell and the deck group; `read` reads the build (see reach.ts). */
export function offlineGroups(base: string, read: ReadBuilt): OfflineGroups {
  const loaded = (pages: readonly string[]): string[] => [...new Set(pages.flatMap((page) => filesLoadedBy(page, base, read)))];
  const missing = [...shellPages, ...deckPages, ...installFiles].filter((path) => read(path) === undefined);
  if (missing.length) throw new Error(`offline: the build has no ${missing.join(', ')} (src/offline/groups.ts lists them)`);
  const shell = [...new Set([...loaded(shellPages), ...installFiles])].filter((path) => !isNeverCached(path));
  const inShell = new Set(shell);
  const deck = loaded(deckPages).filter((path) => !inShell.has(path) && !isNeverCached(path));
  const hash = createHash('sha256');
  for (const path of deck) hash.update(`${path}\0${read(path) ?? ''}\0`);
  return { shell, deck, deckVersion: hash.digest('hex').slice(0, 12) };
}
