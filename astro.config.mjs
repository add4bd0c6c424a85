// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { unified } from '@astrojs/markdown-remark';
import remarkSections from './src/content/remark-sections.ts';
import { clientFigures } from './src/lib/client-figures.ts';
import { offlineWorker } from './src/offline/integration.ts';

// The production address. Share pages and social cards need absolute URLs; override with --site.
const site = process.env.SITE_URL ?? 'https://deepseek-v3-cost.example.org';

export default defineConfig({
  site,
  trailingSlash: 'always',
  devToolbar: { enabled: false },
  // unified (not the default Sätteri) so the remark plugin that checks sections runs on every MDX file.
  markdown: { processor: unified({ remarkPlugins: [remarkSections] }) },
  integrations: [mdx(), offlineWorker()],
  build: { inlineStylesheets: 'always' },
  // No inlined scripts or data: URIs, so a Content-Security-Policy without 'unsafe-inline' can be added.
  // The browser gets the figures as a table serialized at build time (src/lib/client-figures.ts).
  vite: { build: { assetsInlineLimit: 0 }, plugins: [clientFigures()] },
  // Every page gets a CSP <meta>: scripts and styles from this origin or hashed by Astro, nothing else.
  // frame-ancestors is left out: browsers ignore it in a <meta> (and embeds must be frameable).
  security: {
    csp: {
      directives: ["default-src 'self'", "img-src 'self' data:", "object-src 'none'", "base-uri 'self'", "form-action 'self'"],
    },
  },
});
