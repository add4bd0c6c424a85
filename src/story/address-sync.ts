/**
 * The address follows the reader: `#<section>` via history.replaceState, at most every 250 ms, never a new entry.
 * A deep link (or a followed in-page link) is held while its target is in view until the reader scrolls by hand,
 * so the settling page (fonts, charts measuring) cannot overwrite the address the reader opened.
 */

/** A running address sync. */
export interface AddressSync {
  /** The section the reader is now in (undefined above the first): the address will follow. */
  update: (id: string | undefined) => void;
  /** Removes every listener and pending write. */
  destroy: () => void;
}

const MIN_INTERVAL_MS = 250;
const readerInput = ['wheel', 'touchstart', 'keydown', 'pointerdown'] as const;

/** The id of the element a hash points at, if the page has one. */
function targetOf(hash: string): string | undefined {
  if (hash.length < 2) return undefined;
  let id: string;
  try {
    id = decodeURIComponent(hash.slice(1));
  } catch {
    return undefined;
  }
  return document.getElementById(id) ? id : undefined;
}

function inView(id: string): boolean {
  const rect = document.getElementById(id)?.getBoundingClientRect();
  return Boolean(rect && rect.bottom > 0 && rect.top < window.innerHeight);
}

/** Starts following; the caller reports the current section through `update`. */
export function createAddressSync(): AddressSync {
  /** The section to show in the address; null until the first report. */
  let wanted: string | undefined | null = null;
  let held = targetOf(window.location.hash);
  let timer: ReturnType<typeof setTimeout> | undefined;
  let lastWrite = -Infinity;

  const write = (): void => {
    timer = undefined;
    if (wanted === null) return;
    if (held !== undefined) {
      if (inView(held)) return;
      held = undefined;
    }
    const hash = wanted ? `#${wanted}` : '';
    if (window.location.hash === hash) return;
    window.history.replaceState(window.history.state, '', `${window.location.pathname}${window.location.search}${hash}`);
    lastWrite = performance.now();
  };
  const schedule = (): void => {
    if (timer === undefined) timer = setTimeout(write, Math.max(0, lastWrite + MIN_INTERVAL_MS - performance.now()));
  };
  const release = (): void => {
    if (held === undefined) return;
    held = undefined;
    schedule();
  };
  // A link followed in the page (table of contents, Back, Forward): hold its target like a deep link.
  const onHashChange = (): void => {
    clearTimeout(timer);
    timer = undefined;
    held = targetOf(window.location.hash);
  };

  for (const type of readerInput) window.addEventListener(type, release, { passive: true });
  window.addEventListener('hashchange', onHashChange);

  return {
    update(id) {
      wanted = id;
      schedule();
    },
    destroy() {
      clearTimeout(timer);
      for (const type of readerInput) window.removeEventListener(type, release);
      window.removeEventListener('hashchange', onHashChange);
    },
  };
}
