/** Shows one slide of a stage at a time and moves its chart from the previous step's state, as the article does. */
import type { StoryChart } from '../story/story-chart';
import '../story/story-chart';

/** A stage's slides, with the one showing marked `data-current`. */
export interface SlideView {
  slides: HTMLElement[];
  ids: string[];
  /** Shows slide `to`, coming from slide `from`; the chart transitions only when `animate` (and motion is allowed). */
  show: (from: number, to: number, animate: boolean) => void;
}

const chartOf = (slide: HTMLElement | undefined): StoryChart | null => slide?.querySelector<StoryChart>('story-chart') ?? null;

/** Takes over the `.slide` elements inside `stage`. */
export function createSlideView(stage: HTMLElement): SlideView {
  const slides = [...stage.querySelectorAll<HTMLElement>('.slide[data-slide]')];
  const ids = slides.map((slide) => slide.dataset.slide ?? '');

  return {
    slides,
    ids,
    show(from, to, animate) {
      const previous = slides[from];
      const next = slides[to];
      if (!next) return;
      const chart = chartOf(next);
      const step = next.dataset.step;
      if (chart && step) {
        // Each slide owns its chart in its own step; a step within a section starts from where the last one was.
        const before = previous && previous.dataset.section === next.dataset.section ? previous.dataset.step : undefined;
        if (animate && before && before !== step) chart.show(before, 1, false);
        chart.show(step, 1, animate);
      }
      for (const slide of slides) {
        // The slide shown before the deck's code ran (first-slide.ts) gives way to the current one.
        slide.removeAttribute('data-addressed');
        if (slide !== next) slide.removeAttribute('data-current');
      }
      next.setAttribute('data-current', '');
    },
  };
}
