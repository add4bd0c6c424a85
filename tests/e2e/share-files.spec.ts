/** The built sharing files: a card per step, the sitemap and robots.txt, the home page's JSON-LD, the citation files. */
import { test } from '@playwright/test';
import { expectCitations, expectJsonLd, expectSitemap, expectStepCards, metaOf } from '../support/step-sharing';
import { distDir, fileForPath } from '../tools/dist';

const siteRoot = metaOf(fileForPath('/') ?? '', 'og:url') ?? '';

test('every chart step has its own hashed 1200×630 card', () => {
  expectStepCards(distDir, siteRoot);
});

test('the sitemap is valid XML, named in robots.txt, and lists the article, the deck and every share page', async ({ page }) => {
  await expectSitemap(page, distDir, siteRoot);
});

test('the home page describes itself in JSON-LD', () => {
  expectJsonLd(distDir, siteRoot);
});

test('/cite.bib and /cite.json cite the page as the site’s, dated by its last content change', () => {
  expectCitations(distDir, siteRoot);
});
