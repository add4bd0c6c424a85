import { describe, expect, it } from 'vitest';
import { limits, overBudget, percentile, table, withinLimit, type Measure } from '../../src/tools/bench/budgets';

describe('the performance budget', () => {
  it('treats scores as floors and sizes and timings as ceilings, and a missing value as over', () => {
    expect(withinLimit(limits.performance, 98)).toBe(true);
    expect(withinLimit(limits.performance, 97)).toBe(false);
    expect(withinLimit(limits.deckTbtMs, 50)).toBe(true);
    expect(withinLimit(limits.deckTbtMs, 51)).toBe(false);
    expect(withinLimit(limits.cls, undefined)).toBe(false);
    expect(withinLimit(limits.cls, Number.NaN)).toBe(false);
  });
  it('takes the nearest-rank percentile of frame times', () => {
    const frames = [...Array.from({ length: 95 }, () => 16.7), 40, 40, 40, 40, 40];
    expect(percentile(frames, 95)).toBe(16.7);
    expect(percentile(frames, 96)).toBe(40);
    expect(percentile([], 95)).toBeNaN();
  });
  it('prints a row per figure, marking what is over budget and what is only reported', () => {
    const measures: Measure[] = [
      { page: '/', label: 'Cumulative Layout Shift', unit: '', value: 0, limit: limits.cls },
      { page: '/present/', label: 'Total Blocking Time', unit: 'ms', value: 70, limit: limits.deckTbtMs },
      { page: '/sw.js', label: 'Service worker', unit: 'KB', value: 12.5 },
    ];
    const text = table(measures);
    expect(text).toMatch(/\/\s+Cumulative Layout Shift\s+0\s+≤ 0.01\s+yes/);
    expect(text).toMatch(/\/present\/\s+Total Blocking Time\s+70 ms\s+≤ 50 ms\s+NO/);
    expect(text).toMatch(/\/sw\.js\s+Service worker\s+12\.5 KB\s+reported/);
    expect(overBudget(measures).map((m) => m.page)).toEqual(['/present/']);
  });
});
