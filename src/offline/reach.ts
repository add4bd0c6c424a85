/**
 * The built files a page loads: its scripts, styles, fonts and images, followed through the JavaScript chunks
 * and styles they name. Pure: it reads the build through `read`, so it runs on any folder (and in unit tests);
 * `builtFolder` is that reader over a folder on disk.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** Reads a built file by its path inside the build folder (`_astro/x.js`); undefined when there is none. */
export type ReadBuilt = (path: string) => string | undefined;

/** Reads the build in folder `dir`: a path that is missing or a folder reads as undefined. */
export const builtFolder =
  (dir: string): ReadBuilt =>
  (path) => {
    const file = join(dir, path);
    return existsSync(file) && statSync(file).isFile() ? readFileSync(file, 'utf8') : undefined;
  };

/** Elements that make a page load a file (links to other pages are not followed). */
const LOADING_TAG = /<(script|link|img|source)\b[^>]*>/gi;
const LINK_RELS = new Set(['stylesheet', 'preload', 'modulepreload', 'icon', 'manifest', 'apple-touch-icon']);
/** A quoted or url()-wrapped name of a file with an extension a page loads. */
const FILE_NAME = /["'`(]([^"'`()\s]+?\.(?:js|mjs|css|woff2?|svg|png|webp|avif|jpe?g|webmanifest))["'`)]/g;
const TEXT_FILE = /\.(?:html|js|mjs|css|svg|webmanifest)$/;

const attribute = (tag: string, name: string): string | undefined =>
  new RegExp(`\\s${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s>]+))`, 'i')
    .exec(tag)
    ?.slice(1)
    .find((v) => v !== undefined);

/** The addresses an HTML page loads from its tags, plus every file named in its inline scripts and styles. */
function namesInHtml(html: string): string[] {
  const names: string[] = [];
  for (const [tag, name] of html.matchAll(LOADING_TAG)) {
    const rel = (attribute(tag, 'rel') ?? '').toLowerCase().split(/\s+/);
    const address = name?.toLowerCase() === 'link' ? (rel.some((r) => LINK_RELS.has(r)) ? attribute(tag, 'href') : undefined) : attribute(tag, 'src');
    if (address) names.push(address);
  }
  for (const block of html.matchAll(/<(script|style)\b[^>]*>([\s\S]*?)<\/\1>/gi)) names.push(...namesInText(block[2] ?? ''));
  return names;
}

const namesInText = (text: string): string[] => [...text.matchAll(FILE_NAME)].map((m) => m[1] ?? '');

/**
 * The path inside the build folder that an address names, seen from the file `from`, under the site's `base`;
 * undefined for other origins and for addresses outside the base.
 */
export function builtPath(address: string, from: string, base: string): string | undefined {
  const origin = 'http://site.invalid';
  let url: URL;
  try {
    url = new URL(address, `${origin}${base}${from}`);
  } catch {
    return undefined;
  }
  if (url.origin !== origin || !url.pathname.startsWith(base)) return undefined;
  const path = decodeURIComponent(url.pathname.slice(base.length));
  return path === '' || path.endsWith('/') ? `${path}index.html` : path;
}

/** Every built file the page at `page` (e.g. `present/index.html`) loads, the page first, in discovery order. */
export function filesLoadedBy(page: string, base: string, read: ReadBuilt): string[] {
  const found = new Set<string>();
  const queue = [page];
  while (queue.length) {
    const file = queue.shift() ?? '';
    if (found.has(file)) continue;
    const text = read(file);
    if (text === undefined) continue;
    found.add(file);
    if (!TEXT_FILE.test(file)) continue;
    const names = file.endsWith('.html') ? namesInHtml(text) : namesInText(text);
    for (const name of names) {
      const path = builtPath(name, file, base);
      // Pages link pages; only the page asked for is followed, not the ones it links to.
      if (path && !path.endsWith('.html') && !found.has(path)) queue.push(path);
    }
  }
  return [...found];
}
