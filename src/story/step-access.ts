/** The story for keyboard and screen-reader users: step changes announced, step buttons, off-screen charts hidden. */
import { hideOffscreenCharts } from './offscreen-charts';
import type { ReaderPosition } from './reader-position';
import type { StepPosition } from './reader-rule';
import { createStepAnnouncer } from './step-announcer';
import { addStepButtons } from './step-buttons';

/** The sentence announced for a step: where it is in its section, and what the chart now shows. */
export function stepMessage(position: StepPosition, steps: HTMLElement[]): string {
  const inSection = steps.filter((step) => step.closest('section')?.id === position.section);
  const index = inSection.findIndex((step) => step.dataset.step === position.step);
  const description = inSection[index]?.dataset.chartSays ?? '';
  const title = document.getElementById(`${position.section}-title`)?.textContent?.trim() ?? '';
  return `${title}, step ${index + 1} of ${inSection.length}. ${description}`.trim();
}

/**
 * Starts it all over the article's steps (document order), announcing the reader's step changes (not the first
 * position, which is where the page opened); returns the teardown (the region, the buttons and the observer).
 */
export function startStepAccess(steps: HTMLElement[], reader: ReaderPosition): () => void {
  const host = document.querySelector<HTMLElement>('main') ?? document.body;
  const announcer = createStepAnnouncer(host);
  const removeButtons = addStepButtons(steps);
  const showAll = hideOffscreenCharts([...document.querySelectorAll<HTMLElement>('.story-figure')]);
  let last: string | undefined;

  const stop = reader.onStep((position) => {
    const key = `${position.section}/${position.step}`;
    if (key === last) return;
    if (last !== undefined) announcer.say(stepMessage(position, steps));
    last = key;
  });

  return () => {
    stop();
    announcer.destroy();
    removeButtons();
    showAll();
  };
}
