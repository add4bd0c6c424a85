/** The reader's assumptions in the address: only those that differ from Central, so a shared link reproduces the estimate. */
import { assumptions, isInputKey } from './assumptions';
import { presets, type Inputs } from './inputs';
import { validateInput } from './validate';

/** Inputs read from an address, and a note for every parameter that was ignored. */
export interface QueryReading {
  inputs: Inputs;
  notes: string[];
}

/** The query parameters for a set of inputs: one per assumption that differs from Central, in the form's order. */
export function queryFromInputs(inputs: Inputs): URLSearchParams {
  const params = new URLSearchParams();
  for (const { key } of assumptions) {
    if (inputs[key] !== presets.central[key]) params.set(key, String(inputs[key]));
  }
  return params;
}

/**
 * Reads inputs from query parameters, starting from Central. Unknown names, invalid or out-of-range values
 * and repeated names are ignored, each with a note; `isForeign` names parameters that belong to other
 * parts of the site and are left alone silently.
 */
export function inputsFromQuery(params: URLSearchParams, isForeign: (name: string) => boolean = () => false): QueryReading {
  const inputs: Inputs = { ...presets.central };
  const notes: string[] = [];
  const seen = new Set<string>();
  for (const [name, raw] of params) {
    if (!isInputKey(name)) {
      if (!isForeign(name)) notes.push(`“${name}” is not one of the calculator’s settings.`);
      continue;
    }
    if (seen.has(name)) {
      notes.push(`“${name}” appears more than once; the first value was used.`);
      continue;
    }
    seen.add(name);
    const result = validateInput(name, raw);
    if (result.ok) inputs[name] = result.value;
    else notes.push(`“${name}=${raw}” was ignored: ${result.message.replace(/^Enter/, 'it needs')}`);
  }
  return { inputs, notes };
}

/** The query string's parameters that are not the calculator's (to keep them when rewriting the address). */
export function foreignParams(params: URLSearchParams): [string, string][] {
  return [...params].filter(([name]) => !isInputKey(name));
}
