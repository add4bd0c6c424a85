import { describe, expect, it } from 'vitest';
import { charts } from '../../src/charts/index';

const peersChart = charts.peers;
import { text, value } from '../../src/lib/figure';
import { layoutOf, rect, sizes, texts } from '../support/chart-checks';

const layout = layoutOf(peersChart);

describe('the peers chart', () => {
  it('the Llama bar is about 11 times the DeepSeek bar in peers-gpu-hours', () => {
    const marks = layout('peers-gpu-hours');
    const ratio = rect(marks, 'bar-llama').width / rect(marks, 'bar-v3').width;
    expect(ratio).toBeCloseTo(value('peers.gpuHoursRatio'), 1);
    expect(texts(marks).join(' ')).toContain(text('peers.gpuHoursRatio'));
  });

  it('rescales the same two bars to the FLOP ratio in peers-flops', () => {
    const marks = layout('peers-flops');
    expect(rect(marks, 'bar-llama').width / rect(marks, 'bar-v3').width).toBeCloseTo(value('peers.flopsRatio'), 1);
    expect(texts(marks)).toEqual(expect.arrayContaining([text('llama405.flops'), text('v3.flops')]));
  });

  it('shows nearly equal bars in peers-throughput: the saving is fewer FLOPs', () => {
    const marks = layout('peers-throughput');
    const ratio = rect(marks, 'bar-v3').width / rect(marks, 'bar-llama').width;
    expect(ratio).toBeCloseTo(value('v3.usefulTflops') / value('llama405.usefulTflops'), 3);
    expect(ratio).toBeGreaterThan(0.9);
    expect(texts(marks).join(' ')).toMatch(/fewer FLOPs/);
  });

  it('keeps the bar keys across the three bar steps so the join animates the rescale', () => {
    for (const step of ['peers-gpu-hours', 'peers-flops', 'peers-throughput']) {
      expect(layout(step).map((m) => m.key)).toEqual(expect.arrayContaining(['title', 'bar-llama', 'bar-v3']));
    }
  });

  it('lights 37 of 671 parameter cells in peers-active', () => {
    for (const size of sizes) {
      const cells = layout('peers-active', size).filter((m) => m.key.startsWith('param-'));
      expect(cells).toHaveLength(Math.round(value('v3.params.total') / 1e9));
      expect(cells.filter((m) => m.tone === 'c1')).toHaveLength(Math.round(value('v3.params.active') / 1e9));
    }
    expect(texts(layout('peers-active')).join(' ')).toContain('One square = 1B parameters');
  });

  it('describes each step with its key figures', () => {
    expect(peersChart.describe('peers-gpu-hours')).toContain(text('peers.gpuHoursRatio'));
    expect(peersChart.describe('peers-flops')).toContain(text('v3.flops'));
    expect(peersChart.describe('peers-throughput')).toContain(text('v3.usefulTflops'));
    expect(peersChart.describe('peers-active')).toContain(text('v3.params.active'));
  });

  it('tables the comparison with the figures as the page writes them', () => {
    const rows = peersChart.table().rows;
    expect(rows[0]).toEqual(['GPU-hours (final run)', text('llama405.gpuHours'), text('v3.gpuHours.total'), text('peers.gpuHoursRatio')]);
  });

  it('rejects a step it does not define', () => {
    expect(() => layout('peers-nope')).toThrow(/peers-nope/);
  });
});
