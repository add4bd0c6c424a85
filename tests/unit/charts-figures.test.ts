import { describe, expect, it } from 'vitest';
import { chartMarkAllowlist } from '../../content/quantity-allowlist';
import { charts } from '../../src/charts/index';
import type { Mark, Size } from '../../src/charts/types';
import { strayReport } from '../../src/sections/figure-text';

const sizes: Size[] = [
  { width: 320, height: 280 },
  { width: 640, height: 440 },
  { width: 1200, height: 630 },
];

/** The chart's words that must be figures: every text mark except the scale marks the allowlist names. */
const checkedTexts = (marks: Mark[]) =>
  marks.flatMap((m) =>
    m.kind === 'text' && !chartMarkAllowlist.some((a) => m.key.startsWith(a.keyPrefix)) ? [{ part: `mark ${m.key}`, text: m.text }] : [],
  );

for (const chart of Object.values(charts)) {
  describe(`the ${chart.slug} chart writes only figures`, () => {
    for (const step of chart.steps) {
      it(`prints no number in ${step} that is not a figure's formatted value (text marks at every size, the description)`, () => {
        const parts = [
          ...sizes.flatMap((size) =>
            checkedTexts(chart.layout({ step, progress: 1 }, size)).map((p) => ({ ...p, part: `${size.width}×${size.height} ${p.part}` })),
          ),
          { part: 'describe()', text: chart.describe(step) },
        ];
        expect([...new Set(strayReport(parts))], `${chart.slug} chart, step ${step}`).toEqual([]);
      });
    }

    it('puts no number in its data table that is not a figure', () => {
      const parts = chart.table().rows.flatMap((row, i) => row.map((cell) => ({ part: `table row ${i + 1}`, text: cell })));
      parts.push(...chart.table().columns.map((column) => ({ part: 'table header', text: column })));
      expect(strayReport(parts), `${chart.slug} chart, table`).toEqual([]);
    });
  });
}
