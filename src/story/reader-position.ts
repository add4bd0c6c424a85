/**
 * Where the reader is, measured once for the whole page: which step and how far through it (Scrollama's
 * enter/exit/progress reports, read by reader-rule.ts), which section, and how far through the article. The
 * chart driver, the step announcer, the address, the table of contents and the progress bar subscribe here;
 * nothing else listens to scrolling.
 *
 * Scrollama sees a step cross the reading line; it cannot see one that a jump (a table-of-contents link, End,
 * a deep link, Back) carried past the line between two frames, and WebKitGTK 2.50 and older Safari have no
 * `scrollend` to say a jump is over. So the steps' boxes are read once whenever the page settles somewhere
 * new: on opening, after a frame that moved the page by more than a small share of the viewport, after a
 * resize, and when the article changes size (fonts, charts measuring).
 */
import scrollama from 'scrollama';
import { offsetToKeepStep, reflowed, type ViewportSize } from './keep-step';
import {
  afterReport,
  isJump,
  NO_STEP,
  READING_LINE,
  readingFraction,
  sectionIndex,
  settledAt,
  skipsSteps,
  type StepPosition,
  type StepReport,
  type StepState,
} from './reader-rule';

/** Called on every step or progress change; `jumped` is true when steps were skipped (draw without a transition). */
export type StepListener = (position: StepPosition, jumped: boolean) => void;
/** Called with the current section's id (undefined above the first) when it changes. */
export type SectionListener = (id: string | undefined) => void;
/** Called on every frame the page scrolled or changed size, with how far through the article the reader is (0–1). */
export type FrameListener = (fraction: number) => void;

/** The parts of the page the position is read from. */
export interface ReaderPage {
  /** The story's steps, in document order. */
  steps: HTMLElement[];
  /** The article's sections, in document order (each is current once its first h2 passes the reading line). */
  sections: HTMLElement[];
  /** The element whose length the progress bar measures. */
  article: HTMLElement;
}

/** A running reader position. */
export interface ReaderPosition {
  /** The current step, or undefined before the first. */
  step: () => StepPosition | undefined;
  /** Adds a listener (told the current step at once, if there is one); returns its removal. */
  onStep: (listener: StepListener) => () => void;
  /** Adds a listener (told the current section at once, once it has been measured); returns its removal. */
  onSection: (listener: SectionListener) => () => void;
  /** Adds a listener for every measured frame; returns its removal. */
  onFrame: (listener: FrameListener) => () => void;
  /** Removes every observer and listener, and the step's aria-current. */
  destroy: () => void;
}

const viewportSize = (): ViewportSize => ({ width: window.innerWidth, height: window.innerHeight });
const readingLine = (): number => window.innerHeight * READING_LINE;

