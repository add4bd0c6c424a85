/**
 * Checks of step sharing, run against the root build (share-steps, share-files) and the --base build (share-base):
 * a step address opens on its step, share pages redirect, the chart tools copy and download, and the built files
 * (step cards, sitemap, robots.txt, JSON-LD, citations) say what they must. `root` is where the test server
 * serves the site (origin + base); `siteRoot` the production address it was built for (site + base).
 */
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, type Page } from '@playwright/test';
import { sources } from '../../content/sources';
import { stepAliases } from '../../src/charts/step-aliases';
import { chartSteps } from '../../src/charts/steps';
import { siteAuthor } from '../../src/lib/site';
import { fileForPath, repoRoot } from '../tools/dist';
import { elementsOfFile } from '../tools/html';
import { pngSize, sections } from './share';

/** Every chart step, with its section, in story order. */
export const allSteps = Object.entries(chartSteps).flatMap(([slug, ids]) => ids.map((step) => ({ slug, step })));

/** The steps the browser tests open: three sections, one of them at its last step. */
export const sampleSteps = ['headline-gpus-days', 'cluster-capex', chartSteps.staff[chartSteps.staff.length - 1] ?? ''];

/** A renamed step id and its current one. */
export const [oldStepId, renamedTo] = Object.entries(stepAliases)[1] ?? ['', ''];

/** The section a step id belongs to. */
export const sectionOf = (step: string): string => allSteps.find((s) => s.step === step)?.slug ?? '';

/** The file in a build that serves a production address (site + base + path). */
export function builtFileFor(address: string, siteRoot: string, dir: string): string | undefined {
  if (!address.startsWith(siteRoot)) return undefined;
  return fileForPath(`/${address.slice(siteRoot.length)}`, dir);
}

/** A meta value of a built page, by property or name. */
export function metaOf(file: string, key: string): string | undefined {
  return elementsOfFile(file)
    .find((el) => el.tag === 'meta' && (el.attrs.get('property') === key || el.attrs.get('name') === key))
    ?.attrs.get('content');
}

/** A step's position in its section, from 1 (its slide is `<slug>/<n>`). */
export const stepNumber = (step: string): number => allSteps.filter((s) => s.slug === sectionOf(step)).findIndex((s) => s.step === step) + 1;

/** Opens a step address and checks it lands: the step current and in view, its chart drawn at it, the address kept. */
export async function expectStepOpens(page: Page, root: string, step: string, hash = `#step-${step}`): Promise<void> {
  await page.goto(`${root}${hash}`);
  const el = page.locator(`#step-${step}`);
  await expect(el).toHaveAttribute('aria-current', 'step');
  await expect(page.locator(`#${sectionOf(step)} story-chart`)).toHaveAttribute('data-current-step', step);
  await expect.poll(() => page.evaluate(() => window.location.hash)).toBe(`#step-${step}`);
  const box = await el.evaluate((node) => ({ top: node.getBoundingClientRect().top, height: window.innerHeight }));
  expect(box.top).toBeGreaterThanOrEqual(0);
  expect(box.top).toBeLessThan(box.height * 0.5);
  await expect(page.locator('.scrolly .step[aria-current="step"]')).toHaveCount(1);
}

/** Opens a chart's tools in its section. */
export async function openChartTools(page: Page, slug: string) {
  const tools = page.locator(`#${slug} .chart-tools`);
  if (!(await tools.evaluate((details) => (details as HTMLDetailsElement).open))) await tools.locator('summary').click();
  return tools;
}

/** Downloads a file from a chart's tools; returns its suggested name and bytes. */
export async function download(page: Page, slug: string, label: RegExp): Promise<{ name: string; bytes: Buffer }> {
  const tools = await openChartTools(page, slug);
  const [file] = await Promise.all([page.waitForEvent('download'), tools.getByRole('link', { name: label }).click()]);
  const path = await file.path();
  return { name: file.suggestedFilename(), bytes: readFileSync(path) };
}

