/** Keeps the estimate slide's calculator the same in the deck and the speaker view: each change is sent to the other window. */
import { ESTIMATE_CHANGE, type CostCalculator } from '../calculator/element';
import { inputsFromQuery, queryFromInputs } from '../model/query';

/** A stage's link to the other window. */
export interface EstimateLink {
  /** Shows settings received from the other window (a query string, read as the address is). */
  receive: (query: string) => void;
  /** The settings shown now, as a query string; undefined when the stage has no estimate slide. */
  current: () => string | undefined;
  destroy: () => void;
}

/** Links the `<cost-calculator>` on `stage` (if any); `send` posts a query string to the other window. */
export function linkEstimate(stage: HTMLElement, send: (query: string) => void): EstimateLink {
  const calculator = stage.querySelector<CostCalculator>('cost-calculator');
  const onChange = (event: Event): void => {
    if (calculator && event.target === calculator) send(queryFromInputs(calculator.inputs).toString());
  };
  calculator?.addEventListener(ESTIMATE_CHANGE, onChange);
  return {
    receive: (query) => calculator?.showInputs(inputsFromQuery(new URLSearchParams(query)).inputs),
    current: () => (calculator ? queryFromInputs(calculator.inputs).toString() : undefined),
    destroy: () => calculator?.removeEventListener(ESTIMATE_CHANGE, onChange),
  };
}
