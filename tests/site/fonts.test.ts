/** The narrowed web fonts (src/fonts/site-fonts.ts): smaller than fontsource's files, and missing no character a built page prints. */
import { readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import * as fontkit from 'fontkit';
import { describe, expect, it } from 'vitest';
import { faceFiles } from '../../src/fonts/faces';
import { inLatinRange } from '../../src/fonts/site-fonts';
import { distDir, htmlPages, repoRoot } from '../tools/dist';
import { elementsOfFile } from '../tools/html';

const resolvePackage = createRequire(join(repoRoot, 'package.json')).resolve;
const open = (file: string): fontkit.Font => fontkit.openSync(file) as fontkit.Font;
/** fontsource's files, before narrowing, by PostScript name. */
const sources = new Map(
  [...Object.values(faceFiles.serif), ...Object.values(faceFiles.sans)].map((file) => {
    const font = open(resolvePackage(file));
    return [font.postscriptName, font] as const;
  }),
);
const built = readdirSync(join(distDir, '_astro', 'fonts')).map((name) => ({ name, font: open(join(distDir, '_astro', 'fonts', name)) }));

/** Every character of the Latin range in the text of every built page (not scripts or styles). */
function printedCharacters(): string[] {
  const found = new Set<string>();
  for (const page of htmlPages())
    for (const el of elementsOfFile(page.file)) if (el.tag !== 'script' && el.tag !== 'style') for (const char of el.text) found.add(char);
  return [...found].filter((char) => char.trim() && inLatinRange(char.codePointAt(0) ?? 0)).sort();
}

describe('the web fonts', () => {
  it('are the four faces, each narrowed from its fontsource file', () => {
    expect(built.map(({ font }) => sources.has(font.postscriptName)).filter(Boolean)).toHaveLength(4);
    for (const { font } of built) expect(font.characterSet.length).toBeLessThan(sources.get(font.postscriptName)?.characterSet.length ?? 0);
  });

  it('keep the serif weights the styles use, 400 to 700', () => {
    const axes = built.map(({ font }) => font.variationAxes.wght).filter(Boolean);
    expect(axes).toHaveLength(2);
    for (const axis of axes) expect([axis?.min, axis?.max]).toEqual([400, 700]);
  });

  it('hold every character a page prints that fontsource’s face has', () => {
    const printed = printedCharacters();
    expect(printed.length).toBeGreaterThan(80);
    const missing = built.flatMap(({ name, font }) => {
      const source = sources.get(font.postscriptName);
      return printed
        .filter((char) => source?.hasGlyphForCodePoint(char.codePointAt(0) ?? 0) && !font.hasGlyphForCodePoint(char.codePointAt(0) ?? 0))
        .map((char) => `${name} (${font.postscriptName}): ${char} U+${(char.codePointAt(0) ?? 0).toString(16)}`);
    });
    expect(missing).toEqual([]);
  });
});
