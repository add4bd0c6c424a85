/**
 * The "settled" signal: `data-settled` on an element is "false" while its drawing is still loading or moving and
 * "true" once it has come to rest, so tests (and anything else) can await a drawing instead of sleeping.
 */

/** The latest wait started on each element: an older wait that ends later must not mark it settled. */
const latest = new WeakMap<HTMLElement, object>();

/** Marks `el` at rest, ending any wait. */
export function markSettled(el: HTMLElement): void {
  latest.delete(el);
  el.dataset.settled = 'true';
}

/** Marks `el` busy; the returned function marks it at rest again, unless a later wait has begun by then. */
export function markBusy(el: HTMLElement): () => void {
  const wait = {};
  latest.set(el, wait);
  el.dataset.settled = 'false';
  return () => {
    if (latest.get(el) === wait) markSettled(el);
  };
}
