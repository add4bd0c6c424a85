/**
 * Step addresses, `/#step-<id>`: the browser scrolls to the step by itself (its scroll margin puts it on the
 * reading line, so it is the current step, with or without JavaScript). An old id from the alias map has no
 * element, so it is rewritten here to the current id, and the page scrolled there, before the address sync reads it.
 */
import { currentStepId } from '../charts/step-aliases';

const PREFIX = '#step-';

/** The current-id address for an aliased step address, or undefined when the hash needs no change. */
export function renamedStepHash(hash: string): string | undefined {
  if (!hash.startsWith(PREFIX)) return undefined;
  let id: string;
  try {
    id = decodeURIComponent(hash.slice(PREFIX.length));
  } catch {
    return undefined;
  }
  const current = currentStepId(id);
  return current === id ? undefined : `${PREFIX}${current}`;
}

/** Follows a renamed step's address to its current step (call before anything else reads the address). */
export function followRenamedStep(): void {
  const hash = renamedStepHash(window.location.hash);
  const step = hash ? document.getElementById(hash.slice(1)) : null;
  if (!hash || !step) return;
  window.history.replaceState(window.history.state, '', `${window.location.pathname}${window.location.search}${hash}`);
  step.scrollIntoView({ block: 'start', behavior: 'instant' });
}
