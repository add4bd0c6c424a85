import { describe, expect, it } from 'vitest';
import { charts } from '../../src/charts/index';

const clusterChart = charts.cluster;
import type { RectMark } from '../../src/charts/types';
import { text, value } from '../../src/lib/figure';
import { formatUsd } from '../../src/lib/format';
import { find, layoutOf, rect, server, sizes, texts } from '../support/chart-checks';

const layout = layoutOf(clusterChart);

describe('the cluster chart', () => {
  it('draws one square per 8-GPU node in cluster-run, and says so', () => {
    const marks = layout('cluster-run');
    expect(marks.filter((m) => m.key.startsWith('node-'))).toHaveLength(value('v3.clusterGpus') / value('v3.gpusPerNode'));
    expect(texts(marks).join(' ')).toContain(`one node of ${text('v3.gpusPerNode')} GPUs`);
  });

  it('fills in the fleet by the middle of cluster-fleet, from the run to the 50,000 Hopper GPUs of the higher estimate', () => {
    const perSquare = value('v3.gpusPerNode') * 8;
    const units = (progress: number) => layout('cluster-fleet', server, progress).filter((m) => m.key.startsWith('unit-'));
    expect(units(0).length).toBeLessThan(units(0.5).length);
    expect(units(0.5)).toHaveLength(Math.ceil(value('fleet.estimateHigh') / perSquare));
    expect(units(1).filter((m) => m.tone === 'c1')).toHaveLength(Math.ceil(value('v3.clusterGpus') / perSquare));
    expect(units(1).filter((m) => m.tone === 'c5')).toHaveLength(
      Math.ceil(value('fleet.estimateHigh') / perSquare) - Math.ceil(value('v3.clusterGpus') / perSquare),
    );
  });

  it('counts the fleet in Hopper-class GPUs in cluster-fleet, names its sources and converts nothing, at every size', () => {
    for (const size of sizes) {
      const words = texts(layout('cluster-fleet', size)).join(' ');
      expect(words).toMatch(/Hopper/);
      expect(words).toContain(text('fleet.estimateLow'));
      expect(words).toContain(text('fleet.estimateHigh'));
      expect(words).not.toMatch(/≈/);
    }
    const wide = texts(layout('cluster-fleet', sizes[sizes.length - 1] ?? server)).join(' ');
    expect(wide).toMatch(/ChinaTalk/);
    expect(wide).toMatch(/Patel/);
  });

  it('shows a chips bar labelled $1B or more, and servers and network roughly doubling it, in cluster-capex', () => {
    const marks = layout('cluster-capex');
    const chips = rect(marks, 'capex-system-chips').width;
    const total = chips + rect(marks, 'capex-servers').width + rect(marks, 'capex-network').width;
    expect(total / chips).toBeCloseTo(value('epoch.systemMultiplier'), 5);
    const words = texts(marks);
    expect(words).toContain(text('fleet.gpuCapexFloor'));
    expect(words).toContain(formatUsd(value('fleet.gpuCapexFloor') * value('epoch.systemMultiplier')));
    expect(value('fleet.gpusPerBillion') * value('gpu.price')).toBeGreaterThanOrEqual(value('fleet.gpuCapexFloor'));
    expect(rect(marks, 'capex-reported').width / rect(marks, 'capex-chips').width).toBeCloseTo(
      value('fleet.serverCapex') / value('fleet.gpuCapexFloor'),
      5,
    );
  });

  it('shows $12.3M a year of power per 10,000 GPUs, $6.1M for the GPUs alone, in cluster-power', () => {
    const marks = layout('cluster-power');
    const whole = rect(marks, 'power-gpu-share').width + rect(marks, 'power-rest').width;
    expect(whole / rect(marks, 'power-gpu').width).toBeCloseTo(value('power.costPer10k') / value('power.gpuOnlyPer10k'), 5);
    expect(texts(marks)).toEqual(expect.arrayContaining([text('power.costPer10k'), text('power.gpuOnlyPer10k')]));
  });

  it('fills under 2% of a fleet-year in cluster-share: 1.6 squares of 100 for 20,000 GPUs, 0.6 for 50,000', () => {
    const marks = layout('cluster-share');
    const filled = (id: string) => {
      const cell = rect(marks, `waffle-${id}-0`).width;
      return marks
        .filter((m): m is RectMark => m.kind === 'rect' && m.key.startsWith(`waffle-${id}-run-`))
        .reduce((sum, m) => sum + m.width / cell, 0);
    };
    expect(marks.filter((m) => /^waffle-small-\d+$/.test(m.key))).toHaveLength(100);
    expect(filled('small')).toBeCloseTo(value('fleet.finalRunShareSmall') * 100, 5);
    expect(filled('large')).toBeCloseTo(value('fleet.finalRunShareLarge') * 100, 5);
    expect(value('fleet.finalRunShareSmall')).toBeLessThan(0.02);
    expect(texts(marks).join(' ')).toContain(text('fleet.finalRunShareSmall'));
  });

  it('describes each step with its key figure', () => {
    expect(clusterChart.describe('cluster-run')).toContain(text('v3.clusterGpus'));
    expect(clusterChart.describe('cluster-fleet')).toContain(text('fleet.estimateHigh'));
    expect(clusterChart.describe('cluster-fleet')).toMatch(/ChinaTalk.*Dylan Patel/);
    expect(clusterChart.describe('cluster-capex')).toContain(text('fleet.gpuCapexFloor'));
    expect(clusterChart.describe('cluster-power')).toContain(text('power.costPer10k'));
    expect(clusterChart.describe('cluster-share')).toContain(text('fleet.finalRunShareLarge'));
  });

  it('gives the CapEx note’s line to its three bar rows on a short chart, each row label above its own bar', () => {
    const short = layout('cluster-capex', { width: 320, height: 152 });
    expect(short.some((m) => m.key.startsWith('note-'))).toBe(false);
    expect(layout('cluster-capex').some((m) => m.key.startsWith('note-'))).toBe(true);
    for (const [row, bar] of [
      ['chips', 'capex-chips'],
      ['system', 'capex-system-chips'],
      ['reported', 'capex-reported'],
    ] as const) {
      expect(find(short, `${row}-label`, 'text').y).toBeLessThan(rect(short, bar).y);
    }
  });

  it('rejects a step it does not define', () => {
    expect(() => layout('cluster-nope')).toThrow(/cluster-nope/);
  });
});
