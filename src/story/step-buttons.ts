/**
 * "Previous step" / "Next step" buttons at the start of every step, so a keyboard user can walk the story
 * without scrolling. They stay visually hidden until focused (like a skip link) and move focus along with the
 * reader: after a move, focus sits just above the new step's text, and Tab goes on into it.
 */
import { prefersReducedMotion } from './motion';
import { READING_LINE } from './reader-rule';

/** Pixels a step's top is placed above the reading line, so it is clearly the current step. */
const PAST_LINE_PX = 24;

/** Scrolls so a step's top sits just above the reading line (smoothly unless the reader prefers reduced motion). */
export function scrollStepToLine(step: HTMLElement): void {
  const top = step.getBoundingClientRect().top + window.scrollY - window.innerHeight * READING_LINE + PAST_LINE_PX;
  const smooth = !prefersReducedMotion();
  window.scrollTo({ top: Math.max(0, top), behavior: smooth ? 'smooth' : 'instant' });
}

function button(label: string, direction: 'previous' | 'next'): HTMLButtonElement {
  const el = document.createElement('button');
  el.type = 'button';
  el.className = `step-nav-${direction}`;
  el.dataset.stepMove = direction;
  el.textContent = label;
  return el;
}

/** Adds the buttons to each step (document order); returns the teardown. */
export function addStepButtons(steps: HTMLElement[]): () => void {
  const navs: HTMLElement[] = [];
  for (const [index, step] of steps.entries()) {
    const nav = document.createElement('div');
    nav.className = 'step-nav';
    if (index > 0) nav.append(button('Previous step', 'previous'));
    if (index < steps.length - 1) nav.append(button('Next step', 'next'));
    step.prepend(nav);
    navs.push(nav);
  }

  const onClick = (event: MouseEvent): void => {
    const target = event.target instanceof Element ? event.target.closest<HTMLButtonElement>('button[data-step-move]') : null;
    const from = target ? navs.findIndex((nav) => nav.contains(target)) : -1;
    if (!target || from < 0) return;
    const direction = target.dataset.stepMove === 'previous' ? -1 : 1;
    const to = steps[from + direction];
    if (!to) return;
    // Keep the reader's place: focus the same control on the step they moved to (or its sibling at the ends).
    // Focus first: it shows that step's buttons and hides these, and the scroll must measure the layout after.
    const nav = navs[from + direction];
    const again = nav?.querySelector<HTMLButtonElement>(`[data-step-move="${target.dataset.stepMove}"]`) ?? nav?.querySelector('button');
    again?.focus({ preventScroll: true });
    scrollStepToLine(to);
  };
  document.addEventListener('click', onClick);

  return () => {
    document.removeEventListener('click', onClick);
    for (const nav of navs) nav.remove();
  };
}
