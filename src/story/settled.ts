/**
 * The "settled" signal: `data-settled` on an element is "false" while its drawing is still moving and "true"
 * once it has come to rest, so tests (and anything else) can await a drawing instead of sleeping.
 */

/** The latest wait started on each element: an older wait that ends later must not mark it settled. */
const latest = new WeakMap<HTMLElement, object>();

/** Marks `el` at rest, ending any wait. */
export function markSettled(el: HTMLElement): void {
  latest.delete(el);
  el.dataset.settled = 'true';
}

/** Marks `el` busy until something marks it settled (a chart while its code loads). */
export function markPending(el: HTMLElement): void {
  latest.set(el, {});
  el.dataset.settled = 'false';
}

/** Marks `el` busy for a drawing that moves for `ms` milliseconds (0: drawn at once); a later call restarts the wait. */
export function markBusy(el: HTMLElement, ms: number): void {
  if (ms <= 0) return markSettled(el);
  const wait = {};
  latest.set(el, wait);
  el.dataset.settled = 'false';
  const settleIfLatest = (): void => {
    if (latest.get(el) === wait) markSettled(el);
  };
  // Two frames after the duration: the transition's last tick (run on an animation frame) has been drawn by then.
  setTimeout(() => requestAnimationFrame(() => requestAnimationFrame(settleIfLatest)), ms);
}
