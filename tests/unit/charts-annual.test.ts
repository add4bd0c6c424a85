import { describe, expect, it } from 'vitest';
import { charts } from '../../src/charts/index';

const annualChart = charts.annual;
import type { Mark, RectMark, TextMark } from '../../src/charts/types';
import { text, value } from '../../src/lib/figure';
import { find, layoutOf, server, sizes, words } from '../support/chart-checks';

const lines = ['hardware', 'electricity', 'other', 'staff'];
const facts: Record<string, string> = {
  hardware: 'model.central.hardwarePerYear',
  electricity: 'model.central.electricityPerYear',
  other: 'model.central.otherRunningPerYear',
  staff: 'model.central.staffPerYear',
};
const layout = layoutOf(annualChart);
const segments = (marks: Mark[]): RectMark[] => marks.filter((m): m is RectMark => m.kind === 'rect' && m.key.startsWith('seg-'));
const area = (r: RectMark): number => r.width * r.height;

describe('the annual chart', () => {
  it('builds the year up in order: hardware, then power and other running, then staff', () => {
    const shown = (step: string) => segments(layout(step)).map((m) => m.key.replace('seg-', ''));
    expect(shown('annual-hardware')).toEqual(['hardware']);
    expect(shown('annual-running')).toEqual(['hardware', 'electricity', 'other']);
    expect(shown('annual-staff')).toEqual(lines);
    expect(shown('annual-total')).toEqual(lines);
  });

  it('grows the newest segment during the first half of its step, the rest already in place', () => {
    const height = (progress: number, key: string) => find(layout('annual-staff', server, progress), key, 'rect').height;
    expect(height(0.1, 'seg-staff')).toBeLessThan(height(0.4, 'seg-staff'));
    expect(height(0.4, 'seg-staff')).toBeLessThan(height(0.5, 'seg-staff'));
    expect(height(0.1, 'seg-hardware')).toBe(height(1, 'seg-hardware'));
  });

  it('the stack’s segments add up to the Central total, each in proportion to its model line', () => {
    const marks = layout('annual-total');
    const segs = segments(marks);
    const perDollar = (segs[0]?.height ?? 0) / value(facts.hardware ?? '');
    for (const seg of segs) expect(seg.height).toBeCloseTo(perDollar * value(facts[seg.key.replace('seg-', '')] ?? ''), 6);
    const stacked = segs.reduce((sum, s) => sum + s.height, 0);
    expect(stacked).toBeCloseTo(perDollar * value('model.central.totalPerYear'), 6);
    // Segments touch: each sits on the one below, and the total line marks the top of the stack.
    for (const [i, seg] of segs.entries()) if (i > 0) expect(seg.y + seg.height).toBeCloseTo(segs[i - 1]?.y ?? 0, 6);
    expect(find(marks, 'total-line', 'line').y1).toBeCloseTo(segs[segs.length - 1]?.y ?? 0, 6);
  });

  it('marks the Low and High totals on the same scale as the stack in annual-total', () => {
    const marks = layout('annual-total');
    const base = find(marks, 'seg-hardware', 'rect');
    const floor = base.y + base.height;
    const perDollar = base.height / value('model.central.hardwarePerYear');
    expect(floor - find(marks, 'range-low', 'line').y1).toBeCloseTo(perDollar * value('model.low.totalPerYear'), 6);
    expect(floor - find(marks, 'range-high', 'line').y1).toBeCloseTo(perDollar * value('model.high.totalPerYear'), 6);
    for (const id of ['model.central.totalPerYear', 'model.low.totalPerYear', 'model.high.totalPerYear']) expect(words(marks)).toContain(text(id));
  });

  it('keeps the labels beside the stack apart, at every size', () => {
    for (const size of sizes) {
      const labels = layout('annual-total', size)
        .filter((m): m is TextMark => m.kind === 'text' && m.key.startsWith('label-'))
        .sort((a, b) => a.y - b.y);
      for (const [i, label] of labels.entries())
        if (i > 0) expect(label.y - (labels[i - 1]?.y ?? 0), `${size.width}: ${label.key}`).toBeGreaterThanOrEqual((label.size ?? 14) * 1.1);
    }
  });

  it('labels every line with its model figure, the calculator’s Central numbers', () => {
    const marks = layout('annual-total');
    for (const id of Object.values(facts)) expect(words(marks)).toContain(text(id));
  });

  it('the $5.6M square’s area is the run’s share of the year’s area in annual-scale', () => {
    const marks = layout('annual-scale');
    const run = find(marks, 'run', 'rect');
    const year = segments(marks).reduce((sum, s) => sum + area(s), 0);
    expect(run.width).toBeCloseTo(run.height, 6);
    expect(area(run) / year).toBeCloseTo(value('v3.cost.total') / value('model.central.totalPerYear'), 6);
  });

  it('draws the year as a square of slices in proportion to its lines, beside US labs’ spending in annual-scale', () => {
    const marks = layout('annual-scale');
    const segs = segments(marks);
    const year = segs.reduce((sum, s) => sum + area(s), 0);
    const side = segs[0]?.width ?? 0;
    expect(segs.reduce((sum, s) => sum + s.height, 0)).toBeCloseTo(side, 6);
    for (const seg of segs)
      expect(area(seg) / year).toBeCloseTo(value(facts[seg.key.replace('seg-', '')] ?? '') / value('model.central.totalPerYear'), 6);
    const us = find(marks, 'us-labs', 'rect');
    expect(area(us) / year).toBeCloseTo(value('lambert.usLabs') / value('model.central.totalPerYear'), 6);
    expect(words(marks)).toContain(text('lambert.usLabs'));
    expect(words(marks)).toContain(text('v3.cost.total'));
  });

  it('describes each step with its key figures', () => {
    expect(annualChart.describe('annual-hardware')).toContain(text('model.central.hardwarePerYear'));
    expect(annualChart.describe('annual-running')).toContain(text('model.central.electricityPerYear'));
    expect(annualChart.describe('annual-running')).toContain(text('model.central.otherRunningPerYear'));
    expect(annualChart.describe('annual-staff')).toContain(text('model.central.staffPerYear'));
    for (const id of ['model.central.totalPerYear', 'model.low.totalPerYear', 'model.high.totalPerYear'])
      expect(annualChart.describe('annual-total')).toContain(text(id));
    expect(annualChart.describe('annual-scale')).toContain(text('v3.cost.total'));
    expect(annualChart.describe('annual-scale')).toContain(text('lambert.usLabs'));
  });

  it('gives every line for the three presets in its table', () => {
    const table = annualChart.table();
    expect(table.columns).toHaveLength(4);
    const total = table.rows.find((r) => r[0] === 'Total');
    expect(total).toEqual(['Total', text('model.low.totalPerYear'), text('model.central.totalPerYear'), text('model.high.totalPerYear')]);
  });
});
