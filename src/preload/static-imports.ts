/**
 * The module preloads a built page needs: every chunk its module scripts import statically, followed through the
 * chunks those import. Without them the browser learns of a chunk only once the script naming it has arrived, one
 * round trip per level of imports before the page's code can run (and, in Lighthouse's simulated load, before its
 * largest paint: each level was another 150 ms). Astro writes no such links for its scripts, hence this step.
 * Pure: it reads the build through `read`. Dynamic `import()`s are not followed: what they load is loaded later.
 */
import { builtPath, type ReadBuilt } from '../offline/reach';

/** A module script's address in a page. */
const MODULE_SCRIPT = /<script\b[^>]*\btype="module"[^>]*\bsrc="([^"]+)"[^>]*>/g;
/** A static import or re-export in a built chunk: `import{a}from"./x.js"`, `import"./x.js"`, `export*from"./x.js"`. */
const STATIC_IMPORT = /\b(?:import|export)\s*(?:[\w$*{}\s,]*?\bfrom\s*)?["']([^"']+\.js)["']/g;

/** The addresses (as the page would write them, under `base`) of the chunks the page's scripts import statically. */
export function staticImportsOf(html: string, page: string, base: string, read: ReadBuilt): string[] {
  const entries = [...html.matchAll(MODULE_SCRIPT)].flatMap(([, src = '']) => builtPath(src, page, base) ?? []);
  const seen = new Set(entries);
  const found: string[] = [];
  const queue = [...entries];
  while (queue.length) {
    const file = queue.shift() ?? '';
    for (const [, name = ''] of (read(file) ?? '').matchAll(STATIC_IMPORT)) {
      const path = builtPath(name, file, base);
      if (!path || seen.has(path)) continue;
      seen.add(path);
      found.push(path);
      queue.push(path);
    }
  }
  return found.map((path) => `${base}${path}`);
}

/** The page with a `<link rel="modulepreload">` for each of those chunks, at the end of its <head>. */
export function withModulePreloads(html: string, page: string, base: string, read: ReadBuilt): string {
  const links = staticImportsOf(html, page, base, read).map((href) => `<link rel="modulepreload" href="${href}">`);
  return links.length === 0 ? html : html.replace('</head>', `${links.join('')}</head>`);
}