/** Starts following the reader over `page`. */
export function createReaderPosition({ steps, sections, article }: ReaderPage): ReaderPosition {
  const headings = sections.map((section) => section.querySelector<HTMLElement>('h2') ?? section);
  const stepListeners = new Set<StepListener>();
  const sectionListeners = new Set<SectionListener>();
  const frameListeners = new Set<FrameListener>();
  let state: StepState = NO_STEP;
  let position: StepPosition | undefined;
  /** The current section's id; null until the first measurement. */
  let section: string | undefined | null = null;
  let lastY: number | undefined;
  let frame = 0;

  const apply = (next: StepState): void => {
    const before = state;
    state = next;
    const el = steps[next.index];
    if (!el || (next.index === before.index && next.progress === before.progress)) return;
    if (next.index !== before.index) {
      steps[before.index]?.removeAttribute('aria-current');
      el.setAttribute('aria-current', 'step');
    }
    position = { section: el.closest('section')?.id ?? '', step: el.dataset.step ?? '', progress: next.progress };
    const jumped = skipsSteps(before.index, next.index);
    for (const listener of [...stepListeners]) listener(position, jumped);
  };
  const settle = (): void =>
    apply(
      settledAt(
        state,
        steps.map((el) => el.getBoundingClientRect()),
        readingLine(),
      ),
    );
  const report = (next: StepReport): void => {
    // Scrollama re-observes a step whose height changed (the web faces arriving reflow them all), and an enter it
    // then reports can name a step far from the line: trust the steps' boxes instead.
    const box = next.type === 'enter' ? steps[next.index]?.getBoundingClientRect() : undefined;
    if (box && (box.top > readingLine() || box.bottom < readingLine())) settle();
    else apply(afterReport(state, next));
  };

  const measure = (): void => {
    frame = 0;
    const y = window.scrollY;
    if (isJump(lastY, y, window.innerHeight)) settle();
    lastY = y;
    const atEnd = y > 0 && Math.ceil(y + window.innerHeight) >= document.documentElement.scrollHeight - 2;
    const id =
      sections[
        sectionIndex(
          headings.map((heading) => heading.getBoundingClientRect().top),
          readingLine(),
          atEnd,
        )
      ]?.id;
    if (id !== section) {
      section = id;
      for (const listener of [...sectionListeners]) listener(id);
    }
    const box = article.getBoundingClientRect();
    const fraction = readingFraction(box.top, box.height, window.innerHeight);
    for (const listener of [...frameListeners]) listener(fraction);
  };
  const schedule = (): void => {
    if (!frame) frame = requestAnimationFrame(measure);
  };

  const scroller = scrollama();
  scroller
    .setup({ step: steps, offset: READING_LINE, progress: true, threshold: 4 })
    .onStepEnter(({ index, direction }) => report({ type: 'enter', index, direction }))
    .onStepExit(({ index, direction }) => report({ type: 'exit', index, direction }))
    .onStepProgress(({ index, progress }) => report({ type: 'progress', index, progress }));

  /** The page reflowed: the steps' boxes say where the reader is, and the next frame measures the rest. */
  const reflow = (): void => {
    settle();
    schedule();
  };
  let viewport = viewportSize();
  const onResize = (): void => {
    scroller.resize();
    const resized = viewportSize();
    // A reflow moves every step: put the current one back against the reading line, as far through as it was.
    const el = steps[state.index];
    if (el && reflowed(viewport, resized)) {
      const rect = el.getBoundingClientRect();
      window.scrollBy({ top: offsetToKeepStep(rect.top, rect.height, readingLine(), state.progress), behavior: 'instant' });
    }
    viewport = resized;
    reflow();
  };
  const resizes = new ResizeObserver(reflow);
  // The web faces come in after the first paint (src/fonts/web-faces.ts marks <html data-web-faces>): the text
  // reflows, and a step may cross the reading line with no scroll and no change of the article's size.
  const faces = new MutationObserver(reflow);
  faces.observe(document.documentElement, { attributeFilter: ['data-web-faces'] });

  window.addEventListener('scroll', schedule, { passive: true });
  window.addEventListener('resize', onResize);
  resizes.observe(article);
  // The page may open already scrolled (reload, deep link): the first frame settles it.
  schedule();

  const subscribe = <T>(listeners: Set<T>, listener: T): (() => void) => {
    listeners.add(listener);
    return () => listeners.delete(listener);
  };
  return {
    step: () => position,
    onStep(listener) {
      if (position) listener(position, true);
      return subscribe(stepListeners, listener);
    },
    onSection(listener) {
      if (section !== null) listener(section);
      return subscribe(sectionListeners, listener);
    },
    onFrame: (listener) => subscribe(frameListeners, listener),
    destroy() {
      cancelAnimationFrame(frame);
      window.removeEventListener('scroll', schedule);
      window.removeEventListener('resize', onResize);
      resizes.disconnect();
      faces.disconnect();
      scroller.destroy();
      steps[state.index]?.removeAttribute('aria-current');
      stepListeners.clear();
      sectionListeners.clear();
      frameListeners.clear();
    },
  };
}
