/** The story for keyboard and screen-reader users: step changes announced, step buttons, off-screen charts hidden. */
import { hideOffscreenCharts } from './offscreen-charts';
import { createStepAnnouncer } from './step-announcer';
import { addStepButtons } from './step-buttons';
import type { StepPosition } from './step-controller';

/** What the article wires to its step controller. */
export interface StepAccess {
  /** Call on every step position; announces step changes (not the first position, which is where the page opened). */
  onStep: (position: StepPosition) => void;
  /** Removes the region, the buttons and the observer. */
  destroy: () => void;
}

/** The sentence announced for a step: where it is in its section, and what the chart now shows. */
export function stepMessage(position: StepPosition, steps: HTMLElement[]): string {
  const inSection = steps.filter((step) => step.closest('section')?.id === position.section);
  const index = inSection.findIndex((step) => step.dataset.step === position.step);
  const description = inSection[index]?.dataset.chartSays ?? '';
  const title = document.getElementById(`${position.section}-title`)?.textContent?.trim() ?? '';
  return `${title}, step ${index + 1} of ${inSection.length}. ${description}`.trim();
}

/** Starts it all over the article's steps (document order). */
export function startStepAccess(steps: HTMLElement[]): StepAccess {
  const host = document.querySelector<HTMLElement>('main') ?? document.body;
  const announcer = createStepAnnouncer(host);
  const removeButtons = addStepButtons(steps);
  const showAll = hideOffscreenCharts([...document.querySelectorAll<HTMLElement>('.story-figure')]);
  let last: string | undefined;

  return {
    onStep(position) {
      const key = `${position.section}/${position.step}`;
      if (key === last) return;
      if (last !== undefined) announcer.say(stepMessage(position, steps));
      last = key;
    },
    destroy() {
      announcer.destroy();
      removeButtons();
      showAll();
    },
  };
}
