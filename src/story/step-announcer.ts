/** A polite live region that tells screen-reader users what the chart shows when the step changes. */

/** A running announcer. */
export interface StepAnnouncer {
  /** Queues a message; only the last one within the settle delay is spoken. */
  say: (message: string) => void;
  /** Cancels a pending message and removes the region. */
  destroy: () => void;
}

/** How long the step must stay put before it is announced: fast scrolling speaks only where it stops. */
export const SETTLE_MS = 400;

/** Adds a visually hidden `role="status"` region to `host` and returns the announcer. */
export function createStepAnnouncer(host: HTMLElement): StepAnnouncer {
  const region = document.createElement('div');
  region.className = 'visually-hidden';
  region.setAttribute('role', 'status');
  region.setAttribute('aria-live', 'polite');
  region.setAttribute('aria-atomic', 'true');
  region.dataset.stepAnnouncer = '';
  host.append(region);
  let timer: ReturnType<typeof setTimeout> | undefined;

  return {
    say(message) {
      clearTimeout(timer);
      timer = setTimeout(() => {
        // Text only: the message never becomes markup.
        if (region.textContent !== message) region.textContent = message;
      }, SETTLE_MS);
    },
    destroy() {
      clearTimeout(timer);
      region.remove();
    },
  };
}
