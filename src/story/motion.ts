/** How long chart transitions last: none when the reader prefers reduced motion. */
const TRANSITION_MS = 600;

/** The transition duration to use now (0 under prefers-reduced-motion). */
export function transitionMs(): number {
  return window.matchMedia('(prefers-reduced-motion: reduce)').matches ? 0 : TRANSITION_MS;
}
