/** The form's fields in the browser: find them, write a value into them, show or clear a field's message. */
import { formatValue } from '../lib/format';
import { assumption, isInputKey, type InputKey } from '../model/assumptions';

/** One assumption's controls: the number field (the labelled control), its slider and its message. */
export interface Field {
  key: InputKey;
  number: HTMLInputElement;
  range: HTMLInputElement | null;
  error: HTMLElement;
}

/** Every field inside `root`, found by its `data-field` wrapper. */
export function findFields(root: ParentNode): Field[] {
  return [...root.querySelectorAll<HTMLElement>('[data-field]')].flatMap((wrapper): Field[] => {
    const key = wrapper.dataset.field ?? '';
    const number = wrapper.querySelector<HTMLInputElement>('input[type="number"]');
    const error = wrapper.querySelector<HTMLElement>('[data-error]');
    if (!isInputKey(key) || !number || !error) return [];
    return [{ key, number, range: wrapper.querySelector<HTMLInputElement>('input[type="range"]'), error }];
  });
}

/** Moves the slider to a value (clamped to its range by the browser) and says the exact value to assistive tech. */
export function syncRange(field: Field, value: number): void {
  if (!field.range) return;
  field.range.value = String(value);
  field.range.setAttribute('aria-valuetext', formatValue(value, assumption(field.key).format));
}

/** Writes a valid value into both controls and clears the message. */
export function writeField(field: Field, value: number): void {
  field.number.value = String(value);
  syncRange(field, value);
  showError(field, null);
}

/** Shows a message beside the field (as text), or clears it; the field is marked invalid while it shows. */
export function showError(field: Field, message: string | null): void {
  field.error.textContent = message ?? '';
  if (message === null) field.number.removeAttribute('aria-invalid');
  else field.number.setAttribute('aria-invalid', 'true');
}
