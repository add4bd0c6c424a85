/** Shows a calculator's form and folds its presets table away: what a reader with JavaScript sees (without it, the table). */
export function showForm(calculator: Element): void {
  const form = calculator.querySelector('form');
  if (form) form.hidden = false;
  const presetTable = calculator.querySelector<HTMLDetailsElement>('details[data-presets]');
  if (presetTable) presetTable.open = false;
}
