/** The chart tools follow their chart: each address in them is rewritten for the step it now shows. */

const PREFIX = 'data-template-';

/** Points the tools in `root` (a section or an embed) at `step`: fills {step} into every data-template-<attribute>. */
export function toolsFollowStep(root: ParentNode | null | undefined, step: string): void {
  const tools = root?.querySelector<HTMLElement>('[data-chart-tools]');
  if (!tools || tools.dataset.step === step) return;
  tools.dataset.step = step;
  for (const el of tools.querySelectorAll('[data-follows-step]')) {
    for (const { name, value } of [...el.attributes]) {
      if (name.startsWith(PREFIX)) el.setAttribute(name.slice(PREFIX.length), value.replaceAll('{step}', step));
    }
  }
}
