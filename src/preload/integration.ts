/** The Astro integration that adds module preloads to every built page (src/preload/static-imports.ts). */
import type { AstroIntegration } from 'astro';
import { readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { builtFolder } from '../offline/reach';
import { withModulePreloads } from './static-imports';

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
        const read = builtFolder(root);
        for (const page of readdirSync(root, { recursive: true, encoding: 'utf8' }).filter((name) => name.endsWith('.html'))) {
          const html = read(page) ?? '';
          const rewritten = withModulePreloads(html, page, base, read);
          if (rewritten !== html) writeFileSync(join(root, page), rewritten);
        }
      },
    },
  };
}
