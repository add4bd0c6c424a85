/** The speaker view's client entry: the shared controller, plus the next slide, the notes, the timer and the clock. */
import { startClock } from './clock';
import { startPresentation } from './controller';
import { snapshot } from './snapshot';
import { fitStage } from './stage-fit';
import { whileShown } from './lifecycle';

const root = document.querySelector<HTMLElement>('[data-present="speaker"]');
if (root) whileShown(() => start(root));
// The deck's offline copy, once the page has loaded (it would compete with the first paint).
window.addEventListener('load', () => void import('../offline/deck-offline'), { once: true });

function start(root: HTMLElement): () => void {
  const nextBox = root.querySelector<HTMLElement>('[data-next-box]');
  const nextStage = root.querySelector<HTMLElement>('[data-next-stage]');
  const nextEnd = root.querySelector<HTMLElement>('[data-next-end]');
  const count = root.querySelector<HTMLElement>('[data-count]');
  const blackBadge = root.querySelector<HTMLElement>('[data-black-badge]');
  const notes = [...root.querySelectorAll<HTMLElement>('[data-notes-for]')];
  let shownNext = -1;

  const presentation = startPresentation({
    role: 'speaker',
    root,
    onShow(view, state) {
      const index = state.index();
      const id = view.ids[index];
      for (const item of notes) item.hidden = item.dataset.notesFor !== id;
      if (count) count.textContent = `${index + 1} / ${view.slides.length}`;
      if (blackBadge) blackBadge.hidden = !state.black();
      const next = view.slides[index + 1];
      if (nextStage && shownNext !== index + 1) {
        shownNext = index + 1;
        nextStage.replaceChildren(...(next ? [snapshot(next)] : []));
      }
      if (nextEnd) nextEnd.hidden = Boolean(next);
    },
  });

  const teardowns = [() => presentation.destroy()];
  if (nextBox && nextStage) teardowns.push(fitStage(nextBox, nextStage));
  const elapsed = root.querySelector<HTMLTimeElement>('[data-elapsed]');
  const clock = root.querySelector<HTMLTimeElement>('[data-clock]');
  if (elapsed && clock) teardowns.push(startClock(elapsed, clock, root.querySelector<HTMLButtonElement>('[data-reset-timer]')));
  return () => teardowns.splice(0).forEach((teardown) => teardown());
}
