/** Reading one assumption as the reader typed it: a number inside its valid range, or a message saying why not. */
import { assumption, assumptions, type InputKey } from './assumptions';
import type { Inputs } from './inputs';

/** The outcome of reading one field. */
export type Validation = { ok: true; value: number } | { ok: false; message: string };

const plain = (n: number): string => n.toLocaleString('en-US', { maximumFractionDigits: 3 });

/** Checks a number against the assumption's range and kind; never accepts NaN or Infinity. */
export function validateValue(key: InputKey, value: number): Validation {
  const a = assumption(key);
  if (!Number.isFinite(value)) return { ok: false, message: 'Enter a number.' };
  if (value < a.min || value > a.max) {
    return { ok: false, message: `Enter a number from ${plain(a.min)} to ${plain(a.max)}.` };
  }
  if (a.integer && !Number.isInteger(value)) return { ok: false, message: 'Enter a whole number.' };
  return { ok: true, value };
}

/** Reads a field's text: "35000", "35,000", " 0.08 " and "$30,000" are numbers; "", "abc" and "1e999" are not. */
export function validateInput(key: InputKey, raw: string): Validation {
  const cleaned = raw.trim().replace(/^\$/, '').replace(/,/g, '');
  if (cleaned === '') return { ok: false, message: 'Enter a number.' };
  // Number() accepts "0x10" and "Infinity"; only plain decimals are a reader's number.
  if (!/^[-+]?(\d+\.?\d*|\.\d+)(e[-+]?\d+)?$/i.test(cleaned)) return { ok: false, message: `“${raw.trim()}” is not a number.` };
  return validateValue(key, Number(cleaned));
}

/** Whether every assumption of a set of inputs is valid. */
export const inputsAreValid = (inputs: Inputs): boolean => assumptions.every((a) => validateValue(a.key, inputs[a.key]).ok);
