import { describe, expect, it } from 'vitest';
import { breakdownLines, breakdownMarks } from '../../src/calculator/breakdown-chart';
import { calculatorCharts, chartData } from '../../src/calculator/layouts';
import { formatRatio } from '../../src/calculator/ratio';
import { shownSwings, tornadoMarks } from '../../src/calculator/tornado-chart';
import type { Mark, RectMark } from '../../src/charts/types';
import { value } from '../../src/lib/figure';
import { assumptions } from '../../src/model/assumptions';
import { presets, type Inputs } from '../../src/model/inputs';
import { modelCsv, modelReport } from '../../src/model/report';

const hours = value('v3.gpuHours.total');
const rects = (marks: Mark[]): RectMark[] => marks.filter((m): m is RectMark => m.kind === 'rect');
const numbersOf = (mark: Mark): number[] => Object.values(mark).filter((v): v is number => typeof v === 'number');
const largest = Object.fromEntries(assumptions.map((a) => [a.key, a.max])) as unknown as Inputs;
const cases: [string, Inputs][] = [
  ['Central', presets.central],
  ['Low', presets.low],
  ['High', presets.high],
  ['zero GPUs', { ...presets.central, gpus: 0 }],
  ['zero GPUs and staff', { ...presets.central, gpus: 0, headcount: 0 }],
  ['every input at its largest', largest],
];

describe('calculator charts', () => {
  for (const [name, inputs] of cases) {
    for (const width of [280, 560]) {
      it(`lay out ${name} at ${width}px with finite numbers, unique keys, no negative sizes and nothing past the edges`, () => {
        const data = chartData(inputs, hours);
        for (const chart of Object.values(calculatorCharts)) {
          const marks = chart.marks(data, { width, height: chart.height });
          expect(new Set(marks.map((m) => m.key)).size).toBe(marks.length);
          for (const mark of marks) for (const n of numbersOf(mark)) expect(Number.isFinite(n), mark.key).toBe(true);
          for (const r of rects(marks)) {
            expect(r.width, r.key).toBeGreaterThanOrEqual(0);
            expect(r.x, r.key).toBeGreaterThanOrEqual(-0.01);
            expect(r.x + r.width, r.key).toBeLessThanOrEqual(width + 0.01);
            expect(r.y + r.height, r.key).toBeLessThanOrEqual(chart.height);
          }
          expect(chart.describe(data)).not.toMatch(/NaN|Infinity|-\$/);
        }
      });
    }
  }

  it('stack the four lines in proportion to their costs', () => {
    const data = chartData(presets.central, hours);
    const bars = rects(breakdownMarks(data.costs, data.reference, { width: 500, height: 200 })).filter((r) => r.key.startsWith('bar-'));
    expect(bars.map((b) => b.key)).toEqual(breakdownLines.map((l) => `bar-${l.line}`));
    const hardware = bars[0]?.width ?? 0;
    const power = bars[1]?.width ?? 0;
    expect(hardware / power).toBeCloseTo(data.costs.hardwarePerYear / data.costs.electricityPerYear, 6);
  });

  it('draw a longer bar for a larger total, on the same scale', () => {
    const width = (inputs: Inputs): number => {
      const data = chartData(inputs, hours);
      return rects(breakdownMarks(data.costs, data.reference, { width: 500, height: 200 }))
        .filter((r) => r.key.startsWith('bar-'))
        .reduce((s, r) => s + r.width, 0);
    };
    expect(width(presets.low)).toBeLessThan(width(presets.central));
    expect(width(presets.central)).toBeLessThan(width(presets.high));
  });

  it('order the tornado’s rows by swing, widest first, and leave out inputs that cannot move the total', () => {
    const data = chartData(presets.central, hours);
    const rows = shownSwings(data.swings);
    expect(rows.map((r) => r.key)).not.toContain('experimentMultiplier');
    const marks = tornadoMarks(data.swings, { width: 500, height: 400 });
    const spans = rows.map((r) => {
      const bars = rects(marks).filter((m) => m.key === `low-${r.key}` || m.key === `high-${r.key}`);
      return Math.max(...bars.map((b) => b.x + b.width)) - Math.min(...bars.map((b) => b.x));
    });
    expect(spans).toEqual([...spans].sort((a, b) => b - a));
  });
});

describe('formatRatio', () => {
  it('writes the total as a multiple of the headline, never Infinity', () => {
    expect(formatRatio(554e6, 5.576e6)).toBe('99×');
    expect(formatRatio(30e6, 5.576e6)).toBe('5.4×');
    expect(formatRatio(0, 5.576e6)).toBe('0×');
    expect(formatRatio(1e6, 0)).toBe('0×');
  });
});

describe('model downloads', () => {
  const report = modelReport(hours);

  it('list every assumption with its three preset values and every result line', () => {
    expect(report.assumptions.map((a) => a.key)).toEqual(assumptions.map((a) => a.key));
    const total = report.results.find((r) => r.key === 'totalPerYear');
    expect(total?.presets.low).toBeLessThan(total?.presets.central ?? 0);
    expect(total?.presets.central).toBeLessThan(total?.presets.high ?? 0);
  });

  it('write one CSV row per assumption, result, scenario and swing, under a header', () => {
    const lines = modelCsv(report).trim().split('\r\n');
    expect(lines[0]).toBe('section,key,label,unit,low,central,high');
    expect(lines).toHaveLength(1 + report.assumptions.length + report.results.length + report.scenarios.length + report.swings.length);
    expect(lines.join('\n')).not.toMatch(/NaN|Infinity/);
  });

  it('include the Central lab at US costs, about $670M with 200 people and $710M with 300', () => {
    const totals = Object.fromEntries(report.scenarios.map((s) => [s.key, Math.round(s.totalPerYear / 1e7)]));
    expect(totals).toEqual({ centralUs: 67, centralUsLarge: 71 });
    expect(modelCsv(report)).toMatch(/\r\nscenario,centralUs,/);
  });
});
