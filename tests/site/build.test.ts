/** Static checks over every page of the build: valid HTML, links that resolve, a strict CSP, the article's JS budget. */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkLinks } from '../tools/check-links';
import { checkSafety } from '../tools/check-safety';
import { distDir, htmlPages } from '../tools/dist';
import { ARTICLE_JS_BUDGET_BYTES, pageScripts, totalGzip } from '../tools/page-scripts';
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

  it('gives every page a strict CSP, no inline handlers or style attributes, and safe new-window links', () => {
    expect(checkSafety()).toEqual([]);
  });

  it('loads at most 60 KB of gzipped JavaScript on the article', () => {
    const scripts = pageScripts(join(distDir, 'index.html'));
    const total = totalGzip(scripts);
    const list = scripts.map((s) => `${s.file} ${(s.gzipBytes / 1024).toFixed(1)} KB`).join(', ');
    expect(total, `article JS: ${(total / 1024).toFixed(1)} KB gzipped (${list})`).toBeLessThanOrEqual(ARTICLE_JS_BUDGET_BYTES);
  });
});
