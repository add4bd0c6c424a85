/**
 * The narrowed web fonts (src/fonts/site-fonts.ts): smaller than their source files, missing no character a built
 * page prints, and declaring every such character in their unicode-range, so none is looked for in system fonts.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import * as fontkit from 'fontkit';
import { describe, expect, it } from 'vitest';
import { faceFiles } from '../../src/fonts/faces';
import { distDir, htmlPages, repoRoot } from '../tools/dist';
import { elementsOfFile } from '../tools/html';

const resolvePackage = createRequire(join(repoRoot, 'package.json')).resolve;
const open = (file: string): fontkit.Font => fontkit.openSync(file) as fontkit.Font;
/** The source files, before narrowing, by PostScript name. */
const sources = new Map(
  [...Object.values(faceFiles.serif), ...Object.values(faceFiles.sans)].map((file) => {
    const font = open(resolvePackage(file));
    return [font.postscriptName, font] as const;
  }),
);
const built = readdirSync(join(distDir, '_astro', 'fonts')).map((name) => ({ name, font: open(join(distDir, '_astro', 'fonts', name)) }));
const codeOf = (char: string): number => char.codePointAt(0) ?? 0;
const named = (char: string): string => `${char} U+${codeOf(char).toString(16)}`;

/** Every visible character in the text of every built page (not scripts or styles; chart SVG text included). */
function printedCharacters(): string[] {
  const found = new Set<string>();
  for (const page of htmlPages())
    for (const el of elementsOfFile(page.file)) if (el.tag !== 'script' && el.tag !== 'style') for (const char of el.text) found.add(char);
  return [...found].filter((char) => char.trim() && codeOf(char) >= 0x20).sort();
}

/** The article's @font-face rules for the web faces: each file's name and the code points its unicode-range declares. */
function declaredRanges(): { file: string; covers: (code: number) => boolean }[] {
  const html = readFileSync(join(distDir, 'index.html'), 'utf8');
  return [...html.matchAll(/@font-face\{[^}]*?url\("\/_astro\/fonts\/([^"]+)"\)[^}]*?unicode-range:([^;]+);/g)].map(([, file = '', range = '']) => {
    const spans = range.split(',').map((part) => {
      const [from = '', to = from] = part.trim().replace(/^U\+/i, '').split('-');
      return [Number.parseInt(from, 16), Number.parseInt(to, 16)] as const;
    });
    return { file, covers: (code) => spans.some(([from, to]) => code >= from && code <= to) };
  });
}

describe('the web fonts', () => {
  it('are the four faces, each narrowed from its source file', () => {
    expect(built.map(({ font }) => sources.has(font.postscriptName)).filter(Boolean)).toHaveLength(4);
    for (const { font } of built) expect(font.characterSet.length).toBeLessThan(sources.get(font.postscriptName)?.characterSet.length ?? 0);
  });

  it('keep the serif weights the styles use, 400 to 700, at one optical size', () => {
    const serifs = built.filter(({ font }) => font.variationAxes.wght);
    expect(serifs).toHaveLength(2);
    for (const { font } of serifs) {
      expect([font.variationAxes.wght?.min, font.variationAxes.wght?.max]).toEqual([400, 700]);
      expect(font.variationAxes.opsz).toBeUndefined();
    }
  });

  it('hold every character a page prints that the source face has', () => {
    const printed = printedCharacters();
    expect(printed.length).toBeGreaterThan(80);
    const missing = built.flatMap(({ name, font }) => {
      const source = sources.get(font.postscriptName);
      return printed
        .filter((char) => source?.hasGlyphForCodePoint(codeOf(char)) && !font.hasGlyphForCodePoint(codeOf(char)))
        .map((char) => `${name} (${font.postscriptName}): ${named(char)}`);
    });
    expect(missing).toEqual([]);
  });

  it('declare in their unicode-range every printed character their file holds, symbols beyond Latin included', () => {
    const printed = printedCharacters();
    const ranges = declaredRanges();
    expect(ranges.map(({ file }) => file).sort()).toEqual(built.map(({ name }) => name).sort());
    expect(printed.filter((char) => codeOf(char) > 0x2070).length).toBeGreaterThan(3);
    const undeclared = ranges.flatMap(({ file, covers }) => {
      const font = built.find(({ name }) => name === file)?.font;
      return printed.filter((char) => font?.hasGlyphForCodePoint(codeOf(char)) && !covers(codeOf(char))).map((char) => `${file}: ${named(char)}`);
    });
    expect(undeclared).toEqual([]);
  });
});

/** A font stack as a list of family names, quotes and spaces aside. */
const families = (stack: string): string[] => stack.split(',').map((name) => name.trim().replace(/^["']|["']$/g, ''));

describe('the web faces, brought in after the first paint (src/fonts/web-faces.ts)', () => {
  const html = readFileSync(join(distDir, 'index.html'), 'utf8');
  const [head = '', noscript = ''] = /^([\s\S]*?)<noscript id="web-faces">([\s\S]*?)<\/noscript>/.exec(html)?.slice(1) ?? [];

  it('are declared only in the <noscript>, and no font is preloaded', () => {
    expect(noscript.match(/@font-face\{[^}]*url\(/g)).toHaveLength(4);
    expect(html.replace(noscript, '').match(/@font-face\{[^}]*url\(/g)).toBeNull();
    expect(head).not.toMatch(/<link[^>]+rel="preload"[^>]+as="font"/);
  });

  it('leave the first frame in the stack the Fonts API writes, less the web family: the faces arriving move no text', () => {
    for (const [webVariable, pageVariable] of [
      ['--font-serif', '--font-body'],
      ['--font-chart', '--font-ui'],
    ] as const) {
      const web = new RegExp(`${webVariable}:([^;}]+)`).exec(noscript)?.[1] ?? '';
      const firstFrame = new RegExp(`${pageVariable}:var\\(${webVariable},([^)]+)\\)`).exec(html)?.[1] ?? '';
      expect(families(web).slice(1), pageVariable).toEqual(families(firstFrame));
      expect(families(web)[0]).toMatch(/^Source (Serif 4|Sans 3)-[0-9a-f]+$/);
    }
  });
});
