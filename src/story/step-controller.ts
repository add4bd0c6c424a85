/**
 * The one step controller: wraps Scrollama to tell which step the reader is on, and how far through it.
 * It also resolves the step from geometry when the page opens already scrolled, after a resize or rotation,
 * and after a jump (End, Home, a table-of-contents link), so every path lands on the same step.
 */
import scrollama from 'scrollama';
import { offsetToKeepStep, reflowed, type ViewportSize } from './keep-step';

/** Where the reader is: the section, the step id, and progress through the step (0–1, in twentieths). */
export interface StepPosition {
  section: string;
  step: string;
  progress: number;
}

/** Called on every change; `jumped` is true when steps were skipped (draw without a transition). */
export type StepListener = (position: StepPosition, jumped: boolean) => void;

/** A running controller. */
export interface StepController {
  /** The current position, or undefined before the first step. */
  current: () => StepPosition | undefined;
  /** Re-reads the position from the layout (after a jump or a layout change). */
  sync: () => void;
  /** Removes every observer and listener. */
  destroy: () => void;
}

/** Fraction of the viewport height where a step becomes active: the reading line. */
export const READING_LINE = 0.5;
const PROGRESS_STEPS = 20;

/** Starts the controller over the given step elements (in document order). */
export function createStepController(steps: HTMLElement[], listener: StepListener): StepController {
  let current: StepPosition | undefined;
  let currentIndex = -1;

  const line = (): number => window.innerHeight * READING_LINE;
  const progressOf = (el: HTMLElement): number => {
    const rect = el.getBoundingClientRect();
    const raw = rect.height > 0 ? (line() - rect.top) / rect.height : 1;
    return Math.round(Math.min(1, Math.max(0, raw)) * PROGRESS_STEPS) / PROGRESS_STEPS;
  };

  const activate = (index: number): void => {
    const el = steps[index];
    if (!el) return;
    const position: StepPosition = {
      section: el.closest('section')?.id ?? '',
      step: el.dataset.step ?? '',
      progress: progressOf(el),
    };
    if (current && index === currentIndex && position.progress === current.progress) return;
    const jumped = currentIndex < 0 || Math.abs(index - currentIndex) > 1;
    if (index !== currentIndex) {
      steps[currentIndex]?.removeAttribute('aria-current');
      el.setAttribute('aria-current', 'step');
    }
    current = position;
    currentIndex = index;
    listener(position, jumped);
  };

  /** The last step whose top has passed the reading line. */
  const sync = (): void => {
    let found = -1;
    for (const [i, el] of steps.entries()) {
      if (el.getBoundingClientRect().top <= line()) found = i;
      else break;
    }
    if (found >= 0) activate(found);
  };

  // Scrollama says when something crossed the reading line; the geometry says which step that leaves
  // current. (Its progress events for the step being left can arrive after the next step's enter.)
  const scroller = scrollama();
  scroller
    .setup({ step: steps, offset: READING_LINE, progress: true, threshold: 4 })
    .onStepEnter(sync)
    .onStepExit(sync)
    .onStepProgress(sync);

  let viewport: ViewportSize = { width: window.innerWidth, height: window.innerHeight };
  const onResize = (): void => {
    scroller.resize();
    const resized = { width: window.innerWidth, height: window.innerHeight };
    // A reflow moves every step: put the current one back against the reading line before reading the geometry.
    const el = steps[currentIndex];
    if (el && current && reflowed(viewport, resized)) {
      const rect = el.getBoundingClientRect();
      window.scrollBy({ top: offsetToKeepStep(rect.top, rect.height, line(), current.progress), behavior: 'instant' });
    }
    viewport = resized;
    sync();
  };
  window.addEventListener('resize', onResize);
  // An instant jump (a table-of-contents link, End) can move every step past the line without any of them
  // crossing it, so Scrollama reports nothing: re-read the geometry when scrolling ends. Where there is no
  // `scrollend` (WebKitGTK 2.50, Safari before it gained the event), re-read it once per frame while the page scrolls instead.
  let scrollFrame = 0;
  const syncNextFrame = (): void => {
    if (!scrollFrame) scrollFrame = requestAnimationFrame(() => { scrollFrame = 0; sync(); });
  };
  const settleEvent = 'onscrollend' in window ? 'scrollend' : 'scroll';
  const onSettle = settleEvent === 'scrollend' ? sync : syncNextFrame;
  window.addEventListener(settleEvent, onSettle, { passive: true });
  // The page may open already scrolled (reload, deep link): settle once layout is ready.
  const frame = requestAnimationFrame(sync);

  return {
    current: () => current,
    sync,
    destroy() {
      cancelAnimationFrame(frame);
      cancelAnimationFrame(scrollFrame);
      window.removeEventListener('resize', onResize);
      window.removeEventListener(settleEvent, onSettle);
      scroller.destroy();
      steps[currentIndex]?.removeAttribute('aria-current');
    },
  };
}
