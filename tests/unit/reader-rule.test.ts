import { describe, expect, it } from 'vitest';
import {
  afterReport,
  isJump,
  lastPassed,
  NO_STEP,
  quantiseProgress,
  settledAt,
  skipsSteps,
  type StepReport,
  type StepState,
} from '../../src/story/reader-rule';

/** Runs Scrollama's reports through the rule from the start. */
const after = (reports: StepReport[], from: StepState = NO_STEP): StepState => reports.reduce(afterReport, from);

describe('progress through a step', () => {
  it('is rounded to twentieths', () => {
    expect(quantiseProgress(0.26)).toBe(0.25);
    expect(quantiseProgress(0.024)).toBe(0);
    expect(quantiseProgress(0.976)).toBe(1);
  });
  it('is clamped to 0–1', () => {
    expect(quantiseProgress(-0.4)).toBe(0);
    expect(quantiseProgress(3)).toBe(1);
  });
});

describe('which step Scrollama’s reports leave current', () => {
  it('is the step that entered the reading line, from its start when scrolling down and its end when scrolling up', () => {
    expect(after([{ type: 'enter', index: 2, direction: 'down' }])).toEqual({ index: 2, progress: 0, entered: 2 });
    expect(after([{ type: 'enter', index: 2, direction: 'up' }])).toEqual({ index: 2, progress: 1, entered: 2 });
  });

  it('follows the progress of the step on the line', () => {
    const state = after([
      { type: 'enter', index: 0, direction: 'down' },
      { type: 'progress', index: 0, progress: 0.62 },
    ]);
    expect(state).toEqual({ index: 0, progress: 0.6, entered: 0 });
  });

  it('keeps a step left downwards current, complete, until the next one enters', () => {
    const left = after([
      { type: 'enter', index: 3, direction: 'down' },
      { type: 'exit', index: 3, direction: 'down' },
    ]);
    expect(left).toEqual({ index: 3, progress: 1, entered: -1 });
    expect(afterReport(left, { type: 'enter', index: 4, direction: 'down' })).toEqual({ index: 4, progress: 0, entered: 4 });
  });

  it('goes back to the step before, complete, when a step is left upwards', () => {
    const state = after([
      { type: 'enter', index: 3, direction: 'up' },
      { type: 'exit', index: 3, direction: 'up' },
    ]);
    expect(state).toEqual({ index: 2, progress: 1, entered: -1 });
  });

  it('keeps the first step, at its start, when it is left upwards', () => {
    const state = after([
      { type: 'enter', index: 0, direction: 'down' },
      { type: 'exit', index: 0, direction: 'up' },
    ]);
    expect(state).toEqual({ index: 0, progress: 0, entered: -1 });
  });

  it('ignores the progress of a step that is no longer on the line (it can arrive after the next enter)', () => {
    const state = after([
      { type: 'enter', index: 1, direction: 'down' },
      { type: 'enter', index: 2, direction: 'down' },
      { type: 'progress', index: 1, progress: 1 },
    ]);
    expect(state).toEqual({ index: 2, progress: 0, entered: 2 });
  });

  it('ignores an exit of a step not on the line, as on a jump up where the new step enters first', () => {
    const state = after([
      { type: 'enter', index: 6, direction: 'down' },
      { type: 'enter', index: 1, direction: 'up' },
      { type: 'exit', index: 6, direction: 'up' },
    ]);
    expect(state).toEqual({ index: 1, progress: 1, entered: 1 });
  });

  it('ignores an exit Scrollama repeats when it re-observes a step after a resize', () => {
    const between = after([
      { type: 'enter', index: 4, direction: 'down' },
      { type: 'exit', index: 4, direction: 'down' },
    ]);
    expect(afterReport(between, { type: 'exit', index: 4, direction: 'up' })).toBe(between);
  });

  it('keeps the progress of a step entered again from the gap below it', () => {
    const between = after([
      { type: 'enter', index: 5, direction: 'up' },
      { type: 'exit', index: 5, direction: 'down' },
    ]);
    expect(afterReport(between, { type: 'enter', index: 5, direction: 'up' })).toEqual({ index: 5, progress: 1, entered: 5 });
  });
});

describe('the step read from the layout once the page has settled', () => {
  // Three 200 px steps with 300 px gaps; the reading line at 400 px.
  const line = 400;
  const rects = (scrolled: number) => [0, 500, 1000].map((top) => ({ top: top - scrolled, height: 200 }));

  it('is the step the line is inside, with its progress', () => {
    expect(settledAt(NO_STEP, rects(150), line)).toEqual({ index: 1, progress: 0.25, entered: 1 });
  });

  it('is the last step passed, complete, when the line falls between steps or past the last (End)', () => {
    expect(settledAt(NO_STEP, rects(-50), line)).toEqual({ index: 0, progress: 1, entered: -1 });
    expect(settledAt({ index: 0, progress: 0.5, entered: 0 }, rects(4000), line)).toEqual({ index: 2, progress: 1, entered: -1 });
  });

  it('keeps the current step above the first one (Home), but no longer on the line', () => {
    expect(settledAt(NO_STEP, rects(-1000), line)).toBe(NO_STEP);
    expect(settledAt({ index: 1, progress: 0.4, entered: 1 }, rects(-1000), line)).toEqual({ index: 1, progress: 0.4, entered: -1 });
  });

  it('agrees with Scrollama afterwards: the enter it then reports for the same step changes nothing', () => {
    const settled = settledAt({ index: 0, progress: 0.5, entered: 0 }, rects(650), line);
    expect(settled.index).toBe(2);
    expect(afterReport(settled, { type: 'enter', index: 2, direction: 'down' })).toBe(settled);
    expect(afterReport(settled, { type: 'exit', index: 0, direction: 'down' })).toBe(settled);
  });
});

describe('the last top past a line', () => {
  it('counts a top exactly on the line as passed and stops at the first below it', () => {
    expect(lastPassed([-300, 400, 401, 100], 400)).toBe(1);
    expect(lastPassed([500, 900], 400)).toBe(-1);
    expect(lastPassed([], 400)).toBe(-1);
  });
});

describe('jumps', () => {
  it('counts a move of more than a sixth or so of the viewport between frames as a jump, and the first frame', () => {
    expect(isJump(undefined, 0, 800)).toBe(true);
    expect(isJump(1000, 1150, 800)).toBe(true);
    expect(isJump(5000, 0, 800)).toBe(true);
    expect(isJump(1000, 1040, 800)).toBe(false);
    expect(isJump(1000, 900, 800)).toBe(false);
  });

  it('skips steps when moving more than one step, or from no step', () => {
    expect(skipsSteps(3, 4)).toBe(false);
    expect(skipsSteps(4, 3)).toBe(false);
    expect(skipsSteps(3, 5)).toBe(true);
    expect(skipsSteps(-1, 0)).toBe(true);
  });
});
