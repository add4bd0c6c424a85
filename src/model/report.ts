/** The model's presets and results as plain records: the no-JavaScript table and the downloads read these. */
import { toCsv } from '../lib/csv';
import { assumptions } from './assumptions';
import { computeCosts, type Costs } from './cost';
import { presets, scenarios, type PresetName, type ScenarioName } from './inputs';
import { costLines } from './lines';
import { computeSwings } from './swings';

const names: readonly PresetName[] = ['low', 'central', 'high'];
/** Money to the cent, shares to six places: no floating-point noise in the downloads. */
const tidy = (n: number): number => Math.round(n * 1e6) / 1e6;
const perPreset = (read: (preset: PresetName) => number) => Object.fromEntries(names.map((p) => [p, tidy(read(p))])) as Record<PresetName, number>;

/** Everything the model says for the three presets. */
export interface ModelReport {
  /** The final run's GPU-hours, from the facts module. */
  finalRunGpuHours: number;
  assumptions: { key: string; label: string; unit: string; min: number; max: number; sources: string[]; presets: Record<PresetName, number> }[];
  results: { key: keyof Costs; label: string; unit: string; presets: Record<PresetName, number> }[];
  /** Scenarios beside the presets: the Central fleet at US running costs and pay. */
  scenarios: { key: ScenarioName; label: string; headcount: number; totalPerYear: number }[];
  /** One-at-a-time swings around Central, largest first. */
  swings: { key: string; label: string; lowValue: number; highValue: number; totalAtLow: number; totalAtHigh: number; swing: number }[];
}

/** What each scenario is, in words. */
const scenarioLabels: Record<ScenarioName, string> = {
  centralUs: 'Central fleet at US running costs and pay (High preset’s power price, PUE, other running costs and cost per head), Central headcount',
  centralUsLarge: 'Central fleet at US running costs and pay, High preset’s headcount',
};

/** The report for the final run's GPU-hours. */
export function modelReport(finalRunGpuHours: number): ModelReport {
  const costs = Object.fromEntries(names.map((p) => [p, computeCosts(presets[p], finalRunGpuHours)])) as Record<PresetName, Costs>;
  return {
    finalRunGpuHours,
    assumptions: assumptions.map((a) => ({
      key: a.key,
      label: a.label,
      unit: a.unit,
      min: a.min,
      max: a.max,
      sources: [...a.sources],
      presets: perPreset((p) => presets[p][a.key]),
    })),
    results: costLines.map((line) => ({
      key: line.key,
      label: line.label,
      unit: line.format.kind === 'percent' ? 'share (0–1)' : 'US$',
      presets: perPreset((p) => costs[p][line.key]),
    })),
    scenarios: (Object.keys(scenarios) as ScenarioName[]).map((key) => ({
      key,
      label: scenarioLabels[key],
      headcount: scenarios[key].headcount,
      totalPerYear: tidy(computeCosts(scenarios[key], finalRunGpuHours).totalPerYear),
    })),
    swings: computeSwings(finalRunGpuHours).map((s) => ({
      key: s.key,
      label: assumptions.find((a) => a.key === s.key)?.label ?? s.key,
      lowValue: s.lowValue,
      highValue: s.highValue,
      totalAtLow: tidy(s.totalAtLow),
      totalAtHigh: tidy(s.totalAtHigh),
      swing: tidy(s.swing),
    })),
  };
}

/** The report as one CSV table: assumptions, results and swings (low/central/high = totals with the input at Low, as given, at High). */
export function modelCsv(report: ModelReport): string {
  const central = report.results.find((r) => r.key === 'totalPerYear')?.presets.central ?? 0;
  return toCsv(
    ['section', 'key', 'label', 'unit', 'low', 'central', 'high'],
    [
      ...report.assumptions.map((a) => ['assumption', a.key, a.label, a.unit, a.presets.low, a.presets.central, a.presets.high]),
      ...report.results.map((r) => ['result', r.key, r.label, r.unit, r.presets.low, r.presets.central, r.presets.high]),
      ...report.scenarios.map((s) => [
        'scenario',
        s.key,
        `${s.label}: total per year (in the central column)`,
        'US$ per year',
        '',
        s.totalPerYear,
        '',
      ]),
      ...report.swings.map((s) => [
        'swing',
        s.key,
        `Total per year with ${s.label.toLowerCase()} at its Low / High value`,
        'US$ per year',
        s.totalAtLow,
        central,
        s.totalAtHigh,
      ]),
    ],
  );
}
