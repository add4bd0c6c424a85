/** How long chart transitions last: none when the reader prefers reduced motion. */
const TRANSITION_MS = 600;

/** Whether the reader asks for reduced motion (no animated transitions or smooth scrolling). */
export const prefersReducedMotion = (): boolean => window.matchMedia('(prefers-reduced-motion: reduce)').matches;

/** The transition duration to use now (0 under prefers-reduced-motion). */
export function transitionMs(): number {
  return prefersReducedMotion() ? 0 : TRANSITION_MS;
}