/** Checks a downloaded chart SVG: 1600×900, titled, sourced, with the step's share address; returns its text. */
export function expectChartSvg(svg: string, shareAddress: string): string {
  expect(svg.startsWith('<svg')).toBe(true);
  expect(svg).toContain('viewBox="0 0 1600 900"');
  expect(svg).toMatch(/<title>[^<]{8,}<\/title>/);
  expect(svg).toMatch(/Sources?: [^<]+/);
  expect(svg).toContain(`>${shareAddress}</text>`);
  return [...svg.matchAll(/>([^<>]+)</g)].map((m) => m[1] ?? '').join('\n');
}

/** Checks the built step cards: every step's share page names a hashed 1200×630 PNG that exists, all distinct. */
export function expectStepCards(dir: string, siteRoot: string): number {
  const digests = new Set<string>();
  for (const { slug, step } of allSteps) {
    const page = fileForPath(`/s/${slug}/${step}/`, dir);
    expect(page, `share page of ${step}`).toBeDefined();
    const image = metaOf(page ?? '', 'og:image') ?? '';
    expect(image).toMatch(new RegExp(`^${siteRoot.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}cards/${slug}/${step}-[0-9a-f]{10}\\.png$`));
    const file = builtFileFor(image, siteRoot, dir);
    expect(file, `${image} is in the build`).toBeDefined();
    const bytes = readFileSync(file ?? '');
    expect(pngSize(bytes)).toEqual({ width: 1200, height: 630 });
    digests.add(createHash('sha256').update(bytes).digest('hex'));
  }
  expect(digests.size).toBe(allSteps.length);
  return digests.size;
}

/** Parses XML in the browser (the platform's own parser) and returns its <loc>s; fails on any parse error. */
async function xmlLocs(page: Page, xml: string): Promise<{ root: string; ns: string; locs: string[] }> {
  return page.evaluate((text) => {
    const doc = new DOMParser().parseFromString(text, 'application/xml');
    const error = doc.querySelector('parsererror');
    if (error) throw new Error(`not well-formed XML: ${error.textContent}`);
    return {
      root: doc.documentElement.localName,
      ns: doc.documentElement.namespaceURI ?? '',
      locs: [...doc.getElementsByTagName('loc')].map((l) => l.textContent ?? ''),
    };
  }, xml);
}

/** Checks the sitemap: valid XML, found through robots.txt, listing exactly the article, the deck and every share page. */
export async function expectSitemap(page: Page, dir: string, siteRoot: string): Promise<number> {
  const robots = readFileSync(join(dir, 'robots.txt'), 'utf8');
  const named = /^Sitemap: (\S+)$/m.exec(robots)?.[1] ?? '';
  expect(named).toBe(`${siteRoot}sitemap-index.xml`);
  const index = await xmlLocs(page, readFileSync(builtFileFor(named, siteRoot, dir) ?? '', 'utf8'));
  expect(index.root).toBe('sitemapindex');
  expect(index.ns).toBe('http://www.sitemaps.org/schemas/sitemap/0.9');
  const listed: string[] = [];
  for (const loc of index.locs) {
    const part = await xmlLocs(page, readFileSync(builtFileFor(loc, siteRoot, dir) ?? '', 'utf8'));
    expect(part.root).toBe('urlset');
    listed.push(...part.locs);
  }
  const expected = [
    siteRoot,
    `${siteRoot}present/`,
    ...sections().map(({ slug }) => `${siteRoot}s/${slug}/`),
    ...allSteps.map(({ slug, step }) => `${siteRoot}s/${slug}/${step}/`),
  ];
  expect([...listed].sort()).toEqual([...expected].sort());
  for (const loc of listed) expect(builtFileFor(loc, siteRoot, dir), `${loc} is a built page`).toBeDefined();
  return listed.length;
}

