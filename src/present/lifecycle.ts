/** Runs a page's client code while the page is shown: torn down on pagehide, started again when restored from the back/forward cache. */

/** Starts `start` now, stops it with the teardown it returns on pagehide, restarts it on a restoring pageshow. */
export function whileShown(start: () => () => void): void {
  let stop: (() => void) | undefined = start();
  window.addEventListener('pagehide', () => {
    stop?.();
    stop = undefined;
  });
  window.addEventListener('pageshow', (event) => {
    if (event.persisted && !stop) stop = start();
  });
}
