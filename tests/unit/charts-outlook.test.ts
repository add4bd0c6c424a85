import { describe, expect, it } from 'vitest';
import { charts } from '../../src/charts/index';
import { projectedCost, yearsToReach } from '../../src/charts/outlook';
import type { Mark, PathMark, TextMark } from '../../src/charts/types';
import { text, value } from '../../src/lib/figure';
import { find, layoutOf, points, server, sizes, words } from '../support/chart-checks';

const outlookChart = charts.outlook;
const layout = layoutOf(outlookChart);

/** A curve ribbon's centre line: the mean of its upper and lower edges at each x (upper edge first, lower edge reversed). */
function centre(path: PathMark): [number, number][] {
  const p = points(path.d);
  const half = p.length / 2;
  return p.slice(0, half).map(([x, y], i) => [x, (y + (p[p.length - 1 - i]?.[1] ?? y)) / 2]);
}

/** The axes as the chart drew them: pixels per decade of dollars (from the $1M and $10M gridlines) and per year. */
function axes(marks: Mark[]) {
  const gridY = (amount: number) => {
    const r = find(marks, `grid-y-${amount}`, 'rect');
    return r.y + r.height / 2;
  };
  const gridX = (year: number) => {
    const r = find(marks, `grid-x-${year}`, 'rect');
    return r.x + r.width / 2;
  };
  const perDecade = gridY(1e6) - gridY(1e7);
  const perYear = gridX(1) - gridX(0);
  return { y: (amount: number) => gridY(1e6) - Math.log10(amount / 1e6) * perDecade, x: (t: number) => gridX(0) + t * perYear, perDecade, perYear };
}

const start = value('model.central.totalPerYear');
const months = value('algo.halvingMonths');
const oom = value('epoch.hardwareOom');

