/**
 * The charts' width estimate is the chart face's real metrics: the committed table is what the generator reads
 * from the font files today, text widths match resvg's layout of the same face, and wrapping follows the widths.
 */
import { readFileSync } from 'node:fs';
import * as fontkit from 'fontkit';
import { describe, expect, it } from 'vitest';
import { charts } from '../../src/charts/index';
import { GLYPH_CHARS } from '../../src/charts/glyph-widths';
import { fit, textWidth, UNKNOWN_WIDTH, wrap } from '../../src/charts/text';
import { measureText } from '../../src/share/card-png';
import { chartFaceFiles, glyphWidthsModule, tableFile } from '../../src/tools/glyph-widths';
import { sizes } from '../support/chart-checks';

/** Labels like the charts' own, with digits, signs and dashes. */
const samples = [
  'DeepSeek-V3 final training run, at $2 per GPU-hour',
  'Final run: 2.788M GPU-hours = $5.576M',
  'Epoch: total ÷ final run is 2×–4×, final run included',
  'What the rental price leaves out — staff, “experiments”, the cluster…',
  'Hardware: 2,048 H800s · $51M–$256M',
];

describe('the glyph width table', () => {
  it('is what the generator reads from the font files now (run `npm run glyph-widths` after a font update)', () => {
    expect(readFileSync(tableFile, 'utf8')).toBe(glyphWidthsModule());
  });

  it('covers every character the charts draw that the face has', () => {
    const face = fontkit.openSync(chartFaceFiles.normal) as fontkit.Font;
    const drawn = new Set<string>();
    for (const chart of Object.values(charts))
      for (const size of sizes)
        for (const step of chart.steps)
          for (const m of chart.layout({ step, progress: 1 }, size)) if (m.kind === 'text') for (const c of m.text) drawn.add(c);
    const missing = [...drawn].filter((c) => !GLYPH_CHARS.includes(c));
    expect(missing.filter((c) => face.hasGlyphForCodePoint(c.codePointAt(0) ?? 0))).toEqual([]);
  });
});

describe('textWidth', () => {
  for (const weight of ['normal', 'bold'] as const) {
    const face = fontkit.openSync(chartFaceFiles[weight]) as fontkit.Font;
    for (const size of [13, 16, 24]) {
      it(`is the width the face sets a line in (${weight}, ${size} px), never narrower, and wider by at most the kerning it leaves out (2%)`, () => {
        for (const line of samples) {
          const set = (face.layout(line).advanceWidth * size) / face.unitsPerEm;
          expect(textWidth(line, size, weight), line).toBeGreaterThanOrEqual(set - 1e-9);
          expect(textWidth(line, size, weight), line).toBeLessThanOrEqual(set * 1.02);
        }
      });

      it(`holds what resvg draws on the cards (${weight}, ${size} px): its ink plus at most the end bearings (0.2 em) and 2% of kerning`, () => {
        for (const line of samples) {
          const ink = measureText(line, size, 'sans', weight === 'bold');
          expect(textWidth(line, size, weight), line).toBeGreaterThanOrEqual(ink);
          expect(textWidth(line, size, weight), line).toBeLessThanOrEqual(ink * 1.02 + 0.2 * size);
        }
      });
    }
  }

  it('sets bold wider than regular, as the face does', () => {
    expect(textWidth('Total $1.2B a year', 14, 'bold')).toBeGreaterThan(textWidth('Total $1.2B a year', 14) + 2);
  });

  it('gives a character outside the table an em, wider than the face draws Ω', () => {
    expect(textWidth('Ω', 20)).toBe(20 * UNKNOWN_WIDTH);
    expect(textWidth('Ω $5.6M', 16)).toBeGreaterThan(measureText('Ω $5.6M', 16, 'sans', false));
  });
});

describe('fit and wrap use the real widths', () => {
  it('fit keeps a line of narrow letters that a per-character count would drop', () => {
    const narrow = 'illicit little lilies';
    expect(fit([narrow, 'short'], textWidth(narrow, 14) + 0.5, 14)).toBe(narrow);
    expect(fit([narrow, 'short'], textWidth(narrow, 14) - 0.5, 14)).toBe('short');
  });

  it('wrap fills each line up to the width and no further', () => {
    const text = 'Mmm WWW iii lll MMM www Iii Lll';
    const width = 100;
    const lines = wrap(text, width, 14);
    expect(lines.join(' ')).toBe(text);
    lines.forEach((line, i) => {
      expect(textWidth(line, 14)).toBeLessThanOrEqual(width);
      const next = lines[i + 1]?.split(' ')[0];
      if (next) expect(textWidth(`${line} ${next}`, 14)).toBeGreaterThan(width);
    });
  });

  it('wrap measures bold lines in bold', () => {
    const text = 'American technology companies spend a lot';
    const width = textWidth('American technology', 14) + 1;
    expect(wrap(text, width, 14)[0]).toBe('American technology');
    expect(wrap(text, width, 14, 'bold')[0]).toBe('American');
  });

  it('wrap cuts a word longer than the line to what fits, with an ellipsis', () => {
    const [line = ''] = wrap('Incomprehensibilities', 60, 14);
    expect(line.endsWith('…')).toBe(true);
    expect(textWidth(line, 14)).toBeLessThanOrEqual(60);
    expect(textWidth(`${'Incomprehensibilities'.slice(0, line.length)}…`, 14)).toBeGreaterThan(60);
  });
});
