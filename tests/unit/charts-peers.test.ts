import { describe, expect, it } from 'vitest';
import { peersChart } from '../../src/charts/peers';
import { textWidth } from '../../src/charts/text';
import type { Mark, RectMark, Size, TextMark } from '../../src/charts/types';
import { text, value } from '../../src/lib/figure';

const sizes: Size[] = [
  { width: 300, height: 260 }, { width: 320, height: 280 }, { width: 640, height: 440 }, { width: 900, height: 620 }, { width: 1200, height: 630 },
];
const server: Size = { width: 640, height: 440 };
const layout = (step: string, size = server, progress = 1) => peersChart.layout({ step, progress }, size);
const rect = (marks: Mark[], key: string): RectMark => {
  const m = marks.find((x) => x.key === key);
  if (m?.kind !== 'rect') throw new Error(`no rect "${key}"`);
  return m;
};
const texts = (marks: Mark[]): string[] => marks.filter((m): m is TextMark => m.kind === 'text').map((m) => m.text);

/** Problems with a layout: non-finite numbers, repeated keys, marks outside the frame, small type. */
function problems(marks: Mark[], size: Size): string[] {
  const found: string[] = [];
  const keys = marks.map((m) => m.key);
  if (new Set(keys).size !== keys.length) found.push('repeated keys');
  for (const m of marks) {
    if (Object.values(m).some((v) => typeof v === 'number' && !Number.isFinite(v))) found.push(`${m.key}: not finite`);
    const [x0, x1, y0, y1] = m.kind === 'rect' ? [m.x, m.x + m.width, m.y, m.y + m.height]
      : m.kind === 'circle' ? [m.cx - m.r, m.cx + m.r, m.cy - m.r, m.cy + m.r]
        : m.kind === 'line' ? [Math.min(m.x1, m.x2), Math.max(m.x1, m.x2), Math.min(m.y1, m.y2), Math.max(m.y1, m.y2)]
          : m.kind === 'text' ? (() => {
            const w = textWidth(m.text, m.size ?? 14);
            const left = m.anchor === 'middle' ? m.x - w / 2 : m.anchor === 'end' ? m.x - w : m.x;
            return [left, left + w, m.y - (m.size ?? 14) * 0.8, m.y + (m.size ?? 14) * 0.25];
          })() : [0, 0, 0, 0];
    if (x0 < -0.5 || y0 < -0.5 || x1 > size.width + 0.5 || y1 > size.height + 0.5) found.push(`${m.key}: outside ${size.width}×${size.height}`);
    if (m.kind === 'text' && (m.size ?? 14) < 12) found.push(`${m.key}: type under 12`);
  }
  return found;
}

describe('the peers chart', () => {
  for (const step of peersChart.steps) {
    it(`lays out ${step} inside the frame at every size, with unique keys, finite numbers and a title on top`, () => {
      for (const size of sizes) {
        const marks = layout(step, size);
        expect(problems(marks, size), `${size.width}×${size.height}`).toEqual([]);
        expect(marks.length).toBeLessThanOrEqual(1_000);
        const title = marks.find((m): m is TextMark => m.key === 'title' && m.kind === 'text');
        expect(title?.y).toBe(Math.min(...marks.filter((m): m is TextMark => m.kind === 'text').map((m) => m.y)));
      }
    });

    it(`lays out ${step} the same way every time`, () => {
      expect(layout(step)).toEqual(layout(step));
      expect(layout(step, server, 0.5)).toEqual(layout(step, server, 1));
    });
  }

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
