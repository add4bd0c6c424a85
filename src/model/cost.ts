/** The annual cost model: assumptions in, every line of a lab's yearly budget out. */
import type { Inputs } from './inputs';

const HOURS_PER_YEAR = 8_760;

/** Every line the model computes, in US dollars (shares as fractions). */
export interface Costs {
  finalRun: number;
  experiments: number;
  gpuCapex: number;
  clusterCapex: number;
  hardwarePerYear: number;
  electricityPerYear: number;
  otherRunningPerYear: number;
  staffPerYear: number;
  totalPerYear: number;
  /** Renting the same fleet for a year at the rental price. */
  rentalCrossCheck: number;
  /** Share of one fleet-year of GPU-hours used by the final run. */
  finalRunShareOfFleetYear: number;
  /** Share of one fleet-year of GPU-hours used by the experiments. */
  experimentsShareOfFleetYear: number;
}

/** Computes every line of the yearly budget from the assumptions and the final run's GPU-hours. */
export function computeCosts(inputs: Inputs, finalRunGpuHours: number): Costs {
  const finalRun = finalRunGpuHours * inputs.rentalPerGpuHour;
  const experiments = inputs.experimentMultiplier * finalRun;
  const gpuCapex = inputs.gpus * inputs.pricePerGpu;
  const clusterCapex = gpuCapex * inputs.systemMultiplier;
  const hardwarePerYear = clusterCapex / inputs.depreciationYears;
  const electricityPerYear = inputs.gpus * inputs.kwPerGpu * inputs.pue * inputs.load * HOURS_PER_YEAR * inputs.usdPerKwh;
  const otherRunningPerYear = inputs.gpus * inputs.otherPerGpuYear;
  const staffPerYear = inputs.headcount * inputs.costPerHead;
  const fleetHours = inputs.gpus * HOURS_PER_YEAR;
  return {
    finalRun,
    experiments,
    gpuCapex,
    clusterCapex,
    hardwarePerYear,
    electricityPerYear,
    otherRunningPerYear,
    staffPerYear,
    totalPerYear: hardwarePerYear + electricityPerYear + otherRunningPerYear + staffPerYear,
    rentalCrossCheck: fleetHours * inputs.rentalPerGpuHour,
    finalRunShareOfFleetYear: fleetHours > 0 ? finalRunGpuHours / fleetHours : 0,
    experimentsShareOfFleetYear: fleetHours > 0 ? (finalRunGpuHours * inputs.experimentMultiplier) / fleetHours : 0,
  };
}
