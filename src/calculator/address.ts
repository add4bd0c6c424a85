/** Keeps the reader's assumptions in the address bar: query parameters only, other parameters and the #hash untouched. */
import type { Inputs } from '../model/inputs';
import { foreignParams, queryFromInputs } from '../model/query';

/** The address for a set of inputs, from the current one. Pure. */
export function addressFor(current: string, inputs: Inputs): string {
  const url = new URL(current);
  const params = new URLSearchParams(foreignParams(url.searchParams));
  for (const [name, value] of queryFromInputs(inputs)) params.append(name, value);
  url.search = params.toString();
  return url.href;
}

/** Replaces the address (no new history entry) when it changes. */
export function writeAddress(inputs: Inputs): void {
  const next = addressFor(window.location.href, inputs);
  if (next !== window.location.href) window.history.replaceState(window.history.state, '', next);
}