/** The date of the last commit touching content/ (the page's "last content change"). */
const lastContentCommit = (): string =>
  execFileSync('git', ['log', '-1', '--format=%cI', '--', 'content'], { cwd: repoRoot, encoding: 'utf8' }).trim();

/** Checks the home page's JSON-LD: a ScholarlyArticle with headline, description, date, image and what it builds on. */
export function expectJsonLd(dir: string, siteRoot: string): Record<string, unknown> {
  const home = fileForPath('/', dir) ?? '';
  const blocks = elementsOfFile(home).filter((el) => el.tag === 'script' && el.attrs.get('type') === 'application/ld+json');
  expect(blocks).toHaveLength(1);
  const data = JSON.parse(blocks[0]?.text ?? '') as Record<string, unknown> & {
    isBasedOn: { url: string }[];
    citation: { url: string }[];
    author: { name: string };
  };
  expect(data['@context']).toBe('https://schema.org');
  expect(data['@type']).toBe('ScholarlyArticle');
  expect(data.headline).toBe(metaOf(home, 'og:title'));
  expect(data.description).toBe(metaOf(home, 'og:description'));
  expect(data.url).toBe(siteRoot);
  expect(data.image).toBe(metaOf(home, 'og:image'));
  expect(builtFileFor(String(data.image), siteRoot, dir)).toBeDefined();
  expect(new Date(String(data.dateModified)).getTime()).toBe(new Date(lastContentCommit()).getTime());
  expect(data.isBasedOn.map((work) => work.url)).toEqual(expect.arrayContaining([sources.lambert.url, sources['ds-v3'].url]));
  expect(data.citation.length).toBeGreaterThan(data.isBasedOn.length);
  for (const work of data.citation) expect(work.url).toMatch(/^https:\/\//);
  expect(data.author.name).toBe(siteAuthor);
  return data;
}

/** Checks /cite.bib and /cite.json: the site as author (never Lambert), the last content change, the page's address. */
export function expectCitations(dir: string, siteRoot: string): void {
  const day = new Date(lastContentCommit()).toISOString().slice(0, 10);
  const csl = JSON.parse(readFileSync(join(dir, 'cite.json'), 'utf8')) as {
    type: string;
    title: string;
    author: { literal: string }[];
    URL: string;
    issued: { 'date-parts': number[][] };
  }[];
  expect(csl).toHaveLength(1);
  const [item] = csl;
  expect(item?.type).toBe('webpage');
  expect(item?.author).toEqual([{ literal: siteAuthor }]);
  expect(JSON.stringify(item?.author)).not.toMatch(/Lambert/);
  expect(item?.URL).toBe(siteRoot);
  expect(item?.issued['date-parts'][0]?.map((n) => String(n).padStart(2, '0')).join('-')).toBe(day);

  const bib = readFileSync(join(dir, 'cite.bib'), 'utf8');
  expect(bib).toMatch(/^@misc\{[a-z0-9]+,\n/);
  expect(bib).toContain(`author = {{${siteAuthor}}},`);
  expect(bib).toContain(`url = {${siteRoot}},`);
  expect(bib).toContain(`date = {${day}},`);
  expect(bib).not.toMatch(/author = \{[^\n]*Lambert/);
  let depth = 0;
  for (const c of bib.replace(/\\[{}]/g, '')) {
    depth += c === '{' ? 1 : c === '}' ? -1 : 0;
    expect(depth).toBeGreaterThanOrEqual(0);
  }
  expect(depth).toBe(0);

  // #methods links both files.
  const links = elementsOfFile(fileForPath('/', dir) ?? '')
    .filter((el) => el.tag === 'a')
    .map((el) => el.attrs.get('href') ?? '');
  const base = new URL(siteRoot).pathname;
  expect(links).toEqual(expect.arrayContaining([`${base}cite.bib`, `${base}cite.json`]));
}
