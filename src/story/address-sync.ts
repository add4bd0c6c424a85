/**
 * The address follows the reader: `#<section>` via history.replaceState, at most every 250 ms, never a new entry.
 * A deep link (or a link followed within the page) is held while the page settles: until the reader scrolls by
 * hand (wheel, touch, keys, pointer) or the target moves well away from where the page put it, so late layout
 * (fonts, charts measuring) cannot overwrite the address the reader opened.
 */
import type { ReaderPosition } from './reader-position';

const MIN_INTERVAL_MS = 250;
/** How far (in viewport heights) a held target may drift before the reader is taken to have moved on. */
const HOLD_DRIFT = 0.25;
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

const topOf = (id: string): number | undefined => document.getElementById(id)?.getBoundingClientRect().top;

/** Starts following the reader's section; returns the teardown (every listener and pending write). */
export function followReader(reader: ReaderPosition): () => void {
  /** The section to show in the address; null until the first report. */
  let wanted: string | undefined | null = null;
  let held: string | undefined;
  /** Where the held target sat once the page had loaded (viewport px); undefined while loading. */
  let settledTop: number | undefined;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let lastWrite = -Infinity;

  const write = (): void => {
    timer = undefined;
    if (wanted === null || held !== undefined) return;
    const hash = wanted ? `#${wanted}` : '';
    if (window.location.hash === hash) return;
    window.history.replaceState(window.history.state, '', `${window.location.pathname}${window.location.search}${hash}`);
    lastWrite = performance.now();
  };
  const schedule = (): void => {
    if (timer === undefined) timer = setTimeout(write, Math.max(0, lastWrite + MIN_INTERVAL_MS - performance.now()));
  };
  const hold = (id: string | undefined): void => {
    held = id;
    settledTop = id !== undefined && document.readyState === 'complete' ? topOf(id) : undefined;
  };
  const release = (): void => {
    if (held === undefined) return;
    held = undefined;
    schedule();
  };
  const onLoad = (): void => {
    if (held !== undefined) settledTop = topOf(held);
  };
  const onFrame = (): void => {
    if (held === undefined || settledTop === undefined) return;
    const top = topOf(held);
    if (top === undefined || Math.abs(top - settledTop) > window.innerHeight * HOLD_DRIFT) release();
  };
  // A link followed in the page (table of contents, Back, Forward): the browser has scrolled to it; hold it.
  const onHashChange = (): void => {
    clearTimeout(timer);
    timer = undefined;
    hold(targetOf(window.location.hash));
  };

  hold(targetOf(window.location.hash));
  for (const type of readerInput) window.addEventListener(type, release, { passive: true });
  const stopFrames = reader.onFrame(onFrame);
  const stopSections = reader.onSection((id) => {
    wanted = id;
    schedule();
  });
  window.addEventListener('hashchange', onHashChange);
  window.addEventListener('load', onLoad);

  return () => {
    clearTimeout(timer);
    stopFrames();
    stopSections();
    for (const type of readerInput) window.removeEventListener(type, release);
    window.removeEventListener('hashchange', onHashChange);
    window.removeEventListener('load', onLoad);
  };
}
