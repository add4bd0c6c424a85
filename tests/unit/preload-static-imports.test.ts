import { describe, expect, it } from 'vitest';
import { staticImportsOf, withModulePreloads } from '../../src/preload/static-imports';

/** A small build under /sub/: an entry importing a shared chunk (which imports another) and loading one lazily. */
const files: Record<string, string> = {
  '_astro/entry.js': 'import{m as e}from"./kit.js";import"./style-free.js";e(()=>import(`./lazy.js`));',
  '_astro/kit.js': 'export*from"./deep.js";const m=1;export{m};',
  '_astro/style-free.js': 'import"./kit.js";',
  '_astro/deep.js': 'export const d=1;',
  '_astro/lazy.js': 'import"./never-preloaded.js";',
  '_astro/other.js': 'import"./kit.js";',
};
const read = (path: string): string | undefined => files[path];
const page = '<html><head><title>t</title></head><body><script type="module" src="/sub/_astro/entry.js"></script></body></html>';

describe('staticImportsOf', () => {
  it('follows static imports and re-exports through the chunks, once each, but not dynamic imports', () => {
    expect(staticImportsOf(page, 'index.html', '/sub/', read)).toEqual(['/sub/_astro/kit.js', '/sub/_astro/style-free.js', '/sub/_astro/deep.js']);
  });

  it('leaves out the entries themselves, when one entry imports another', () => {
    const twoEntries = page.replace('</body>', '<script type="module" src="/sub/_astro/other.js"></script></body>');
    const found = staticImportsOf(twoEntries, 'index.html', '/sub/', read);
    expect(found).not.toContain('/sub/_astro/other.js');
    expect(found).not.toContain('/sub/_astro/entry.js');
    expect(found.filter((href) => href === '/sub/_astro/kit.js')).toHaveLength(1);
  });

  it('finds nothing for a page without module scripts, or whose script imports nothing', () => {
    expect(staticImportsOf('<html><head></head><body><p>text</p></body></html>', 'index.html', '/sub/', read)).toEqual([]);
    expect(staticImportsOf(page.replace('entry.js', 'deep.js'), 'index.html', '/sub/', read)).toEqual([]);
  });
});

describe('withModulePreloads', () => {
  it('puts one link per chunk at the end of the head, and leaves a page with none untouched', () => {
    const out = withModulePreloads(page, 'index.html', '/sub/', read);
    expect(out).toContain(
      '<link rel="modulepreload" href="/sub/_astro/kit.js"><link rel="modulepreload" href="/sub/_astro/style-free.js"><link rel="modulepreload" href="/sub/_astro/deep.js"></head>',
    );
    const bare = '<html><head></head><body></body></html>';
    expect(withModulePreloads(bare, 'index.html', '/sub/', read)).toBe(bare);
  });
});
