import { describe, expect, it } from 'vitest';
import { createDeckState, type DeckChange } from '../../src/present/deck-state';
import { fitScale } from '../../src/present/stage';
import { formatElapsed } from '../../src/present/clock';

const recorded = (count: number, start = 0) => {
  const state = createDeckState(count, start);
  const changes: DeckChange[] = [];
  state.subscribe((c) => changes.push(c));
  return { state, changes };
};

describe('the deck state', () => {
  it('animates a single step and not a jump', () => {
    const { state, changes } = recorded(10);
    state.go(1, 'step');
    state.go(9, 'jump');
    state.go(7, 'step');
    expect(changes.map((c) => [c.from, c.to, c.animate])).toEqual([
      [0, 1, true],
      [1, 9, false],
      [9, 7, false],
    ]);
  });

  it('stays inside the deck and does nothing when asked for the slide it shows', () => {
    const { state, changes } = recorded(3, 2);
    state.go(3, 'step');
    state.go(99, 'jump');
    expect(changes).toHaveLength(0);
    state.go(-5, 'jump');
    expect(state.index()).toBe(0);
  });

  it('tells whether a change was made here or received from the other window', () => {
    const { state, changes } = recorded(5);
    state.go(1, 'step');
    state.go(2, 'step', false);
    expect(changes.map((c) => c.local)).toEqual([true, false]);
  });

  it('turns the black screen on and off without moving', () => {
    const { state, changes } = recorded(5, 2);
    state.setBlack(true);
    state.setBlack(true);
    state.setBlack(false);
    expect(changes.map((c) => [c.to, c.black])).toEqual([
      [2, true],
      [2, false],
    ]);
  });

  it('stops telling a listener once it unsubscribes', () => {
    const state = createDeckState(5);
    let calls = 0;
    const stop = state.subscribe(() => (calls += 1));
    state.go(1, 'step');
    stop();
    state.go(2, 'step');
    expect(calls).toBe(1);
  });
});

describe('fitting the stage', () => {
  it('scales the 1280×720 stage to the smaller of the two ratios', () => {
    expect(fitScale({ width: 1280, height: 720 })).toBe(1);
    expect(fitScale({ width: 3840, height: 2160 })).toBe(3);
    expect(fitScale({ width: 1920, height: 720 })).toBe(1);
    expect(fitScale({ width: 640, height: 1000 })).toBe(0.5);
  });
});

describe('the speaker clock', () => {
  it('writes elapsed time as h:mm:ss', () => {
    expect(formatElapsed(0)).toBe('0:00:00');
    expect(formatElapsed(65_000)).toBe('0:01:05');
    expect(formatElapsed(3_723_999)).toBe('1:02:03');
  });
});
