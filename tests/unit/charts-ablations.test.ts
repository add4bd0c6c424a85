import { describe, expect, it } from 'vitest';
import { charts } from '../../src/charts/index';

const ablationsChart = charts.ablations;
import type { CircleMark, TextMark } from '../../src/charts/types';
import { text, value } from '../../src/lib/figure';
import { formatUsd } from '../../src/lib/format';
import { circle, find, layoutOf, problems, rect, server, sizes, texts } from '../support/chart-checks';

const layout = layoutOf(ablationsChart);

describe('the ablations chart', () => {
  it('draws the final run as one dot filling the chart in ablations-final', () => {
    const marks = layout('ablations-final');
    expect(circle(marks, 'final').r * 2).toBeGreaterThan(server.height / 2);
    expect(marks.filter((m) => m.kind === 'circle')).toHaveLength(1);
    expect(texts(marks).join(' ')).toContain(text('v3.cost.total'));
  });

  it('rings the same final dot with a swarm of smaller runs in ablations-sweeps, none covering it', () => {
    for (const size of sizes) {
      const marks = layout('ablations-sweeps', size);
      const final = circle(marks, 'final');
      const runs = marks.filter((m): m is CircleMark => m.kind === 'circle' && m.key.startsWith('run-'));
      expect(runs.length).toBeGreaterThan(100);
      for (const run of runs) {
        expect(run.r).toBeLessThan(final.r);
        expect(Math.hypot(run.cx - final.cx, run.cy - final.cy)).toBeGreaterThan(final.r + run.r);
      }
    }
    const [alone, ringed] = [circle(layout('ablations-final'), 'final'), circle(layout('ablations-sweeps'), 'final')];
    expect([ringed.cx, ringed.cy]).toEqual([alone.cx, alone.cy]);
    expect(ringed.r).toBeLessThan(alone.r);
  });

  it('fills in about 1,000 fine-tunes by the middle of ablations-recipes, with exactly one kept', () => {
    const count = (progress: number) => layout('ablations-recipes', server, progress).filter((m) => m.key.startsWith('tune-')).length;
    expect(count(0)).toBeLessThan(count(0.25));
    expect(count(0.5)).toBe(value('tulu3.finetunes'));
    expect(count(1)).toBe(value('tulu3.finetunes'));
    expect(find(layout('ablations-recipes', server, 0.25), 'recipes-count', 'text').text).toContain(text('tulu3.finetunes'));
    expect(layout('ablations-recipes').filter((m) => m.key.startsWith('tune-') && m.tone === 'c3')).toHaveLength(1);
    expect(texts(layout('ablations-recipes')).join(' ')).toMatch(/not DeepSeek|Another lab/);
  });

  it('grows the bar by 2–4× the final run in ablations-multiplier: $11.2M–$22.3M on top of $5.6M', () => {
    const marks = layout('ablations-multiplier');
    const final = rect(marks, 'bar-final').width;
    const low = rect(marks, 'bar-experiments').width;
    const range = rect(marks, 'bar-experiments-range').width;
    expect(low / final).toBeCloseTo(value('exp.multiplierLow'), 5);
    expect((low + range) / final).toBeCloseTo(value('exp.multiplierHigh'), 5);
    expect(texts(marks).join(' ')).toContain(`${text('exp.costLow')}–${text('exp.costHigh')}`);
    const early = layout('ablations-multiplier', server, 0.1);
    expect(rect(early, 'bar-experiments').width).toBeLessThan(low);
  });

  it('shows Epoch’s 1.2–4× as a total that includes the final run, with its median, apart from Lambert’s', () => {
    const marks = layout('ablations-multiplier');
    const final = rect(marks, 'bar-final').width;
    const epoch = rect(marks, 'bar-epoch').width;
    const range = rect(marks, 'bar-epoch-range').width;
    expect(epoch / final).toBeCloseTo(value('epoch.totalToFinalLow'), 5);
    expect((epoch + range) / final).toBeCloseTo(value('epoch.totalToFinalHigh'), 5);
    const words = texts(marks).join(' ');
    expect(words).toMatch(/on top/);
    expect(words).toMatch(/included/);
    expect(words).toContain(text('epoch.totalToFinalMedian'));
  });

  it('leaves out the dollar axis on a phone’s short chart, keeping both bars and their values', () => {
    const phone = { width: 320, height: 152 };
    const marks = layout('ablations-multiplier', phone);
    expect(problems(marks, phone)).toEqual([]);
    expect(marks.filter((m) => m.key.startsWith('tick-') || m.key === 'axis')).toEqual([]);
    expect(texts(marks).join(' ')).toContain(`${text('exp.costLow')}–${text('exp.costHigh')}`);
    expect(rect(marks, 'bar-epoch').width / rect(marks, 'bar-final').width).toBeCloseTo(value('epoch.totalToFinalLow'), 5);
  });

  it('labels the dollar axis with computed ticks in the site’s format', () => {
    const ticks = layout('ablations-multiplier').filter((m): m is TextMark => m.kind === 'text' && m.key.startsWith('tick-'));
    expect(ticks.length).toBeGreaterThan(2);
    for (const tick of ticks) expect(tick.text).toBe(formatUsd(Number(tick.key.slice(5))));
  });

  it('describes each step with its key figure', () => {
    expect(ablationsChart.describe('ablations-final')).toContain(text('v3.cost.total'));
    expect(ablationsChart.describe('ablations-sweeps')).toContain(text('exp.smallParamsHigh'));
    expect(ablationsChart.describe('ablations-recipes')).toContain(text('tulu3.finetunes'));
    expect(ablationsChart.describe('ablations-multiplier')).toContain(text('exp.costHigh'));
    expect(ablationsChart.describe('ablations-multiplier')).toContain(text('epoch.totalToFinalLow'));
  });

  it('rejects a step it does not define', () => {
    expect(() => layout('ablations-nope')).toThrow(/ablations-nope/);
  });
});
