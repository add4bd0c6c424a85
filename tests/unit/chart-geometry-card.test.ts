/**
 * Social cards draw every chart at CARD_CHART_SIZE with resvg and the bundled Source Sans 3: measured with that
 * same renderer and font (not the layouts' width estimate), no step of any chart has colliding text.
 */
import { describe, expect, it } from 'vitest';
import { charts } from '../../src/charts/index';
import type { Mark, RectMark, TextMark } from '../../src/charts/types';
import { CARD_CHART_SIZE } from '../../src/share/card';
import { measureText } from '../../src/share/card-png';
import { collisions, type Measured } from '../support/chart-geometry';

const visible = (m: Mark): boolean => (m.opacity ?? 1) > 0.05;

/** A text mark's box: its width as resvg sets it, its height from the type size (ascent 0.8 em, descent 0.25 em). */
function textBox(m: TextMark): Measured {
  const size = m.size ?? 14;
  const width = measureText(m.text, size, 'sans', m.weight === 'bold');
  const x0 = m.anchor === 'middle' ? m.x - width / 2 : m.anchor === 'end' ? m.x - width : m.x;
  return { key: m.key, text: m.text, x0, x1: x0 + width, y0: m.y - size * 0.8, y1: m.y + size * 0.25 };
}

const barBox = (m: RectMark): Measured => ({ key: m.key, x0: m.x, x1: m.x + m.width, y0: m.y, y1: m.y + m.height });

describe('charts on social cards, measured with the card renderer', () => {
  for (const chart of Object.values(charts)) {
    it(`${chart.slug}: no step has text on text, outside the chart or across a bar`, () => {
      const found = chart.steps.flatMap((step) => {
        const marks = chart.layout({ step, progress: 1 }, CARD_CHART_SIZE).filter(visible);
        const texts = marks.filter((m): m is TextMark => m.kind === 'text' && m.text.trim() !== '').map(textBox);
        const bars = marks.filter((m): m is RectMark => m.kind === 'rect' && m.width > 0 && m.height > 0).map(barBox);
        return collisions(texts, bars, CARD_CHART_SIZE).map((p) => `${step}: ${p}`);
      });
      expect(found).toEqual([]);
    });
  }
});
