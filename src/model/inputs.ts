/** The cost model's assumptions and the Low / Central / High presets (see methods section). */

/** Every assumption the reader can change. */
export interface Inputs {
  /** GPUs in the lab's fleet. */
  gpus: number;
  /** Purchase price of one GPU, US dollars. */
  pricePerGpu: number;
  /** Whole-cluster cost ÷ bare-GPU cost (servers, network). */
  systemMultiplier: number;
  /** Years over which the cluster is written off (straight line). */
  depreciationYears: number;
  /** IT power per GPU including its share of server, storage and network, kW. */
  kwPerGpu: number;
  /** Power usage effectiveness of the data centre. */
  pue: number;
  /** Average load as a share of full power, 0–1. */
  load: number;
  /** Electricity price, US dollars per kWh. */
  usdPerKwh: number;
  /** Colocation, maintenance and storage per GPU per year, US dollars. */
  otherPerGpuYear: number;
  /** Research and engineering staff. */
  headcount: number;
  /** Fully loaded yearly cost of one person, US dollars. */
  costPerHead: number;
  /** Experiment compute as a multiple of the final run (on top of it). */
  experimentMultiplier: number;
  /** Rental price of one GPU-hour, US dollars (DeepSeek's own assumption). */
  rentalPerGpuHour: number;
}

/** The three named presets. */
export type PresetName = 'low' | 'central' | 'high';

export const presets: Record<PresetName, Inputs> = {
  low: {
    gpus: 20_000,
    pricePerGpu: 25_000,
    systemMultiplier: 1.3,
    depreciationYears: 5,
    kwPerGpu: 1.2,
    pue: 1.2,
    load: 0.75,
    usdPerKwh: 0.07,
    otherPerGpuYear: 1_000,
    headcount: 140,
    costPerHead: 80_000,
    experimentMultiplier: 2,
    rentalPerGpuHour: 2,
  },
  central: {
    gpus: 35_000,
    pricePerGpu: 30_000,
    systemMultiplier: 1.5,
    depreciationYears: 4,
    kwPerGpu: 1.4,
    pue: 1.25,
    load: 1,
    usdPerKwh: 0.08,
    otherPerGpuYear: 2_500,
    headcount: 200,
    costPerHead: 150_000,
    experimentMultiplier: 3,
    rentalPerGpuHour: 2,
  },
  high: {
    gpus: 50_000,
    pricePerGpu: 35_000,
    systemMultiplier: 2,
    depreciationYears: 4,
    kwPerGpu: 1.4,
    pue: 1.3,
    load: 1,
    usdPerKwh: 0.1,
    otherPerGpuYear: 4_000,
    headcount: 300,
    costPerHead: 400_000,
    experimentMultiplier: 4,
    rentalPerGpuHour: 2,
  },
};

/** US running costs and pay (power, PUE, other running costs, cost per head at the High preset's levels). */
const usRunningCosts = {
  usdPerKwh: presets.high.usdPerKwh,
  pue: presets.high.pue,
  otherPerGpuYear: presets.high.otherPerGpuYear,
  costPerHead: presets.high.costPerHead,
};

/** Scenarios beside the presets: the Central fleet run at US costs, with Central's and High's headcount. */
export type ScenarioName = 'centralUs' | 'centralUsLarge';

export const scenarios: Record<ScenarioName, Inputs> = {
  centralUs: { ...presets.central, ...usRunningCosts },
  centralUsLarge: { ...presets.central, ...usRunningCosts, headcount: presets.high.headcount },
};
