// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { unified } from '@astrojs/markdown-remark';
import remarkFigSources from './src/content/remark-fig-sources.ts';
import remarkSections from './src/content/remark-sections.ts';

// The production address. Share pages and social cards need absolute URLs; override with --site.
const site = process.env.SITE_URL ?? 'https://deepseek-v3-cost.example.org';

export default defineConfig({
  site,
  trailingSlash: 'always',
  devToolbar: { enabled: false },
  // unified (not the default Sätteri) so the remark plugin that checks sections runs on every MDX file.
  // No syntax highlighting: nothing on the page is code (and Shiki's inline styles would trip the CSP).
  markdown: { syntaxHighlight: false, processor: unified({ remarkPlugins: [remarkSections, remarkFigSources] }) },
  integrations: [mdx()],
  build: { inlineStylesheets: 'always' },
  // No inlined scripts or data: URIs, so a Content-Security-Policy without 'unsafe-inline' can be added.
  vite: { build: { assetsInlineLimit: 0 } },
  // Every page gets a CSP <meta>: scripts and styles from this origin or hashed by Astro, nothing else.
  // frame-ancestors is left out: browsers ignore it in a <meta> (and embeds must be frameable).
  security: {
    csp: {
      directives: ["default-src 'self'", "img-src 'self' data:", "object-src 'none'", "base-uri 'self'", "form-action 'self'"],
    },
  },
});
