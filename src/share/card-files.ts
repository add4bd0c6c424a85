/**
 * Card files named by their content, cards/<name>-<hash>.png: a corrected card gets a new address, so link
 * previews cached under the old one are replaced. Drawn once per build and shared by the pages and endpoints.
 */
import { createHash } from 'node:crypto';
import type { CardContent } from './card';
import { cardPng } from './card-png';

/** A drawn card: its path inside the site (for sitePath) and its PNG bytes. */
export interface CardFile {
  path: string;
  png: Uint8Array<ArrayBuffer>;
}

const drawn = new Map<string, CardFile>();

/** The short content hash in a file name. */
export const contentHash = (bytes: Uint8Array | string): string => createHash('sha256').update(bytes).digest('hex').slice(0, 10);

/** The card called `name` (e.g. "peers", "peers/peers-flops"), drawn from `content` the first time it is asked for. */
export function cardFile(name: string, content: () => CardContent): CardFile {
  const known = drawn.get(name);
  if (known) return known;
  const png = cardPng(content());
  const file = { path: `cards/${name}-${contentHash(png)}.png`, png };
  drawn.set(name, file);
  return file;
}

/** A card's file name without folder or extension (a card route's parameter), e.g. "peers-0a1b2c3d4e". */
export const cardFileName = (file: CardFile): string => file.path.slice(file.path.lastIndexOf('/') + 1).replace(/\.png$/, '');
