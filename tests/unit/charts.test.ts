import { describe, expect, it } from 'vitest';
import { charts } from '../../src/charts/index';
import { layersSvg, svgDocument } from '../../src/charts/render';
import { chartSteps } from '../../src/charts/steps';
import type { Mark } from '../../src/charts/types';
import { expectSound, server, sizes } from '../support/chart-checks';

/** Every number printed in the text marks, with its unit letters and signs: "$354M", "125", "2.5×". */
const numbersIn = (marks: Mark[]): string[] =>
  marks.flatMap((m) => (m.kind === 'text' ? (m.text.match(/[$]?\d[\d,.]*(?:\s?[KMBT%×])?/g) ?? []) : []));

/** The most marks a chart may draw at one step (1,500 unless named here). */
const markBudget: Record<string, number> = { ablations: 1_100, peers: 1_000, techniques: 1_000 };

describe('every story section has a chart', () => {
  it('registers one chart per section that has steps', () => {
    expect(Object.keys(charts).sort()).toEqual(Object.keys(chartSteps).sort());
  });

  it('uses a different visual form in each chart (no two charts draw the same mark mix at their first step)', () => {
    const signatures = Object.values(charts).map((chart) => {
      const marks = chart.layout({ step: chart.steps[0] ?? '', progress: 1 }, server);
      return ['rect', 'circle', 'line', 'path', 'text'].map((k) => marks.filter((m) => m.kind === k).length).join('/');
    });
    expect(new Set(signatures).size).toBe(signatures.length);
  });
});

for (const chart of Object.values(charts)) {
  describe(`the ${chart.slug} chart`, () => {
    it('names every step after its section, so a step id says where it lives', () => {
      expect(chart.steps.length).toBeGreaterThan(1);
      for (const step of chart.steps) expect(step).toMatch(new RegExp(`^${chart.slug}-[a-z0-9-]+$`));
      expect(chart.caption.length).toBeGreaterThan(20);
    });

    for (const step of chart.steps) {
      for (const size of sizes) {
        it(`lays out ${step} at ${size.width}×${size.height} inside the frame, with unique keys, finite numbers and the title on top`, () => {
          const marks = chart.layout({ step, progress: 1 }, size);
          expect(marks.length).toBeGreaterThan(2);
          expectSound(marks, size, markBudget[chart.slug] ?? 1_500);
        });
      }

      it(`describes ${step} in a sentence and lays it out the same way every time`, () => {
        expect(chart.describe(step)).toMatch(/^[A-Z0-9$].{20,}[.!?]$/);
        expect(chart.layout({ step, progress: 0.5 }, server)).toEqual(chart.layout({ step, progress: 0.5 }, server));
        expect(chart.layout({ step, progress: 0.5 }, server)).toEqual(chart.layout({ step, progress: 1 }, server));
      });
    }

    for (const step of chart.steps) {
      it(`prints only final figures in ${step} while it animates: the numbers at progress 0–0.75 are among those at 1`, () => {
        for (const size of sizes) {
          const final = new Set(numbersIn(chart.layout({ step, progress: 1 }, size)));
          for (const progress of [0, 0.25, 0.5, 0.75]) {
            const early = numbersIn(chart.layout({ step, progress }, size)).filter((n) => !final.has(n));
            expect(early, `${chart.slug} ${step} at ${size.width}×${size.height}, progress ${progress}`).toEqual([]);
          }
        }
      });
    }

    it('draws a different picture at each step', () => {
      const drawings = chart.steps.map((step) => JSON.stringify(chart.layout({ step, progress: 1 }, server)));
      expect(new Set(drawings).size).toBe(chart.steps.length);
    });

    it('rejects a step it does not define', () => {
      expect(() => chart.layout({ step: 'no-such-step', progress: 1 }, server)).toThrow(/no-such-step/);
    });

    it('gives its numbers as a table with a value in every cell', () => {
      const table = chart.table();
      expect(table.columns.length).toBeGreaterThan(1);
      expect(table.rows.length).toBeGreaterThan(1);
      for (const row of table.rows) {
        expect(row).toHaveLength(table.columns.length);
        for (const cell of row) expect(cell.trim()).not.toBe('');
      }
    });
  });
}

