/** How each line the model computes is named and written (tables, downloads, the calculator's details). */
import type { Format } from '../lib/format';
import type { Costs } from './cost';

/** A computed line: its key in {@link Costs}, a label and a format. */
export interface CostLine {
  key: keyof Costs;
  label: string;
  format: Format;
}

const usd: Format = { kind: 'usd' };
const share: Format = { kind: 'percent', digits: 1 };

const byKey: Record<keyof Costs, Omit<CostLine, 'key'>> = {
  hardwarePerYear: { label: 'Hardware per year', format: usd },
  electricityPerYear: { label: 'Power per year', format: usd },
  otherRunningPerYear: { label: 'Other running costs per year', format: usd },
  staffPerYear: { label: 'Staff per year', format: usd },
  totalPerYear: { label: 'Total per year', format: usd },
  gpuCapex: { label: 'Buying the GPUs', format: usd },
  clusterCapex: { label: 'Buying the cluster (GPUs × system multiplier)', format: usd },
  finalRun: { label: 'The final run, at the rental price', format: usd },
  experiments: { label: 'Experiments, at the rental price', format: usd },
  finalRunShareOfFleetYear: { label: 'The final run’s share of a fleet-year', format: share },
  experimentsShareOfFleetYear: { label: 'The experiments’ share of a fleet-year', format: share },
  rentalCrossCheck: { label: 'Renting the same fleet for a year (cross-check)', format: usd },
};

/** Every line, in the order tables show them: the total's four parts and the total first. */
export const costLines: readonly CostLine[] = (Object.keys(byKey) as (keyof Costs)[]).map((key) => ({ key, ...byKey[key] }));
