import { describe, expect, it } from 'vitest';
import { facts } from '../../content/facts';
import { value } from '../../src/lib/figure';
import { formatUsd } from '../../src/lib/format';
import { assumptions } from '../../src/model/assumptions';
import { computeCosts, type Costs } from '../../src/model/cost';
import { presets, type Inputs, type PresetName } from '../../src/model/inputs';
import { computeSwings } from '../../src/model/swings';

const hours = value('v3.gpuHours.total');
const M = 1e6;

/** The expected-results table of cost-model.md, in $M. */
const oracle: Record<
  | 'finalRun'
  | 'experiments'
  | 'gpuCapex'
  | 'hardwarePerYear'
  | 'electricityPerYear'
  | 'otherRunningPerYear'
  | 'staffPerYear'
  | 'totalPerYear'
  | 'rentalCrossCheck',
  Record<PresetName, number>
> = {
  finalRun: { low: 5.6, central: 5.6, high: 5.6 },
  experiments: { low: 11.2, central: 16.7, high: 22.3 },
  gpuCapex: { low: 500, central: 1_050, high: 1_750 },
  hardwarePerYear: { low: 130, central: 394, high: 875 },
  electricityPerYear: { low: 13.2, central: 42.9, high: 79.7 },
  otherRunningPerYear: { low: 20, central: 87.5, high: 200 },
  staffPerYear: { low: 11.2, central: 30, high: 120 },
  totalPerYear: { low: 174, central: 554, high: 1_270 },
  rentalCrossCheck: { low: 350, central: 613, high: 876 },
};

/** Every number a reader could be shown is finite and not negative. */
function expectShowable(costs: Costs): void {
  for (const [line, amount] of Object.entries(costs)) {
    expect(Number.isFinite(amount), `${line} is ${amount}`).toBe(true);
    expect(amount, line).toBeGreaterThanOrEqual(0);
  }
}

describe('computeCosts against the expected-results table', () => {
  for (const preset of ['low', 'central', 'high'] as const) {
    const costs = computeCosts(presets[preset], hours);
    for (const [line, expected] of Object.entries(oracle)) {
      it(`gives the ${preset} preset's ${line} as in the table (to the nearest $1M, or as the table rounds it)`, () => {
        const want = expected[preset] * M;
        // The table writes $1,270M for $1.27B: three significant figures, so allow half of its last digit.
        expect(Math.abs(costs[line as keyof typeof oracle] - want)).toBeLessThanOrEqual(Math.max(0.5 * M, 0.005 * want));
      });
    }
  }

  it('writes the three totals as the page shows them', () => {
    expect(formatUsd(computeCosts(presets.low, hours).totalPerYear)).toBe('$174M');
    expect(formatUsd(computeCosts(presets.central, hours).totalPerYear)).toBe('$554M');
    expect(formatUsd(computeCosts(presets.high, hours).totalPerYear)).toBe('$1.27B');
  });

  it('orders the presets Low < Central < High', () => {
    const [low, central, high] = (['low', 'central', 'high'] as const).map((p) => computeCosts(presets[p], hours).totalPerYear);
    expect(low).toBeLessThan(central ?? 0);
    expect(central).toBeLessThan(high ?? 0);
  });

  it('makes the total the sum of hardware, power, other running and staff, leaving the experiments out', () => {
    const c = computeCosts(presets.central, hours);
    expect(c.totalPerYear).toBeCloseTo(c.hardwarePerYear + c.electricityPerYear + c.otherRunningPerYear + c.staffPerYear, 6);
    expect(computeCosts({ ...presets.central, experimentMultiplier: 10 }, hours).totalPerYear).toBe(c.totalPerYear);
  });

  it('gives the final run and the experiments as shares of one fleet-year of GPU-hours', () => {
    const c = computeCosts(presets.central, hours);
    expect(c.finalRunShareOfFleetYear).toBeCloseTo(hours / (presets.central.gpus * 8_760), 12);
    expect(c.experimentsShareOfFleetYear).toBeCloseTo(presets.central.experimentMultiplier * c.finalRunShareOfFleetYear, 12);
  });

  it('keeps hardware at about 70% of every preset’s total', () => {
    for (const preset of ['low', 'central', 'high'] as const) {
      const c = computeCosts(presets[preset], hours);
      expect(c.hardwarePerYear / c.totalPerYear).toBeGreaterThan(0.65);
      expect(c.hardwarePerYear / c.totalPerYear).toBeLessThan(0.76);
    }
  });
});