describe('the outlook chart', () => {
  it('halves the cost of a fixed capability every halving period, and gains the hardware’s orders of magnitude each year', () => {
    expect(projectedCost(1, months / 12, months)).toBeCloseTo(0.5, 12);
    expect(projectedCost(1, 1, months, oom)).toBeCloseTo(1 / value('outlook.yearlyFactor'), 12);
    expect(projectedCost(start, yearsToReach(start, 1e6, months, oom), months, oom)).toBeCloseTo(1e6, 3);
  });

  it('uses a log scale for dollars: each power of ten a gridline, equally spaced', () => {
    const marks = layout('outlook-today');
    const ys = [1e5, 1e6, 1e7, 1e8, 1e9].map((t) => find(marks, `grid-y-${t}`, 'rect').y);
    const gaps = ys.slice(1).map((y, i) => (ys[i] ?? 0) - y);
    for (const gap of gaps) expect(gap).toBeCloseTo(gaps[0] ?? 0, 6);
    expect(find(marks, 'tick-y-1000000', 'text').text).toBe('$1M');
  });

  it('starts every curve from the year of running the lab, with the headline run and the experiments beside it in outlook-today', () => {
    const marks = layout('outlook-today');
    const a = axes(marks);
    expect(find(marks, 'start', 'circle').cy).toBeCloseTo(a.y(start), 6);
    expect(find(marks, 'level-headline', 'line').y1).toBeCloseTo(a.y(value('v3.cost.total')), 6);
    expect(find(marks, 'exp-range', 'line').y1).toBeCloseTo(a.y(value('exp.costLow')), 6);
    for (const id of ['model.central.totalPerYear', 'v3.cost.total', 'exp.costHigh']) expect(words(marks)).toContain(text(id));
  });

  it('draws the algorithms-only curve at the halving rate in outlook-algorithms, with the interval as a band around it', () => {
    const marks = layout('outlook-algorithms');
    const a = axes(marks);
    const curve = centre(find(marks, 'curve-algo', 'path'));
    const [x0, y0] = curve[0] ?? [0, 0];
    const [x1, y1] = curve[curve.length - 1] ?? [0, 0];
    // Paths are written to 3 decimals.
    expect(y0).toBeCloseTo(a.y(start), 2);
    const years = (x1 - x0) / a.perYear;
    expect(y1).toBeCloseTo(a.y(projectedCost(start, years, months)), 2);
    const band = points(find(marks, 'band', 'path').d)
      .filter(([x]) => Math.abs(x - x1) < 1e-6)
      .map(([, y]) => y);
    // At the far end the slow (14-month) edge sits above the curve and the fast (5-month) edge below it.
    expect(Math.min(...band)).toBeLessThan(y1);
    expect(Math.max(...band)).toBeGreaterThan(y1);
  });

  it('draws the curve as the step progresses, complete by halfway', () => {
    const reach = (progress: number) =>
      Math.max(...points(find(layout('outlook-algorithms', server, progress), 'curve-algo', 'path').d).map(([x]) => x));
    expect(reach(0.1)).toBeLessThan(reach(0.3));
    expect(reach(0.3)).toBeLessThan(reach(0.5));
    expect(reach(0.5)).toBe(reach(1));
  });

  it('adds hardware in outlook-hardware: the combined curve falls faster than algorithms alone', () => {
    const marks = layout('outlook-hardware');
    const a = axes(marks);
    const all = centre(find(marks, 'curve-all', 'path'));
    const algo = centre(find(marks, 'curve-algo', 'path'));
    const [xEnd, yEnd] = all[all.length - 1] ?? [0, 0];
    expect(yEnd).toBeCloseTo(a.y(projectedCost(start, (xEnd - a.x(0)) / a.perYear, months, oom)), 2);
    expect(yEnd).toBeGreaterThan(algo[algo.length - 1]?.[1] ?? Infinity);
    expect(find(marks, 'curve-algo', 'path').tone).toBe('muted');
  });

  it('the projection falls below the lambert.futureCost level within the plotted years', () => {
    for (const size of sizes) {
      const marks = layout('outlook-projection', size);
      const level = find(marks, 'level-future', 'line').y1;
      const curve = centre(find(marks, 'curve-all', 'path'));
      expect(curve[curve.length - 1]?.[1] ?? 0, `${size.width}×${size.height}`).toBeGreaterThan(level);
    }
  });

  it('marks when the projection reaches ~$5.5M, with the interval’s earliest and latest arrival, in outlook-projection', () => {
    const marks = layout('outlook-projection');
    const a = axes(marks);
    const when = (m: number) => yearsToReach(start, value('lambert.futureCost'), m, oom);
    expect(find(marks, 'arrival', 'circle').cx).toBeCloseTo(a.x(when(months)), 6);
    expect(find(marks, 'arrival', 'circle').cy).toBeCloseTo(a.y(value('lambert.futureCost')), 6);
    const range = find(marks, 'arrival-range', 'line');
    expect(range.x1).toBeCloseTo(a.x(when(value('algo.halvingLow'))), 6);
    expect(range.x2).toBeCloseTo(a.x(when(value('algo.halvingHigh'))), 6);
    expect(find(marks, 'label-arrival', 'text').text).toContain(when(months).toFixed(1));
  });

  it('writes the assumptions on the chart and labels the years from the V3 report', () => {
    const marks = layout('outlook-projection');
    for (const id of ['algo.halvingMonths', 'algo.halvingLow', 'algo.halvingHigh', 'epoch.hardwareOom', 'lambert.futureCost'])
      expect(words(marks)).toContain(text(id));
    expect(find(marks, 'tick-x-0', 'text').text).toBe('Dec 2024');
    const later = marks.filter((m): m is TextMark => m.kind === 'text' && m.key.startsWith('tick-x-') && m.key !== 'tick-x-0');
    expect(later.length).toBeGreaterThan(0);
    for (const tick of later) expect(tick.text).toMatch(/^\+\d+ yrs?$/);
  });

  it('describes each step with its key figures', () => {
    expect(outlookChart.describe('outlook-today')).toContain(text('model.central.totalPerYear'));
    expect(outlookChart.describe('outlook-algorithms')).toContain(text('algo.halvingMonths'));
    expect(outlookChart.describe('outlook-hardware')).toContain(text('epoch.hardwareOom'));
    expect(outlookChart.describe('outlook-projection')).toContain(text('lambert.futureCost'));
    expect(outlookChart.describe('outlook-projection')).toContain(text('outlook.yearlyFactor'));
  });

  it('tabulates both starting points and how long each takes to reach Lambert’s figure, as figures', () => {
    const cells = outlookChart.table().rows.flat();
    expect(cells).toEqual(
      expect.arrayContaining([
        text('model.central.totalPerYear'),
        text('outlook.runStart'),
        text('outlook.yearlyFactor'),
        text('lambert.futureCost'),
        text('outlook.yearsFromRun'),
      ]),
    );
    expect(cells.join(' ')).toContain(text('outlook.yearsFromLab'));
    expect(value('outlook.yearsFromLab')).toBeCloseTo(yearsToReach(start, value('lambert.futureCost'), months, oom), 9);
  });
});
