/** The Astro integration that adds the service worker to every build (`astro:build:done`). */
import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { buildWorker } from './worker-build';

const kb = (bytes: number): string => `${(bytes / 1024).toFixed(0)} KB`;

/** Writes sw.js and sw-deck.json into the finished build and logs what they keep. */
export function offlineWorker(): AstroIntegration {
  let base = '/';
  return {
    name: 'offline-worker',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base.endsWith('/') ? config.base : `${config.base}/`;
      },
      'astro:build:done': async ({ dir, logger }) => {
        const report = await buildWorker(fileURLToPath(dir), base);
        logger.info(
          `sw.js ${kb(report.workerBytes)}; precached on any visit: ${report.shellFiles} files, ${kb(report.shellBytes)}; ` +
            `cached on the first visit to the deck: ${report.deckFiles} files, ${kb(report.deckBytes)}`,
        );
      },
    },
  };
}
