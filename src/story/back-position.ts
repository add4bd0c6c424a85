/**
 * Back returns the reader to where they were. The address follows the reader as #<section>, and on Back
 * browsers scroll to an entry's #fragment rather than to the spot the reader left; so just before an in-page
 * link is followed, the exact position is kept in that entry's history.state, and restored on the way back.
 */

interface ReaderState {
  readerY?: number;
}

const stateObject = (state: unknown): Record<string, unknown> => (state && typeof state === 'object' ? (state as Record<string, unknown>) : {});

/** Whether a click on this link will navigate within the page (a #fragment of this same address). */
function isInPageLink(link: HTMLAnchorElement): boolean {
  const here = window.location;
  return link.hash !== '' && link.origin === here.origin && link.pathname === here.pathname && link.search === here.search && !link.target;
}

/** Starts keeping and restoring positions; returns the teardown. */
export function keepBackPosition(): () => void {
  let frame = 0;
  let pending: number | undefined;

  const onClick = (event: MouseEvent): void => {
    if (event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    const link = event.target instanceof Element ? event.target.closest('a[href]') : null;
    if (!(link instanceof HTMLAnchorElement) || !isInPageLink(link)) return;
    const state: ReaderState & Record<string, unknown> = { ...stateObject(window.history.state), readerY: Math.round(window.scrollY) };
    window.history.replaceState(state, '', window.location.href);
  };
  const restore = (): void => {
    frame = 0;
    if (pending === undefined) return;
    window.scrollTo({ top: pending, behavior: 'instant' });
    pending = undefined;
  };
  const onPopState = (event: PopStateEvent): void => {
    const y = (stateObject(event.state) as ReaderState).readerY;
    if (typeof y !== 'number') return;
    pending = y;
    // The browser scrolls to the #fragment after popstate (before hashchange): restore after it.
    if (!frame) frame = requestAnimationFrame(restore);
  };

  document.addEventListener('click', onClick, true);
  window.addEventListener('popstate', onPopState);
  window.addEventListener('hashchange', restore);
  return () => {
    cancelAnimationFrame(frame);
    document.removeEventListener('click', onClick, true);
    window.removeEventListener('popstate', onPopState);
    window.removeEventListener('hashchange', restore);
  };
}
