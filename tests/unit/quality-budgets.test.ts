import { describe, expect, it } from 'vitest';
import { budgets, percentile, table, withinBudget } from '../../tests/bench/budgets';

const budget = (key: string) => budgets.find((b) => b.key === key) ?? budgets[0]!;

describe('the performance budget', () => {
  it('treats scores as floors, timings as ceilings and LCP as a strict limit', () => {
    expect(withinBudget(budget('performance'), 98)).toBe(true);
    expect(withinBudget(budget('performance'), 97)).toBe(false);
    expect(withinBudget(budget('tbtMs'), 50)).toBe(true);
    expect(withinBudget(budget('lcpMs'), 2000)).toBe(false);
    expect(withinBudget(budget('cls'), undefined)).toBe(false);
  });
  it('takes the nearest-rank percentile of frame times', () => {
    const frames = [...Array.from({ length: 95 }, () => 16.7), 40, 40, 40, 40, 40];
    expect(percentile(frames, 95)).toBe(16.7);
    expect(percentile(frames, 96)).toBe(40);
    expect(percentile([], 95)).toBeNaN();
  });
  it('prints a row per measured figure, marking what is over budget', () => {
    const text = table([{ page: '/', values: { tbtMs: 70, cls: 0 } }, { page: '/present/', values: { tbtMs: 70 }, info: true }]);
    expect(text).toMatch(/\/\s+Cumulative Layout Shift\s+0\s+≤ 0.01\s+yes/);
    expect(text).toMatch(/\/\s+Total Blocking Time\s+70 ms\s+≤ 50 ms\s+NO/);
    expect(text).toMatch(/\/present\/\s+Total Blocking Time\s+70 ms\s+≤ 50 ms\s+no \(info\)/);
  });
});
