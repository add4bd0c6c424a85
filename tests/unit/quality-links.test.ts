import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { checkLinks } from '../../tests/tools/check-links';

let dir = '';
/** Writes a small build: path → content. */
function build(files: Record<string, string>): string {
  dir = mkdtempSync(join(tmpdir(), 'links-'));
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), content);
  }
  return dir;
}
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const html = (body: string): string => `<!doctype html><html><head><title>t</title></head><body>${body}</body></html>`;

describe('checkLinks', () => {
  it('passes links, assets and fragments that exist', () => {
    const report = checkLinks(
      build({
        'index.html': html(
          '<h2 id="a">A</h2><a href="#a">a</a><a href="/s/x/#b">b</a><img src="/img.png" alt=""><script type="module" src="/_astro/a.js"></script>',
        ),
        's/x/index.html': html('<p id="b">b</p><a href="../../">home</a><a href="https://example.com/">out</a>'),
        'img.png': 'png',
        '_astro/a.js': 'import{x}from"./b.js";',
        '_astro/b.js': 'export const x=1;',
      }),
    );
    expect(report.broken).toEqual([]);
    expect(report.external).toBe(1);
    expect(report.checked).toBe(6);
  });
  it('reports a missing page, a missing fragment, a missing import and a missing trailing slash', () => {
    const report = checkLinks(
      build({
        'index.html': html('<a href="/nope/">1</a><a href="#gone">2</a><a href="/s/x">3</a><link rel="stylesheet" href="/_astro/a.css">'),
        's/x/index.html': html('<p>x</p>'),
        '_astro/a.css': '@font-face{src:url(/_astro/font.woff2)}',
      }),
    );
    expect(report.broken).toEqual([
      '/: <a> "/nope/" → /nope/ is not in the build',
      '/: <a> "#gone" → no element with id "gone" on /',
      `/: <a> "/s/x" lacks the trailing slash (trailingSlash: 'always')`,
      '_astro/a.css: "/_astro/font.woff2" is not in the build',
    ]);
  });
  it('treats absolute links to the site’s own canonical address as internal', () => {
    const report = checkLinks(
      build({
        'index.html':
          '<!doctype html><html><head><title>t</title><link rel="canonical" href="https://site.example/"><meta property="og:image" content="https://site.example/card.png"></head><body></body></html>',
      }),
    );
    expect(report.broken).toEqual(['/: <meta> "https://site.example/card.png" → /card.png is not in the build']);
  });
});
