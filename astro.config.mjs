// @ts-check
import { fileURLToPath } from 'node:url';
import { defineConfig, fontProviders } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { unified } from '@astrojs/markdown-remark';
import remarkFigSources from './src/sections/remark-fig-sources.ts';
import remarkSections from './src/sections/remark-sections.ts';
import { stepAliases } from './src/charts/step-aliases.ts';
import { lastContentChange } from './src/share/content-date.ts';
import { offlineWorker } from './src/offline/integration.ts';
import { modulePreloads } from './src/preload/integration.ts';
import { faceFiles } from './src/fonts/faces.ts';
import { siteCharacters, subsetFace, unicodeRangeOf } from './src/fonts/site-fonts.ts';

// The body face, self-hosted from Adobe's npm package source-serif (one variable file per style); the charts' face
// from @expo-google-fonts/source-sans-3, the two weights charts use. Both are narrowed at build time to the
// characters the site prints, and the serif to the weights it uses (src/fonts/site-fonts.ts), and each declares the
// range its file covers: the Latin range and the few symbols beyond it the site prints (a rarer letter falls back
// to Georgia). The faces are declared once the page has painted (src/fonts/web-faces.ts), so the first frame is drawn
// in metric-matched fallbacks named in global.css (not generated here: their names must be known before the web
// faces are), and with font-display: swap the text barely moves when the web face arrives. The charts fit labels
// with the sans face's advance widths (src/charts/glyph-widths.ts), and the social cards are drawn in the same face
// by resvg, so what is measured is what is drawn.
const root = fileURLToPath(new URL('.', import.meta.url));
const characters = siteCharacters(root);
/** @param {string} file */
const narrowed = (file) => ({ src: /** @type {[string]} */ ([file]), unicodeRange: /** @type {[string]} */ ([unicodeRangeOf(file)]) });
/** @param {400 | 700} weight */
const chartSans = async (weight) => ({
  ...narrowed(await subsetFace(root, { file: faceFiles.sans[weight] }, characters)),
  weight,
  style: /** @type {const} */ ('normal'),
});
/** @param {'normal' | 'italic'} style */
const serif = async (style) => ({
  ...narrowed(await subsetFace(root, { file: faceFiles.serif[style], axes: { wght: { min: 400, max: 700 }, opsz: 20 } }, characters)),
  weight: '400 700',
  style,
});

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
  // No syntax highlighting: nothing on the page is code (and Shiki's inline styles would trip the CSP).
  markdown: { syntaxHighlight: false, processor: unified({ remarkPlugins: [remarkSections, remarkFigSources] }) },
  integrations: [mdx(), sitemap({ filter: inSitemap, lastmod: lastContentChange() }), modulePreloads(), offlineWorker()],
  fonts: [
    {
      provider: fontProviders.local(),
      name: 'Source Serif 4',
      cssVariable: '--font-serif',
      display: 'swap',
      fallbacks: ['Source Serif 4 fallback', 'Georgia', 'serif'],
      optimizedFallbacks: false,
      options: {
        variants: [await serif('normal'), await serif('italic')],
      },
    },
    {
      provider: fontProviders.local(),
      name: 'Source Sans 3',
      cssVariable: '--font-chart',
      display: 'swap',
      fallbacks: ['Source Sans 3 fallback', 'Helvetica', 'Arial', 'sans-serif'],
      optimizedFallbacks: false,
      options: {
        variants: [await chartSans(400), await chartSans(700)],
      },
    },
  ],
  build: { inlineStylesheets: 'always' },
  // No inlined scripts or data: URIs, so a Content-Security-Policy without 'unsafe-inline' can be added.
  // What every chart shares in the browser (its kit, scales, text widths, number format and the renderer) goes in
  // one chunk rather than eight small ones: fewer requests, and 1 KB less gzipped than the same code split. So do
  // the small modules the article, the embeds and the deck share around their charts (the chart element and its
  // loader, motion, the reader rule, the share buttons, the site's addresses): 1 KB less on a full read than as eight chunks.
  vite: {
    // Scrollama's package names its UMD bundle as the browser build, which Vite prefers; its ES module source
    // ("module": "index") needs none of the CommonJS glue the bundle pulls into every page.
    resolve: { alias: [{ find: /^scrollama$/, replacement: 'scrollama/index.js' }] },
    build: {
      assetsInlineLimit: 0,
      // No preload helper in the bundles: each page's <link rel="modulepreload"> tags (src/preload/) fetch what its
      // scripts import up front, and a lazily imported chunk (a chart's, the calculator's) then finds most of its own
      // imports already loaded. The helper cost ~0.5 KB gzipped on every page.
      modulePreload: false,
      rollupOptions: {
        output: {
          codeSplitting: {
            groups: [
              {
                name: 'story-kit',
                test: /src\/story\/(motion|reader-rule|story-chart|settled|share-buttons)\.ts|src\/charts\/(step-aliases|lazy)\.ts|src\/lib\/urls\.ts/,
              },
              {
                name: 'chart-kit',
                test: /src\/charts\/(kit|scale|types|text|glyph-widths|draw|tween|render|bind)\.ts|src\/lib\/format\.ts|d3-array/,
              },
            ],
          },
        },
      },
    },
  },
  // Every page gets a CSP <meta>: scripts and styles from this origin or hashed by Astro, nothing else.
  // frame-ancestors is left out: browsers ignore it in a <meta> (and embeds must be frameable).
  security: {
    csp: {
      directives: ["default-src 'self'", "img-src 'self' data:", "object-src 'none'", "base-uri 'self'", "form-action 'self'"],
    },
  },
});
