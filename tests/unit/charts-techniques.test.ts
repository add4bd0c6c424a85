import { describe, expect, it } from 'vitest';
import { charts } from '../../src/charts/index';

const techniquesChart = charts.techniques;
import type { RectMark, TextMark } from '../../src/charts/types';
import { text, value } from '../../src/lib/figure';
import { circle, layoutOf, problems, rect, sizes, texts } from '../support/chart-checks';

const layout = layoutOf(techniquesChart);

describe('the techniques chart', () => {
  it('draws MLA as a qualitative diagram, with no numbers that are not in the facts module', () => {
    const words = texts(layout('techniques-mla')).join(' ');
    expect(words).not.toMatch(/\d/);
    expect(words).toMatch(/not to scale/);
  });

  it('draws 256 routed experts with 8 lit and one shared expert in techniques-moe', () => {
    const marks = layout('techniques-moe');
    const experts = marks.filter((m) => m.key.startsWith('moe-expert-'));
    expect(experts).toHaveLength(value('v3.experts.routed'));
    expect(experts.filter((m) => m.tone === 'c1')).toHaveLength(value('v3.experts.active'));
    expect(circle(marks, 'moe-shared').r).toBeGreaterThan(0);
    expect(texts(marks).join(' ')).toContain(`${text('v3.experts.shared')} shared expert`);
  });

  it('makes the MTP decoding bar 1.8 times the baseline bar', () => {
    const marks = layout('techniques-mtp');
    expect(rect(marks, 'mtp-speed-mtp').width / rect(marks, 'mtp-speed-base').width).toBeCloseTo(value('v3.mtpSpeedup'), 5);
    expect(texts(marks)).toContain(`${text('v3.mtpSpeedup')} tokens/s`);
  });

  it('draws the FP8 column twice the BF16 column, labelled 1,979 and 989 TFLOP/s', () => {
    const marks = layout('techniques-fp8');
    expect(rect(marks, 'fp8-fp8').height / rect(marks, 'fp8-bf16').height).toBeCloseTo(value('h100.fp8Speedup'), 5);
    expect(texts(marks)).toEqual(expect.arrayContaining([text('h100.fp8Dense'), text('h100.bf16Dense')]));
  });

  it('keeps the three NVLink figures apart in techniques-dualpipe: H100 spec, H800 cap and what the report says NVLink offers', () => {
    for (const size of sizes) {
      const marks = layout('techniques-dualpipe', size);
      const widths = ['h100', 'h800', 'offered'].map((id) => rect(marks, `dp-link-${id}`).width);
      expect((widths[1] ?? 0) / (widths[0] ?? 1)).toBeCloseTo(value('h800.nvlink') / value('h100.nvlink'), 5);
      expect((widths[2] ?? 0) / (widths[0] ?? 1)).toBeCloseTo(value('v3.nvlinkOffered') / value('h100.nvlink'), 5);
      const byKey = (key: string) => marks.find((m): m is TextMark => m.key === key && m.kind === 'text')?.text;
      expect(byKey('dp-link-h100-value')).toBe(text('h100.nvlink'));
      expect(byKey('dp-link-h800-value')).toBe(text('h800.nvlink'));
      expect(byKey('dp-link-offered-value')).toBe(text('v3.nvlinkOffered'));
      expect(byKey('dp-link-offered-name')).not.toMatch(/[Mm]easured/);
    }
  });

  it('keeps the NVLink figures and the timeline on a phone’s short chart, letting the InfiniBand bar go with its note', () => {
    const phone = { width: 320, height: 152 };
    const marks = layout('techniques-dualpipe', phone);
    expect(problems(marks, phone)).toEqual([]);
    expect(rect(marks, 'dp-link-h800').width / rect(marks, 'dp-link-h100').width).toBeCloseTo(value('h800.nvlink') / value('h100.nvlink'), 5);
    expect(texts(marks)).toEqual(expect.arrayContaining([text('h100.nvlink'), text('h800.nvlink'), text('v3.nvlinkOffered')]));
    expect(marks.some((m) => m.key.startsWith('dp-link-infiniband'))).toBe(false);
    expect(marks.some((m) => m.key.startsWith('dp-serial-'))).toBe(true);
    expect(layout('techniques-dualpipe', { width: 375, height: 214 }).some((m) => m.key === 'dp-link-infiniband')).toBe(true);
  });

  it('finishes the overlapped DualPipe lane before the serial one', () => {
    const marks = layout('techniques-dualpipe');
    const end = (lane: string) =>
      Math.max(...marks.filter((m): m is RectMark => m.kind === 'rect' && m.key.startsWith(`dp-${lane}-`)).map((m) => m.x + m.width));
    expect(end('overlap')).toBeLessThan(end('serial'));
  });

  it('describes each step with its key figure', () => {
    expect(techniquesChart.describe('techniques-mla')).toMatch(/memory/);
    expect(techniquesChart.describe('techniques-moe')).toContain(`${text('v3.experts.active')} a token`);
    expect(techniquesChart.describe('techniques-mtp')).toContain(text('v3.mtpSpeedup'));
    expect(techniquesChart.describe('techniques-fp8')).toContain(text('h100.fp8Dense'));
    expect(techniquesChart.describe('techniques-dualpipe')).toContain(text('v3.nvlinkOffered'));
  });

  it('tables every technique with its figures', () => {
    const cells = techniquesChart.table().rows.flat();
    expect(cells).toEqual(expect.arrayContaining([text('v3.mtpSpeedup'), text('h800.nvlink'), text('v3.nvlinkOffered')]));
  });

  it('rejects a step it does not define', () => {
    expect(() => layout('techniques-nope')).toThrow(/techniques-nope/);
  });
});
