import { describe, expect, it } from 'vitest';
import { techniquesChart } from '../../src/charts/techniques';
import { textWidth } from '../../src/charts/text';
import type { CircleMark, Mark, RectMark, Size, TextMark } from '../../src/charts/types';
import { text, value } from '../../src/lib/figure';

const sizes: Size[] = [
  { width: 300, height: 260 }, { width: 320, height: 280 }, { width: 640, height: 440 }, { width: 900, height: 620 }, { width: 1200, height: 630 },
];
const server: Size = { width: 640, height: 440 };
const layout = (step: string, size = server, progress = 1) => techniquesChart.layout({ step, progress }, size);
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

const circle = (marks: Mark[], key: string): CircleMark => {
  const m = marks.find((x) => x.key === key);
  if (m?.kind !== 'circle') throw new Error(`no circle "${key}"`);
  return m;
};

describe('the techniques chart', () => {
  for (const step of techniquesChart.steps) {
    it(`lays out ${step} inside the frame at every size, with unique keys, finite numbers and a title on top`, () => {
      for (const size of sizes) {
        const marks = layout(step, size);
        expect(problems(marks, size), `${size.width}×${size.height}`).toEqual([]);
        expect(marks.length).toBeLessThanOrEqual(1_000);
        const title = marks.find((m): m is TextMark => m.key === 'title' && m.kind === 'text');
        expect(title?.y).toBe(Math.min(...marks.filter((m): m is TextMark => m.kind === 'text').map((m) => m.y)));
      }
    });

    it(`lays out ${step} the same way every time, and holds from the middle of the step`, () => {
      expect(layout(step)).toEqual(layout(step));
      expect(layout(step, server, 0.5)).toEqual(layout(step, server, 1));
    });
  }

  it('draws MLA as a qualitative diagram, with no numbers that are not in the facts module', () => {
    const words = texts(layout('tech-mla')).join(' ');
    expect(words).not.toMatch(/\d/);
    expect(words).toMatch(/not to scale/);
  });

  it('draws 256 routed experts with 8 lit and one shared expert in tech-moe', () => {
    const marks = layout('tech-moe');
    const experts = marks.filter((m) => m.key.startsWith('moe-expert-'));
    expect(experts).toHaveLength(value('v3.experts.routed'));
    expect(experts.filter((m) => m.tone === 'c1')).toHaveLength(value('v3.experts.active'));
    expect(circle(marks, 'moe-shared').r).toBeGreaterThan(0);
    expect(texts(marks).join(' ')).toContain(`${text('v3.experts.shared')} shared expert`);
  });

  it('makes the MTP decoding bar 1.8 times the baseline bar', () => {
    const marks = layout('tech-mtp');
    expect(rect(marks, 'mtp-speed-mtp').width / rect(marks, 'mtp-speed-base').width).toBeCloseTo(value('v3.mtpSpeedup'), 5);
    expect(texts(marks)).toContain(`${text('v3.mtpSpeedup')} tokens/s`);
  });

  it('draws the FP8 column twice the BF16 column, labelled 1,979 and 989 TFLOP/s', () => {
    const marks = layout('tech-fp8');
    expect(rect(marks, 'fp8-fp8').height / rect(marks, 'fp8-bf16').height).toBeCloseTo(value('h100.fp8Speedup'), 5);
    expect(texts(marks)).toEqual(expect.arrayContaining([text('h100.fp8Dense'), text('h100.bf16Dense')]));
  });

  it('keeps the three NVLink figures apart in tech-dualpipe: H100 spec, H800 spec and measured', () => {
    for (const size of sizes) {
      const marks = layout('tech-dualpipe', size);
      const widths = ['h100', 'h800', 'measured'].map((id) => rect(marks, `dp-link-${id}`).width);
      expect((widths[1] ?? 0) / (widths[0] ?? 1)).toBeCloseTo(value('h800.nvlink') / value('h100.nvlink'), 5);
      expect((widths[2] ?? 0) / (widths[0] ?? 1)).toBeCloseTo(value('v3.nvlinkMeasured') / value('h100.nvlink'), 5);
      const byKey = (key: string) => marks.find((m): m is TextMark => m.key === key && m.kind === 'text')?.text;
      expect(byKey('dp-link-h100-value')).toBe(text('h100.nvlink'));
      expect(byKey('dp-link-h800-value')).toBe(text('h800.nvlink'));
      expect(byKey('dp-link-measured-value')).toBe(text('v3.nvlinkMeasured'));
      expect(byKey('dp-link-measured-name')).toMatch(/[Mm]easured/);
    }
  });

  it('finishes the overlapped DualPipe lane before the serial one', () => {
    const marks = layout('tech-dualpipe');
    const end = (lane: string) => Math.max(...marks.filter((m): m is RectMark => m.kind === 'rect' && m.key.startsWith(`dp-${lane}-`)).map((m) => m.x + m.width));
    expect(end('overlap')).toBeLessThan(end('serial'));
  });

  it('describes each step with its key figure', () => {
    expect(techniquesChart.describe('tech-mla')).toMatch(/memory/);
    expect(techniquesChart.describe('tech-moe')).toContain(`${text('v3.experts.active')} a token`);
    expect(techniquesChart.describe('tech-mtp')).toContain(text('v3.mtpSpeedup'));
    expect(techniquesChart.describe('tech-fp8')).toContain(text('h100.fp8Dense'));
    expect(techniquesChart.describe('tech-dualpipe')).toContain(text('v3.nvlinkMeasured'));
  });

  it('tables every technique with its figures', () => {
    const cells = techniquesChart.table().rows.flat();
    expect(cells).toEqual(expect.arrayContaining([text('v3.mtpSpeedup'), text('h800.nvlink'), text('v3.nvlinkMeasured')]));
  });

  it('rejects a step it does not define', () => {
    expect(() => layout('tech-nope')).toThrow(/tech-nope/);
  });
});
