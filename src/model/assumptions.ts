/** What the reader may set for each assumption: label, unit, valid range, slider range and sources. */
import type { SourceKey } from '../../content/sources';
import type { Format } from '../lib/format';
import type { Inputs } from './inputs';

/** The name of one assumption (a key of {@link Inputs}). */
export type InputKey = keyof Inputs;

/** One assumption as the calculator, the validator and the downloads describe it. */
export interface Assumption {
  key: InputKey;
  /** The control's label. */
  label: string;
  /** A short name for charts and tables. */
  short: string;
  /** The unit written next to the field. */
  unit: string;
  /** How a value is written (preset ranges, slider value text). */
  format: Format;
  /** The smallest accepted value (generous, but never one that breaks the model). */
  min: number;
  /** The largest accepted value (generous, but finite). */
  max: number;
  /** Whole numbers only (GPUs, people). */
  integer: boolean;
  /** The slider's practical range and step; the number field accepts all of min–max. */
  slider: { min: number; max: number; step: number };
  /** Where the preset range is anchored (see the methods section's source list). */
  sources: SourceKey[];
  /** The group the field is shown in. */
  group: AssumptionGroup;
}

/** The fieldsets of the form, in order. */
export const assumptionGroups = ['The fleet', 'Power', 'Running the data centre', 'People', 'The final run'] as const;
/** A fieldset of the form. */
export type AssumptionGroup = (typeof assumptionGroups)[number];

const usd: Format = { kind: 'usd' };
const count: Format = { kind: 'number' };

/** Every assumption, in the order of the form. */
export const assumptions: readonly Assumption[] = [
  {
    key: 'gpus',
    label: 'GPUs in the fleet',
    short: 'GPUs',
    unit: 'GPUs',
    format: count,
    min: 0,
    max: 1_000_000,
    integer: true,
    slider: { min: 0, max: 100_000, step: 1_000 },
    sources: ['lambert', 'sa-debates'],
    group: 'The fleet',
  },
  {
    key: 'pricePerGpu',
    label: 'Price of one GPU',
    short: 'Price per GPU',
    unit: 'US$',
    format: usd,
    min: 0,
    max: 500_000,
    integer: false,
    slider: { min: 0, max: 60_000, step: 500 },
    sources: ['lambert', 'cnbc-h100-price'],
    group: 'The fleet',
  },
  {
    key: 'systemMultiplier',
    label: 'System multiplier (servers and network)',
    short: 'System multiplier',
    unit: '× the GPUs’ price',
    format: { kind: 'multiplier', digits: 2 },
    min: 1,
    max: 10,
    integer: false,
    slider: { min: 1, max: 3, step: 0.05 },
    sources: ['epoch-costs'],
    group: 'The fleet',
  },
  {
    key: 'depreciationYears',
    label: 'Written off over',
    short: 'Depreciation',
    unit: 'years',
    format: { kind: 'number', digits: 0, suffix: ' years' },
    min: 1,
    max: 30,
    integer: false,
    slider: { min: 1, max: 10, step: 1 },
    sources: ['epoch-costs'],
    group: 'The fleet',
  },
  {
    key: 'kwPerGpu',
    label: 'Power per GPU, with its share of servers and network',
    short: 'kW per GPU',
    unit: 'kW',
    format: { kind: 'number', digits: 1, suffix: ' kW' },
    min: 0,
    max: 10,
    integer: false,
    slider: { min: 0, max: 3, step: 0.05 },
    sources: ['sa-100k'],
    group: 'Power',
  },
  {
    key: 'pue',
    label: 'Power usage effectiveness (PUE)',
    short: 'PUE',
    unit: '× IT power',
    format: { kind: 'number', digits: 2 },
    min: 1,
    max: 3,
    integer: false,
    slider: { min: 1, max: 2, step: 0.01 },
    sources: ['epoch-costs'],
    group: 'Power',
  },
  {
    key: 'load',
    label: 'Average load',
    short: 'Load',
    unit: 'of full power (1 = 100%)',
    format: { kind: 'percent' },
    min: 0,
    max: 1,
    integer: false,
    slider: { min: 0, max: 1, step: 0.05 },
    sources: ['epoch-costs'],
    group: 'Power',
  },
  {
    key: 'usdPerKwh',
    label: 'Electricity price',
    short: 'Electricity price',
    unit: 'US$ per kWh',
    format: usd,
    min: 0,
    max: 2,
    integer: false,
    slider: { min: 0, max: 0.3, step: 0.005 },
    sources: ['sa-100k'],
    group: 'Power',
  },
  {
    key: 'otherPerGpuYear',
    label: 'Other running costs (colocation, maintenance, storage)',
    short: 'Other running',
    unit: 'US$ per GPU per year',
    format: usd,
    min: 0,
    max: 100_000,
    integer: false,
    slider: { min: 0, max: 10_000, step: 100 },
    sources: ['sa-debates'],
    group: 'Running the data centre',
  },
  {
    key: 'headcount',
    label: 'Staff',
    short: 'Headcount',
    unit: 'people',
    format: count,
    min: 0,
    max: 100_000,
    integer: true,
    slider: { min: 0, max: 1_000, step: 10 },
    sources: ['ds-v3', 'lambert'],
    group: 'People',
  },
  {
    key: 'costPerHead',
    label: 'Cost of one person, fully loaded',
    short: 'Cost per head',
    unit: 'US$ per year',
    format: usd,
    min: 0,
    max: 10_000_000,
    integer: false,
    slider: { min: 0, max: 1_000_000, step: 10_000 },
    sources: ['sa-debates', 'epoch-costs'],
    group: 'People',
  },
  {
    key: 'experimentMultiplier',
    label: 'Experiments',
    short: 'Experiments',
    unit: '× the final run',
    format: { kind: 'multiplier', digits: 1 },
    min: 0,
    max: 50,
    integer: false,
    slider: { min: 0, max: 10, step: 0.5 },
    sources: ['lambert', 'epoch-costs'],
    group: 'The final run',
  },
  {
    key: 'rentalPerGpuHour',
    label: 'Rental price of a GPU-hour',
    short: 'Rental price',
    unit: 'US$ per GPU-hour',
    format: usd,
    min: 0,
    max: 100,
    integer: false,
    slider: { min: 0, max: 10, step: 0.1 },
    sources: ['ds-v3'],
    group: 'The final run',
  },
];

/** The assumption with this key. */
export function assumption(key: InputKey): Assumption {
  const found = assumptions.find((a) => a.key === key);
  if (!found) throw new Error(`No assumption "${key}"`);
  return found;
}

/** Whether a string names an assumption (e.g. a query parameter). */
export const isInputKey = (name: string): name is InputKey => assumptions.some((a) => a.key === name);
