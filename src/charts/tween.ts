/**
 * Animates SVG attributes from what is drawn to what a step needs, one requestAnimationFrame loop per chart.
 * d3-transition does this and more (named transitions, events, interpolating colours and strings) and costs about
 * 11 KB gzipped with d3-interpolate and d3-color; the charts only ever move numbers (geometry and opacity), so this
 * stays a few dozen lines. Non-numeric attributes (a path's d) are set when the move starts.
 */

/** One element's move: numeric attributes from → to, and whether to remove it at the end (an exiting mark). */
export interface Move {
  el: Element;
  to: Record<string, number | string>;
  remove?: boolean;
}

const running = new WeakMap<Element, number>();

/** Ease in and out (cubic), as d3's default transition does. */
export const ease = (t: number): number => (t < 0.5 ? 4 * t * t * t : 1 - (-2 * t + 2) ** 3 / 2);

/** Sets each element's attributes to a point between its start and end values (t from 0 to 1; at 1 exactly the end, as an instant draw writes it). */
function frame(moves: { el: Element; from: Record<string, number>; to: Record<string, number> }[], t: number): void {
  for (const { el, from, to } of moves) {
    for (const [name, end] of Object.entries(to)) {
      const start = from[name] ?? end;
      el.setAttribute(name, String(t >= 1 ? end : Math.round((start + (end - start) * t) * 100) / 100));
    }
  }
}

/** Stops whatever is animating in `owner` (the chart's SVG), leaving its elements where they are. */
export const stop = (owner: Element): void => {
  const id = running.get(owner);
  if (id !== undefined) cancelAnimationFrame(id);
  running.delete(owner);
};

/** Moves every element to its attributes over `duration` ms, replacing any move already running in `owner`; `done` runs after the last frame (not when a later move replaces this one). */
export function tween(owner: Element, moves: Move[], duration: number, done: () => void): void {
  stop(owner);
  // Only what changes is moved each frame: in a step of the fleet's 780 squares most stay put, and setting them all
  // again on every frame took 21 ms a frame.
  const numeric = moves.flatMap(({ el, to }) => {
    const from: Record<string, number> = {};
    const ends: Record<string, number> = {};
    for (const [name, value] of Object.entries(to)) {
      const written = el.getAttribute(name);
      // The build leaves a fully opaque mark's opacity unwritten: it moves from 1 (an exiting mark fades out).
      const start = written === null && name === 'opacity' ? 1 : Number.parseFloat(written ?? '');
      if (typeof value !== 'number' || !Number.isFinite(start)) el.setAttribute(name, String(value));
      else if (start !== value) {
        from[name] = start;
        ends[name] = value;
      } else if (written === null) el.setAttribute(name, String(value));
    }
    return Object.keys(ends).length > 0 ? [{ el, from, to: ends }] : [];
  });
  const begin = performance.now();
  const step = (now: number): void => {
    const t = Math.min(1, (now - begin) / duration);
    frame(numeric, ease(t));
    if (t < 1) running.set(owner, requestAnimationFrame(step));
    else {
      running.delete(owner);
      for (const move of moves) if (move.remove) move.el.remove();
      done();
    }
  };
  running.set(owner, requestAnimationFrame(step));
}
