/**
 * Builds the deck's slides lazily. Every slide arrives `data-pending` (not laid out on screen, so its text is not
 * fitted); a slide is built — laid out and its text fitted — when it or a neighbour is shown, when the browser is
 * idle, or all at once before the overview or printing needs them. Its chart keeps the SVG drawn at build time (right
 * at the slide's fixed size) until the slide is shown, or a neighbour once the presenter has moved: then its code
 * loads, so that stepping on animates.
 */
import type { StoryChart } from '../story/story-chart';
import '../story/story-chart';
import { LIVE_PARTS } from './live-parts';
import { fitText } from './text-fit';

/** The deck's slide builder. */
export interface SlideBuilder {
  /**
   * Builds slide `index` and its neighbours now, and wakes the slide's chart and calculator, and the neighbours' so
   * that the next step animates. Opening (`opening`) on a slide with neither, such as the title, the neighbours keep
   * their build-time drawing until the presenter moves: the deck's load then runs no chart code at all (a chart's
   * first number format alone costs the browser 25–65 ms).
   */
  around: (index: number, opening: boolean) => void;
  /** Builds every slide now (the overview, printing). */
  all: () => void;
  /** Fits the text of every built slide again (the web fonts arrived): the neighbours of `index` now, the rest when idle. */
  refit: (index: number) => void;
  destroy: () => void;
}

/** Runs a task when the browser is idle: requestIdleCallback, or a timer where it is missing (Safari, WebKitGTK). */
function whenIdle(task: () => void): () => void {
  if (typeof window.requestIdleCallback === 'function') {
    const id = window.requestIdleCallback(task, { timeout: 2000 });
    return () => window.cancelIdleCallback(id);
  }
  const id = window.setTimeout(task, 50);
  return () => window.clearTimeout(id);
}

const hasLiveParts = (slide: HTMLElement | undefined): boolean => Boolean(slide?.querySelector(LIVE_PARTS));

/** Loads the code of a slide's calculator, if it has one; its build-time numbers show until it arrives. */
function wakeCalculator(slide: HTMLElement | undefined): void {
  if (slide?.querySelector('cost-calculator')) void import('../calculator/element');
}

/** Loads the code of a slide's chart and calculator; their build-time drawing shows until it arrives. */
function wakeSlide(slide: HTMLElement | undefined): void {
  void slide?.querySelector<StoryChart>('story-chart')?.ready();
  wakeCalculator(slide);
}

/** Takes over the slides of a stage; `stage` gets `data-built="all"` once none is left to build (the PDF tool waits for it). */
export function createSlideBuilder(stage: HTMLElement, slides: readonly HTMLElement[]): SlideBuilder {
  /** Slides whose text needs fitting: every one at first, every built one again when the fonts change. */
  const unfitted = new Set(slides);
  let cancelIdle: (() => void) | undefined;

  const build = (slide: HTMLElement | undefined): void => {
    if (!slide || !unfitted.has(slide)) return;
    slide.removeAttribute('data-pending');
    fitText(slide);
    unfitted.delete(slide);
    // The calculator's build-time numbers are the Central estimate: when the address carries settings, it loads as
    // soon as its slide is built, so that the overview, the speaker's preview and print show the address's estimate.
    if (location.search) wakeCalculator(slide);
  };
  const markDone = (): void => {
    if (unfitted.size === 0) stage.dataset.built = 'all';
  };
  // One slide per idle period keeps each task short.
  const schedule = (): void => {
    if (cancelIdle || unfitted.size === 0) return;
    cancelIdle = whenIdle(() => {
      cancelIdle = undefined;
      build(unfitted.values().next().value);
      markDone();
      schedule();
    });
  };
  const around = (index: number, opening: boolean): void => {
    const neighboursToo = !opening || hasLiveParts(slides[index]);
    for (const i of [index, index + 1, index - 1]) {
      build(slides[i]);
      if (i === index || neighboursToo) wakeSlide(slides[i]);
    }
    markDone();
    schedule();
  };
  const all = (): void => {
    for (const slide of slides) build(slide);
    markDone();
  };

  const print = window.matchMedia('print');
  const onPrintMedia = (): void => {
    if (print.matches) all();
  };
  window.addEventListener('beforeprint', all);
  print.addEventListener('change', onPrintMedia);

  return {
    around,
    all,
    refit(index) {
      for (const slide of slides) if (!slide.hasAttribute('data-pending')) unfitted.add(slide);
      delete stage.dataset.built;
      around(index, true);
    },
    destroy() {
      cancelIdle?.();
      cancelIdle = undefined;
      window.removeEventListener('beforeprint', all);
      print.removeEventListener('change', onPrintMedia);
    },
  };
}