describe('computeCosts at the edges', () => {
  it('with zero GPUs, costs only the staff and shows no fleet share', () => {
    const c = computeCosts({ ...presets.central, gpus: 0 }, hours);
    expectShowable(c);
    expect(c.totalPerYear).toBe(c.staffPerYear);
    expect(c.finalRunShareOfFleetYear).toBe(0);
  });

  it('with zero staff, costs only the fleet', () => {
    const c = computeCosts({ ...presets.central, headcount: 0 }, hours);
    expectShowable(c);
    expect(c.staffPerYear).toBe(0);
    expect(computeCosts({ ...presets.central, costPerHead: 0 }, hours).totalPerYear).toBe(c.totalPerYear);
  });

  it('with zero GPUs and zero staff, totals zero', () => {
    const c = computeCosts({ ...presets.central, gpus: 0, headcount: 0 }, hours);
    expectShowable(c);
    expect(c.totalPerYear).toBe(0);
  });

  it('with one-year depreciation, writes the whole cluster off in a year', () => {
    const c = computeCosts({ ...presets.central, depreciationYears: 1 }, hours);
    expect(c.hardwarePerYear).toBe(c.clusterCapex);
  });

  it('stays finite and non-negative at every corner of the valid ranges', () => {
    // All 2^13 combinations of each assumption at its smallest or largest accepted value (checked in plain code,
    // one assertion at the end: 8,192 × 24 expect() calls take seconds on a loaded machine).
    const unshowable: string[] = [];
    for (let mask = 0; mask < 2 ** assumptions.length; mask += 1) {
      const inputs = Object.fromEntries(assumptions.map((a, i) => [a.key, mask & (1 << i) ? a.max : a.min])) as unknown as Inputs;
      for (const [line, amount] of Object.entries(computeCosts(inputs, hours))) {
        if (!Number.isFinite(amount) || amount < 0) unshowable.push(`corner ${mask}: ${line} is ${amount}`);
      }
    }
    expect(unshowable).toEqual([]);
  });
});

describe('computeSwings around Central', () => {
  const swings = computeSwings(hours);
  const swing = (key: keyof Inputs): number => swings.find((s) => s.key === key)?.swing ?? NaN;

  it('matches the documented swings to the nearest $1M', () => {
    const expected: [keyof Inputs, number][] = [
      ['gpus', 449],
      ['systemMultiplier', 184],
      ['pricePerGpu', 131],
      ['otherPerGpuYear', 105],
      ['depreciationYears', 79],
      ['costPerHead', 64],
      ['headcount', 24],
    ];
    for (const [key, millions] of expected) expect(Math.abs(swing(key) - millions * M), key).toBeLessThanOrEqual(0.5 * M);
  });

  it('puts each electricity input below $17M', () => {
    for (const key of ['kwPerGpu', 'pue', 'load', 'usdPerKwh'] as const) expect(swing(key), key).toBeLessThan(17 * M);
  });

  it('lists the largest swing first and the GPUs at the top', () => {
    expect(swings.map((s) => s.swing)).toEqual([...swings.map((s) => s.swing)].sort((a, b) => b - a));
    expect(swings[0]?.key).toBe('gpus');
  });

  it('swings each input between its Low and High preset values, holding the rest', () => {
    const gpus = swings.find((s) => s.key === 'gpus');
    expect(gpus?.totalAtLow).toBeCloseTo(computeCosts({ ...presets.central, gpus: presets.low.gpus }, hours).totalPerYear, 6);
    expect(gpus?.totalAtHigh).toBeCloseTo(computeCosts({ ...presets.central, gpus: presets.high.gpus }, hours).totalPerYear, 6);
    expect(gpus?.base).toBeCloseTo(computeCosts(presets.central, hours).totalPerYear, 6);
  });

  it('gives the experiments and the rental price no swing: they do not change the total', () => {
    expect(swing('experimentMultiplier')).toBe(0);
    expect(swing('rentalPerGpuHour')).toBe(0);
  });

  it('swings around another base when given one', () => {
    const base = { ...presets.central, gpus: 0 };
    const around = computeSwings(hours, base);
    expect(around.find((s) => s.key === 'pricePerGpu')?.swing).toBe(0);
    expect(around.every((s) => Number.isFinite(s.swing) && s.swing >= 0)).toBe(true);
  });
});

describe('one truth', () => {
  it('gives every preset’s lines of the model in the facts module (the annual section’s among them) from the same model', () => {
    const computed = {
      low: computeCosts(presets.low, hours),
      central: computeCosts(presets.central, hours),
      high: computeCosts(presets.high, hours),
    };
    const lines = [...facts.keys()].flatMap((id) => {
      const [, preset, line] = /^model\.(low|central|high)\.(\w+)$/.exec(id) ?? [];
      return preset && line && line in computed.central ? [{ id, preset: preset as PresetName, line: line as keyof Costs }] : [];
    });
    expect(new Set(lines.map((l) => l.preset))).toEqual(new Set(['low', 'central', 'high']));
    expect(lines.length).toBeGreaterThanOrEqual(3 * 6);
    for (const { id, preset, line } of lines) expect(value(id), id).toBe(computed[preset][line]);
  });
});