describe('the static SVG renderer', () => {
  const marks: Mark[] = [
    { kind: 'rect', key: 'a', tone: 'c1', x: 1, y: 2, width: 3, height: 4 },
    { kind: 'text', key: 'b', tone: 'ink', x: 5, y: 6, text: '<script>alert("x")</script> & more' },
  ];

  it('writes text as escaped text, never as markup', () => {
    const svg = layersSvg(marks);
    expect(svg).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; more');
    expect(svg).not.toContain('<script>');
  });

  it('writes one layer per mark kind, shapes below text, each mark keyed and toned by class', () => {
    const svg = layersSvg(marks);
    expect(svg.indexOf('data-kind="rect"')).toBeLessThan(svg.indexOf('data-kind="text"'));
    expect(svg).toContain('<rect data-key="a" class="fill-c1" x="1" y="2" width="3" height="4" rx="0"/>');
  });

  it('writes a standalone document with fixed colours for places without the page CSS', () => {
    const palette = {
      c1: '#111111',
      c2: '#2',
      c3: '#3',
      c4: '#4',
      c5: '#5',
      c6: '#6',
      ink: '#000000',
      muted: '#7',
      grid: '#8',
      none: 'none',
      background: '#ffffff',
    };
    const doc = svgDocument(marks, { width: 100, height: 50 }, palette);
    expect(doc).toMatch(/^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg" viewBox="0 0 100 50"/);
    expect(doc).toContain('<rect width="100" height="50" fill="#ffffff"/>');
    expect(doc).toContain('fill="#111111"');
    expect(doc).not.toContain('class="fill-');
  });
});

describe('the headline chart', () => {
  const size = server;
  const layout = (step: string, progress = 1) => charts.headline?.layout({ step, progress }, size) ?? [];
  const byKey = (marks: Mark[], key: string) => marks.find((m) => m.key === key);

  it('grows the headline bar during the first half of its step while the number reads $5.6M throughout', () => {
    const width = (progress: number) => {
      const bar = byKey(layout('headline-number', progress), 'bar-pretrain');
      return bar?.kind === 'rect' ? bar.width : 0;
    };
    expect(width(0)).toBeLessThan(width(0.25));
    expect(width(0.25)).toBeLessThan(width(0.5));
    expect(width(0.5)).toBe(width(1));
    for (const progress of [0, 0.25, 1]) {
      const big = byKey(layout('headline-number', progress), 'big');
      expect(big?.kind === 'text' && big.text).toBe('$5.6M');
    }
  });

  it('splits the bar into three stages whose widths follow their GPU-hours', () => {
    const marks = layout('headline-stages');
    const widths = ['pretrain', 'context', 'post'].map((id) => {
      const m = byKey(marks, `bar-${id}`);
      return m?.kind === 'rect' ? m.width : 0;
    });
    expect((widths[0] ?? 0) / (widths[1] ?? 1)).toBeCloseTo(2_664 / 119, 1);
  });

  it('fills its frame with the number and its bar in headline-number, on a phone as on a laptop', () => {
    for (const size of [
      { width: 320, height: 152 },
      { width: 584, height: 627 },
    ]) {
      const marks = charts.headline.layout({ step: 'headline-number', progress: 1 }, size);
      const bar = byKey(marks, 'bar-pretrain');
      const big = byKey(marks, 'big');
      if (bar?.kind !== 'rect' || big?.kind !== 'text') throw new Error('no bar or number');
      expect(bar.width).toBeGreaterThan(size.width * 0.9);
      expect(bar.y + bar.height - (big.y - (big.size ?? 0))).toBeGreaterThan(size.height * 0.55);
    }
  });
});
