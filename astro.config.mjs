// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { unified } from '@astrojs/markdown-remark';
import remarkSections from './src/content/remark-sections.ts';
import { clientFigures } from './src/lib/client-figures.ts';
import { stepAliases } from './src/charts/step-aliases.ts';
import { lastContentChange } from './src/share/content-date.ts';
import { offlineWorker } from './src/offline/integration.ts';

// The production address. Share pages and social cards need absolute URLs; override with --site.
const site = process.env.SITE_URL ?? 'https://deepseek-v3-cost.example.org';

/**
 * The sitemap lists the article, the deck and every share page (sections and steps). Left out: embeds (framed
 * elsewhere, noindex), the speaker view, the 404 page, and the share pages of renamed step ids (their canonical
 * is the current id's page). Astro hands the filter absolute URLs (site + base).
 */
const hiddenPaths = [/\/embed\//, /\/present\/speaker\/$/, /\/404(\.html|\/)?$/];
const aliasPages = new RegExp(`/s/[^/]+/(${Object.keys(stepAliases).join('|')})/$`);
/** @param {string} page */
const inSitemap = (page) => !hiddenPaths.some((pattern) => pattern.test(new URL(page).pathname)) && !aliasPages.test(new URL(page).pathname);

export default defineConfig({
  site,
  trailingSlash: 'always',
  devToolbar: { enabled: false },
  // unified (not the default Sätteri) so the remark plugin that checks sections runs on every MDX file.
  markdown: { processor: unified({ remarkPlugins: [remarkSections] }) },
  integrations: [mdx(), sitemap({ filter: inSitemap, lastmod: lastContentChange() }), offlineWorker()],
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
