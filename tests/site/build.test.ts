/** Static checks over every page of the build: valid HTML, links that resolve, a strict CSP (the JS budgets: tests/e2e/budget-bytes.spec.ts). */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkLinks } from '../tools/check-links';
import { checkSafety } from '../tools/check-safety';
import { distDir, htmlPages } from '../tools/dist';
import { formatMessage, validateBuild } from '../tools/validate-html';

describe(`the build in ${distDir}`, () => {
  it('has the article and its other pages', () => {
    const paths = htmlPages().map((page) => page.path);
    expect(paths).toContain('/');
    expect(paths).toContain('/404.html');
  });

  it('passes the Nu HTML Checker with zero errors on every page', () => {
    const report = validateBuild();
    expect(report.pages).toBeGreaterThan(1);
    expect(report.errors.map((m) => formatMessage(m))).toEqual([]);
  });

  it('resolves every internal link, asset and #fragment', () => {
    const report = checkLinks();
    expect(report.checked).toBeGreaterThan(50);
    expect(report.broken).toEqual([]);
  });

  it('ships no figure registry to the browser: charts read their data from the page, not the facts module', () => {
    const scripts = readdirSync(join(distDir, '_astro')).filter((name) => name.endsWith('.js'));
    expect(scripts.length).toBeGreaterThan(5);
    // Strings only the facts module and the source list hold: a locator, and a source's address.
    const leaked = scripts.filter((name) =>
      /Table 1, p\. 5|Section 3\.1, compute clusters|arxiv\.org\/abs\/2412\.19437/.test(readFileSync(join(distDir, '_astro', name), 'utf8')),
    );
    expect(leaked).toEqual([]);
  });

  it('gives every page a strict CSP, no inline handlers or style attributes, and safe new-window links', () => {
    expect(checkSafety()).toEqual([]);
  });
});
