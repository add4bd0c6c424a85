/** <cost-calculator>: reads the form, validates, computes, and updates the total, the ratio, the charts and the address. */
import { formatUsd, formatValue } from '../lib/format';
import { presets, type Inputs, type PresetName } from '../model/inputs';
import { costLines } from '../model/lines';
import { inputsFromQuery } from '../model/query';
import { validateInput } from '../model/validate';
import { transitionMs } from '../story/motion';
import { writeAddress } from './address';
import { chartSvgs, drawCharts } from './charts';
import { findFields, showError, syncRange, writeField, type Field } from './fields';
import { ESTIMATE_CHANGE } from './estimate-change';
import { chartData } from './layouts';
import { showNotes } from './notes';
import { formatRatio } from './ratio';

const CHART_MS = 300;
const isPreset = (name: string): name is PresetName => Object.hasOwn(presets, name);
const sameInputs = (a: Inputs, b: Inputs): boolean => (Object.keys(a) as (keyof Inputs)[]).every((key) => a[key] === b[key]);

/** The calculator. Configured by `data-final-run-hours` and `data-headline` (the $5.6M, in dollars). */
export class CostCalculator extends HTMLElement {
  #abort: AbortController | null = null;
  #resize: ResizeObserver | null = null;
  #fields: Field[] = [];
  #inputs: Inputs = { ...presets.central };
  #opening: Inputs = { ...presets.central };
  #hours = 0;
  #headline = 0;
  #width = -1;

  connectedCallback(): void {
    const form = this.querySelector('form');
    this.#hours = Number(this.dataset.finalRunHours);
    this.#headline = Number(this.dataset.headline);
    if (!form || !(this.#hours > 0) || !(this.#headline > 0)) return;
    this.#fields = findFields(form);
    const { inputs, notes } = inputsFromQuery(new URLSearchParams(window.location.search));
    this.#opening = inputs;
    const notesBox = this.querySelector<HTMLElement>('[data-notes]');
    if (notesBox) showNotes(notesBox, notes);

    this.#abort = new AbortController();
    const { signal } = this.#abort;
    form.addEventListener('input', (event) => this.#onInput(event.target), { signal });
    form.addEventListener('click', (event) => this.#onClick(event.target), { signal });
    form.addEventListener('submit', (event) => event.preventDefault(), { signal });
    this.#resize = new ResizeObserver(() => this.#redrawIfResized());
    for (const svg of chartSvgs(this)) if (svg.parentElement) this.#resize.observe(svg.parentElement);

    this.#apply(inputs, false);
    // Says the form is live: until now it shows the server's Central numbers (what tests await before they use it).
    this.dataset.ready = '';
  }

  /** The settings it shows. */
  get inputs(): Inputs {
    return { ...this.#inputs };
  }

  /** Shows a set of valid inputs set elsewhere (the other window of the deck), in the form and the address, without sending a change. */
  showInputs(inputs: Inputs): void {
    if (this.#fields.length && !sameInputs(inputs, this.#inputs)) this.#apply(inputs, true);
  }

  disconnectedCallback(): void {
    delete this.dataset.ready;
    this.#abort?.abort();
    this.#abort = null;
    this.#resize?.disconnect();
    this.#resize = null;
  }

  /** A control changed: a valid value updates everything; an invalid one gets a message and the last valid total stays. */
  #onInput(target: EventTarget | null): void {
    const field = this.#fields.find((f) => f.number === target || f.range === target);
    if (!field) return;
    if (target === field.range && field.range) field.number.value = field.range.value;
    const result = validateInput(field.key, field.number.value);
    if (!result.ok) {
      showError(field, result.message);
      return;
    }
    showError(field, null);
    syncRange(field, result.value);
    this.#inputs = { ...this.#inputs, [field.key]: result.value };
    this.#render(Math.min(transitionMs(), CHART_MS));
    writeAddress(this.#inputs);
    this.#changed();
  }

  #onClick(target: EventTarget | null): void {
    if (!(target instanceof Element)) return;
    const button = target.closest<HTMLButtonElement>('button[data-preset], button[data-reset]');
    if (!button) return;
    const preset = button.dataset.preset ?? '';
    this.#apply(isPreset(preset) ? presets[preset] : this.#opening, true);
    this.#changed();
  }

  #changed(): void {
    this.dispatchEvent(new CustomEvent<Inputs>(ESTIMATE_CHANGE, { bubbles: true, detail: this.inputs }));
  }

  /** Writes a whole set of (valid) inputs into the form and redraws. */
  #apply(inputs: Inputs, updateAddress: boolean): void {
    this.#inputs = { ...inputs };
    for (const field of this.#fields) writeField(field, inputs[field.key]);
    this.#render(updateAddress ? Math.min(transitionMs(), CHART_MS) : 0);
    if (updateAddress) writeAddress(this.#inputs);
  }

  #redrawIfResized(): void {
    const width = chartSvgs(this)[0]?.parentElement?.clientWidth ?? 0;
    if (width === this.#width) return;
    this.#width = width;
    this.#render(0);
  }

  /** Total, ratio, detail lines, pressed preset and both charts, from the current valid inputs. */
  #render(duration: number): void {
    const data = chartData(this.#inputs, this.#hours);
    const { costs } = data;
    const total = this.querySelector('output[name="total"]');
    if (total) total.textContent = formatUsd(costs.totalPerYear);
    const ratio = this.querySelector('[data-ratio]');
    if (ratio) ratio.textContent = formatRatio(costs.totalPerYear, this.#headline);
    for (const cell of this.querySelectorAll<HTMLElement>('[data-line]')) {
      const line = costLines.find((l) => l.key === cell.dataset.line);
      if (!line) continue;
      const noFleet = this.#inputs.gpus === 0 && line.format.kind === 'percent';
      cell.textContent = noFleet ? 'no fleet' : formatValue(costs[line.key], line.format);
    }
    for (const button of this.querySelectorAll<HTMLButtonElement>('button[data-preset]')) {
      const preset = button.dataset.preset ?? '';
      button.setAttribute('aria-pressed', String(isPreset(preset) && sameInputs(this.#inputs, presets[preset])));
    }
    drawCharts(chartSvgs(this), data, duration);
  }
}

if (!customElements.get('cost-calculator')) customElements.define('cost-calculator', CostCalculator);
