/**
 * Link check over a build: every internal link, asset and #fragment in every HTML page resolves to a file
 * (and an id) in the build; so do the url()s in its CSS and the relative imports in its JavaScript.
 * Usage: node tests/tools/check-links.ts [dist folder]
 */
import { readFileSync } from 'node:fs';
import { dirname, extname, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { distDir, fileForPath, filesUnder, htmlPages, type DistPage } from './dist.ts';
import { anchorsOf, elementsOfFile, type PageElement } from './html.ts';

/** What the check found. */
export interface LinkReport {
  /** References checked (internal ones, each with its fragment). */
  checked: number;
  /** Links to other sites, not fetched (the check runs offline). */
  external: number;
  /** One line per broken reference: where, what, why. */
  broken: string[];
}

/** Attributes holding a URL, by element. */
const urlAttributes: Record<string, string[]> = {
  a: ['href'],
  area: ['href'],
  link: ['href'],
  script: ['src'],
  img: ['src', 'srcset'],
  source: ['src', 'srcset'],
  video: ['src', 'poster'],
  audio: ['src'],
  track: ['src'],
  iframe: ['src'],
  embed: ['src'],
  object: ['data'],
  form: ['action'],
  input: ['src'],
  button: ['formaction'],
  use: ['href', 'xlink:href'],
  image: ['href', 'xlink:href'],
};
/** <meta> whose content is an absolute address on the site (social cards, canonical address). */
const urlMetas = new Set(['og:image', 'og:url', 'twitter:image', 'og:image:secure_url']);
const LOCAL = 'http://dist.invalid';

/** The URL references of one element, as written. */
function referencesOf(el: PageElement): string[] {
  const refs: string[] = [];
  for (const name of urlAttributes[el.tag] ?? []) {
    const value = el.attrs.get(name)?.trim();
    if (!value) continue;
    if (name === 'srcset')
      refs.push(
        ...value
          .split(',')
          .map((part) => part.trim().split(/\s+/)[0] ?? '')
          .filter(Boolean),
      );
    else refs.push(value);
  }
  const meta = el.attrs.get('property') ?? el.attrs.get('name');
  const content = el.attrs.get('content');
  if (el.tag === 'meta' && meta && urlMetas.has(meta) && content) refs.push(content);
  return refs;
}

/** The origins the site calls its own: SITE_URL, and those of every canonical or og:url address. */
function siteOrigins(pages: Map<DistPage, PageElement[]>): Set<string> {
  const origins = new Set([LOCAL]);
  if (process.env.SITE_URL) origins.add(new URL(process.env.SITE_URL).origin);
  for (const elements of pages.values()) {
    for (const el of elements) {
      const canonical = el.tag === 'link' && el.attrs.get('rel') === 'canonical' ? el.attrs.get('href') : undefined;
      const ogUrl = el.tag === 'meta' && el.attrs.get('property') === 'og:url' ? el.attrs.get('content') : undefined;
      for (const value of [canonical, ogUrl]) if (value && /^https?:/.test(value)) origins.add(new URL(value).origin);
    }
  }
  return origins;
}

/** Relative imports in built JavaScript and url()s in built CSS, as [file, reference] pairs. */
function assetReferences(dir: string): Array<[string, string]> {
  const out: Array<[string, string]> = [];
  for (const file of filesUnder(dir)) {
    const ext = extname(file);
    if (ext !== '.js' && ext !== '.css' && ext !== '.mjs') continue;
    const code = readFileSync(file, 'utf8');
    const pattern = ext === '.css' ? /url\(\s*["']?([^"')]+)["']?\s*\)/g : /(?:\bfrom\s*|\bimport\s*\(\s*|\bimport\s*)["'](\.{1,2}\/[^"']+)["']/g;
    for (const match of code.matchAll(pattern)) {
      const ref = match[1] ?? '';
      if (!ref.startsWith('data:') && !ref.startsWith('#')) out.push([file, ref]);
    }
  }
  return out;
}

/** Checks every reference in a build; never touches the network. */
export function checkLinks(dir = distDir): LinkReport {
  const report: LinkReport = { checked: 0, external: 0, broken: [] };
  const pages = new Map(htmlPages(dir).map((page) => [page, elementsOfFile(page.file)] as const));
  const origins = siteOrigins(pages);
  const anchorCache = new Map<string, Set<string>>();
  const anchorsIn = (file: string): Set<string> => {
    let anchors = anchorCache.get(file);
    if (!anchors) anchorCache.set(file, (anchors = anchorsOf(elementsOfFile(file))));
    return anchors;
  };

  for (const [page, elements] of pages) {
    const pageUrl = new URL(page.path, LOCAL);
    for (const el of elements) {
      for (const ref of referencesOf(el)) {
        let url: URL;
        try {
          url = new URL(ref, pageUrl);
        } catch {
          report.broken.push(`${page.path}: <${el.tag}> "${ref}" is not a valid URL`);
          continue;
        }
        if (url.protocol === 'mailto:' || url.protocol === 'tel:' || url.protocol === 'data:') continue;
        if (!origins.has(url.origin)) {
          if (url.protocol === 'http:' || url.protocol === 'https:') report.external += 1;
          else report.broken.push(`${page.path}: <${el.tag}> "${ref}" uses the ${url.protocol} scheme`);
          continue;
        }
        report.checked += 1;
        const target = fileForPath(url.pathname, dir);
        if (!target) {
          report.broken.push(`${page.path}: <${el.tag}> "${ref}" → ${url.pathname} is not in the build`);
          continue;
        }
        if (target.endsWith('index.html') && !url.pathname.endsWith('/') && !url.pathname.endsWith('.html')) {
          report.broken.push(`${page.path}: <${el.tag}> "${ref}" lacks the trailing slash (trailingSlash: 'always')`);
        }
        const fragment = decodeURIComponent(url.hash.slice(1));
        if (fragment && target.endsWith('.html') && !anchorsIn(target).has(fragment)) {
          report.broken.push(`${page.path}: <${el.tag}> "${ref}" → no element with id "${fragment}" on ${url.pathname}`);
        }
      }
    }
  }

  for (const [file, ref] of assetReferences(dir)) {
    report.checked += 1;
    const path = ref.split(/[?#]/)[0] ?? '';
    const target = path.startsWith('/') ? fileForPath(path, dir) : fileForPath(`/${relative(dir, resolve(dirname(file), path))}`, dir);
    if (!target) report.broken.push(`${relative(dir, file)}: "${ref}" is not in the build`);
  }
  return report;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const dir = process.argv[2] ? resolve(process.argv[2]) : distDir;
  const report = checkLinks(dir);
  for (const line of report.broken) process.stderr.write(`${line}\n`);
  process.stdout.write(
    `Links: ${report.checked} internal references checked, ${report.external} external not fetched, ${report.broken.length} broken\n`,
  );
  process.exitCode = report.broken.length > 0 ? 1 : 0;
}
