/** The Astro integration that adds module preloads to every built page (src/preload/static-imports.ts). */
import type { AstroIntegration } from 'astro';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { withModulePreloads } from './static-imports';

/** Every .html file under a folder, as paths relative to it. */
function htmlFiles(root: string, folder = root): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) return htmlFiles(root, path);
    return entry.name.endsWith('.html') ? [relative(root, path)] : [];
  });
}

/** Rewrites each built page with its module preloads. Listed before the offline worker, which hashes the pages. */
export function modulePreloads(): AstroIntegration {
  let base = '/';
  return {
    name: 'module-preloads',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base.endsWith('/') ? config.base : `${config.base}/`;
      },
      'astro:build:done': ({ dir }) => {
        const root = fileURLToPath(dir);
        const read = (path: string): string | undefined => (existsSync(join(root, path)) ? readFileSync(join(root, path), 'utf8') : undefined);
        for (const page of htmlFiles(root)) {
          const html = readFileSync(join(root, page), 'utf8');
          const rewritten = withModulePreloads(html, page, base, read);
          if (rewritten !== html) writeFileSync(join(root, page), rewritten);
        }
      },
    },
  };
}
