/** What moves the total most: each assumption swung from its Low to its High preset value, the others held. */
import { assumptions, type InputKey } from './assumptions';
import { computeCosts } from './cost';
import { presets, type Inputs } from './inputs';

/** One assumption's one-at-a-time swing of the total per year. */
export interface Swing {
  key: InputKey;
  /** The assumption's Low and High preset values. */
  lowValue: number;
  highValue: number;
  /** The total per year with the assumption at its Low and at its High value, the others as given. */
  totalAtLow: number;
  totalAtHigh: number;
  /** The total with every assumption as given. */
  base: number;
  /** |totalAtHigh − totalAtLow|: how far this assumption alone moves the total. */
  swing: number;
}

const totalWith = (base: Inputs, key: InputKey, value: number, hours: number): number => computeCosts({ ...base, [key]: value }, hours).totalPerYear;

/** Every assumption's swing around `base` (Central by default), largest first; ties keep the form's order. */
export function computeSwings(hours: number, base: Inputs = presets.central): Swing[] {
  const total = computeCosts(base, hours).totalPerYear;
  const swings = assumptions.map(({ key }): Swing => {
    const lowValue = presets.low[key];
    const highValue = presets.high[key];
    const totalAtLow = totalWith(base, key, lowValue, hours);
    const totalAtHigh = totalWith(base, key, highValue, hours);
    return { key, lowValue, highValue, totalAtLow, totalAtHigh, base: total, swing: Math.abs(totalAtHigh - totalAtLow) };
  });
  return swings.sort((a, b) => b.swing - a.swing);
}

/** The assumptions that change the total at all (experiments and the rental price do not: the model assumes an owned fleet they run on). */
export const totalInputs: readonly InputKey[] = assumptions
  .filter(({ key, min, max }) => totalWith(presets.central, key, min, 1) !== totalWith(presets.central, key, max, 1))
  .map(({ key }) => key);
