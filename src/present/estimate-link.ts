/**
 * Keeps the estimate slide's calculator the same in the deck and the speaker view: each change is sent to the other
 * window. The calculator's code loads with its slide, or as its slide is built when the address carries settings
 * (src/present/slide-build.ts), not with the deck: it was the deck's longest start-up task. Settings that arrive
 * before it are shown once it is loaded.
 */
import type { CostCalculator } from '../calculator/element';
import { ESTIMATE_CHANGE } from '../calculator/estimate-change';
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
  /** Whether the calculator's code has run (the element is defined). */
  const isLive = (): boolean => customElements.get('cost-calculator') !== undefined;
  /** Resolves once the calculator's code has run, loading it now if it has not. */
  const whenLive = async (): Promise<void> => {
    if (calculator && !isLive()) await import('../calculator/element');
  };
  return {
    receive(query) {
      const { inputs } = inputsFromQuery(new URLSearchParams(query));
      void whenLive().then(() => calculator?.showInputs(inputs));
    },
    current() {
      if (!calculator) return undefined;
      // Until its code runs, the settings are the address's: the calculator reads them there when it starts.
      const inputs = isLive() ? calculator.inputs : inputsFromQuery(new URLSearchParams(location.search)).inputs;
      return queryFromInputs(inputs).toString();
    },
    destroy: () => calculator?.removeEventListener(ESTIMATE_CHANGE, onChange),
  };
}
