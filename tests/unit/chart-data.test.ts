import { describe, expect, it } from 'vitest';
import { bindChart } from '../../src/charts/bind';
import { chartData, chartDataForPage } from '../../src/charts/data';
import { charts } from '../../src/charts/index';
import { chartLoaders } from '../../src/charts/lazy';
import { chartSpecs } from '../../src/charts/specs';
import { defineChart, type ChartFigures } from '../../src/charts/types';
import { figuresRead } from '../../src/lib/figure';
import type { FigureId } from '../../content/facts';

const size = { width: 640, height: 440 };
const wide = { width: 1200, height: 630 };
const phone = { width: 320, height: 200 };

describe('a chart reads only the data it was given', () => {
  for (const [slug, spec] of Object.entries(chartSpecs)) {
    it(`the ${slug} chart lists every figure it reads, and reads every figure it lists`, () => {
      const chart = charts[slug as keyof typeof charts];
      const { ids } = figuresRead(() => {
        for (const step of chart.steps) {
          for (const s of [phone, size, wide]) chart.layout({ step, progress: 1 }, s);
          chart.describe(step);
        }
        chart.table();
      });
      expect([...ids].sort()).toEqual([...spec.figures].sort());
    });

    it(`the ${slug} chart draws the same marks from its serialized page data as from the facts module`, () => {
      const fromPage = bindChart(spec, JSON.parse(JSON.stringify(chartDataForPage(spec))) as ChartFigures<FigureId>);
      const built = charts[slug as keyof typeof charts];
      for (const step of built.steps) {
        expect(fromPage.layout({ step, progress: 0.5 }, size)).toEqual(built.layout({ step, progress: 0.5 }, size));
        expect(fromPage.describe(step)).toBe(built.describe(step));
      }
      expect(fromPage.table()).toEqual(built.table());
    });

    it(`the ${slug} chart's lazy loader yields the same chart the build renders`, async () => {
      expect(await chartLoaders[slug as keyof typeof chartLoaders]()).toBe(spec);
    });
  }

  it('has a lazy loader for exactly the charts the build knows', () => {
    expect(Object.keys(chartLoaders).sort()).toEqual(Object.keys(chartSpecs).sort());
  });
});

describe('bad chart input fails loudly, naming the file', () => {
  const probe = (figures: readonly FigureId[]) =>
    defineChart({
      slug: 'probe',
      caption: 'A probe chart for the tests',
      figures,
      steps: { 'probe-one': { layout: () => [], describe: () => 'One.' } },
      table: () => ({ columns: [], rows: [] }),
    });

  it('rejects a figure id the facts module does not have', () => {
    expect(() => chartData(probe(['v3.cost.total', 'v3.cost.nope' as FigureId]))).toThrow(
      /Unknown figure id "v3\.cost\.nope" in the probe chart \(src\/charts\/probe\.ts\)/,
    );
  });

  it('rejects a figure listed twice', () => {
    expect(() => chartData(probe(['v3.cost.total', 'v3.cost.total']))).toThrow(/src\/charts\/probe\.ts\) lists the figure "v3\.cost\.total" twice/);
  });

  it('rejects a step the chart does not have, naming the chart', () => {
    const chart = bindChart(probe(['v3.cost.total']), chartData(probe(['v3.cost.total'])));
    expect(() => chart.layout({ step: 'probe-two', progress: 1 }, size)).toThrow('The probe chart has no step "probe-two"');
    expect(() => chart.describe('toString')).toThrow('The probe chart has no step "toString"');
  });
});
