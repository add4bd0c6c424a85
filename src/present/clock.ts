/** The speaker's elapsed time (kept across reloads of the speaker window, resettable) and the wall clock. */

const STORAGE_KEY = 'deck-speaker-started';

/** Writes h:mm:ss for a duration in milliseconds. */
export function formatElapsed(ms: number): string {
  const total = Math.max(0, Math.floor(ms / 1000));
  const pad = (n: number): string => String(n).padStart(2, '0');
  return `${Math.floor(total / 3600)}:${pad(Math.floor((total % 3600) / 60))}:${pad(total % 60)}`;
}

const readStart = (): number => {
  const stored = Number(sessionStorage.getItem(STORAGE_KEY));
  if (Number.isFinite(stored) && stored > 0) return stored;
  const now = Date.now();
  sessionStorage.setItem(STORAGE_KEY, String(now));
  return now;
};

/** Ticks the elapsed time and the clock every second; returns the teardown. */
export function startClock(elapsed: HTMLTimeElement, clock: HTMLTimeElement, reset?: HTMLButtonElement | null): () => void {
  let start = readStart();
  const time = new Intl.DateTimeFormat(undefined, { hour: '2-digit', minute: '2-digit', second: '2-digit' });
  const tick = (): void => {
    const now = new Date();
    elapsed.textContent = formatElapsed(now.getTime() - start);
    elapsed.dateTime = `PT${Math.floor((now.getTime() - start) / 1000)}S`;
    clock.textContent = time.format(now);
    clock.dateTime = now.toISOString();
  };
  const onReset = (): void => {
    start = Date.now();
    sessionStorage.setItem(STORAGE_KEY, String(start));
    tick();
  };
  reset?.addEventListener('click', onReset);
  tick();
  const timer = window.setInterval(tick, 1000);
  return () => {
    window.clearInterval(timer);
    reset?.removeEventListener('click', onReset);
  };
}
