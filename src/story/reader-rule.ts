/**
 * The rule for where the reader is, as pure functions: which step (from Scrollama's enter/exit/progress reports,
 * or from the steps' geometry once the page has settled after a jump), how far through it, which section, and
 * how far through the article. reader-position.ts feeds it from the page; the deck shares its notion of a jump.
 */

/** Fraction of the viewport height where a step becomes active: the reading line (Scrollama's offset). */
export const READING_LINE = 0.5;
/** Progress through a step is reported in twentieths, so a redraw happens only when the drawing can change. */
const PROGRESS_STEPS = 20;
/** A scroll of more than this share of the viewport between two frames may carry a step across the line unseen. */
const JUMP_FRACTION = 0.15;

/** Where the reader is in the story: the section, the step id, and progress through the step (0–1, in twentieths). */
export interface StepPosition {
  section: string;
  step: string;
  progress: number;
}

/** The current step by index in document order: -1 before the first; `entered` is the step on the line, or -1 between steps. */
export interface StepState {
  index: number;
  progress: number;
  entered: number;
}

/** What Scrollama reports: a step entered or left the reading line (with the scroll direction), or moved across it. */
export type StepReport = { type: 'enter' | 'exit'; index: number; direction: 'up' | 'down' } | { type: 'progress'; index: number; progress: number };

/** A step's box in viewport pixels. */
export interface StepRect {
  top: number;
  height: number;
}

/** The state before any step has been reached. */
export const NO_STEP: StepState = { index: -1, progress: 0, entered: -1 };

/** Progress rounded to twentieths and clamped to 0–1. */
export function quantiseProgress(raw: number): number {
  return Math.round(Math.min(1, Math.max(0, raw)) * PROGRESS_STEPS) / PROGRESS_STEPS;
}

/** Whether moving from step `from` to step `to` skips steps (so it is drawn without a transition); from -1 it always does. */
export function skipsSteps(from: number, to: number): boolean {
  return from < 0 || Math.abs(to - from) > 1;
}

/** Whether the page moved so far between two frames that Scrollama may have missed a step crossing the line. */
export function isJump(previousY: number | undefined, y: number, viewportHeight: number): boolean {
  return previousY === undefined || Math.abs(y - previousY) > viewportHeight * JUMP_FRACTION;
}

/** The index of the last of `tops` (viewport px, document order) at or above `line`, or -1 when none is. */
export function lastPassed(tops: readonly number[], line: number): number {
  let found = -1;
  for (const [i, top] of tops.entries()) {
    if (top <= line) found = i;
    else break;
  }
  return found;
}

/**
 * The next step state after one of Scrollama's reports. Between steps the last step crossed stays current: left
 * downwards it is complete, left upwards the one before it is. Reports about a step other than the one on the line
 * (Scrollama repeats exits when it re-observes a step after a resize, and a left step's progress can arrive after
 * the next step's enter) change nothing.
 */
export function afterReport(state: StepState, report: StepReport): StepState {
  if (report.type === 'progress') {
    return report.index === state.entered ? { ...state, progress: quantiseProgress(report.progress) } : state;
  }
  if (report.type === 'enter') {
    if (report.index === state.entered) return state;
    const progress = report.index === state.index ? state.progress : report.direction === 'up' ? 1 : 0;
    return { index: report.index, progress, entered: report.index };
  }
  if (report.index !== state.entered) return state;
  if (report.direction === 'down') return { index: report.index, progress: 1, entered: -1 };
  return report.index > 0 ? { index: report.index - 1, progress: 1, entered: -1 } : { index: 0, progress: 0, entered: -1 };
}

/**
 * The step state read from the steps' boxes once the page has settled (opened scrolled, resized, jumped): the last
 * step whose top has passed the line, and whether the line is still inside it. Above the first step the current
 * step, if any, is kept (the reader has scrolled back to the introduction).
 */
export function settledAt(state: StepState, rects: readonly StepRect[], line: number): StepState {
  const index = lastPassed(
    rects.map((rect) => rect.top),
    line,
  );
  const rect = rects[index];
  if (!rect) return state.entered < 0 ? state : { ...state, entered: -1 };
  const inside = line < rect.top + rect.height;
  return { index, progress: quantiseProgress(rect.height > 0 ? (line - rect.top) / rect.height : 1), entered: inside ? index : -1 };
}

/**
 * The index of the current section from its headings' tops (viewport px, document order), or -1 above the first.
 * At the very end of the page the last section counts as reached even if its heading cannot scroll up to the line.
 */
export function sectionIndex(headingTops: readonly number[], line: number, atEnd: boolean): number {
  const last = headingTops.length - 1;
  if (atEnd && last >= 0 && (headingTops[last] ?? Infinity) < line * 2) return last;
  return lastPassed(headingTops, line);
}

/** How far through an element the reader is (0–1): 0 with its top at the viewport's top, 1 with its end in view. */
export function readingFraction(top: number, height: number, viewport: number): number {
  const span = height - viewport;
  if (span <= 0) return top <= 0 ? 1 : 0;
  return Math.min(1, Math.max(0, -top / span));
}
