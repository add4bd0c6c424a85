import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { layersSvg } from '../../src/charts/render';
import { jsonForScript } from '../../src/share/json-script';

const src = fileURLToPath(new URL('../../src', import.meta.url));
const sourceFiles = (dir: string): string[] =>
  readdirSync(dir).flatMap((name) => {
    const full = join(dir, name);
    return statSync(full).isDirectory() ? sourceFiles(full) : /\.(ts|astro|mjs|js)$/.test(name) ? [full] : [];
  });

/** Ways a string can become markup or code in the browser. */
const sinks: Array<[string, RegExp]> = [
  ['innerHTML', /\binnerHTML\b/],
  ['outerHTML', /\bouterHTML\b/],
  ['insertAdjacentHTML', /\binsertAdjacentHTML\b/],
  ['document.write', /\bdocument\.write(ln)?\s*\(/],
  ['createContextualFragment', /\bcreateContextualFragment\b/],
  ['DOMParser', /\bDOMParser\b/],
  ['d3 .html()', /\.html\s*\(/],
  ['eval', /(^|[^.\w])eval\s*\(/],
  ['new Function', /\bnew\s+Function\s*\(/],
  ['string timer', /\bset(Timeout|Interval)\s*\(\s*['"`]/],
];

describe('data reaches the DOM as text only', () => {
  it('no site code uses an HTML or code sink', () => {
    const found: string[] = [];
    for (const file of sourceFiles(src)) {
      for (const [index, line] of readFileSync(file, 'utf8').split('\n').entries()) {
        if (/^\s*(\/\/|\*|\/\*)/.test(line)) continue;
        for (const [name, pattern] of sinks) if (pattern.test(line)) found.push(`${relative(src, file)}:${index + 1} ${name}`);
      }
    }
    expect(found).toEqual([]);
  });

  it('set:html in components only ever receives the escaping chart renderer, or JSON escaped for a data block', () => {
    const uses: string[] = [];
    for (const file of sourceFiles(src)) {
      for (const match of readFileSync(file, 'utf8').matchAll(/set:html=\{([^}(]+)/g)) uses.push(`${relative(src, file)} ${match[1]?.trim()}`);
    }
    expect(uses.filter((use) => !use.endsWith(' layersSvg') && !use.endsWith(' jsonForScript'))).toEqual([]);
  });

  it('JSON for a script data block cannot close the element', () => {
    const json = jsonForScript({ text: '</script><script>alert(1)</script> & <!--' });
    expect(json).not.toMatch(/[<>&]/);
    expect(JSON.parse(json)).toEqual({ text: '</script><script>alert(1)</script> & <!--' });
  });

  it('the chart renderer escapes text and attributes', () => {
    const svg = layersSvg([{ kind: 'text', key: 'k"><script>', tone: 'ink', x: 0, y: 0, text: '<img src=x onerror=alert(1)> & "q"' }]);
    expect(svg).not.toContain('<script>');
    expect(svg).not.toContain('<img');
    expect(svg).toContain('&lt;img src=x onerror=alert(1)&gt; &amp; &quot;q&quot;');
  });
});
