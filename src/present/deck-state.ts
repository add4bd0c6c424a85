/** Where the deck is (slide index, black screen) and who moved it: the one state both windows keep in step. */
import { skipsSteps } from '../story/reader-rule';

/** A change of position, as listeners see it. */
export interface DeckChange {
  from: number;
  to: number;
  black: boolean;
  /** Draw the move with a transition: a single step forward or back, never a jump. */
  animate: boolean;
  /** Made in this window (to be sent to the other window), not received from it. */
  local: boolean;
}

/** How a move was asked for: a step (next, previous) may animate; a jump (Home, End, overview, address) never does. */
export type MoveKind = 'step' | 'jump';

/** The deck's state. */
export interface DeckState {
  index: () => number;
  black: () => boolean;
  /** Moves to a slide (clamped to the deck); nothing happens when it is already showing. */
  go: (index: number, kind: MoveKind, local?: boolean) => void;
  setBlack: (black: boolean, local?: boolean) => void;
  /** Adds a listener; returns its removal. */
  subscribe: (listener: (change: DeckChange) => void) => () => void;
}

/** A deck of `count` slides, opened at `start`. */
export function createDeckState(count: number, start = 0): DeckState {
  const clamp = (i: number): number => Math.min(Math.max(0, Math.round(i)), Math.max(0, count - 1));
  let index = clamp(start);
  let black = false;
  const listeners = new Set<(change: DeckChange) => void>();
  const emit = (change: DeckChange): void => {
    for (const listener of [...listeners]) listener(change);
  };

  return {
    index: () => index,
    black: () => black,
    go(target, kind, local = true) {
      const to = clamp(target);
      if (to === index) return;
      const from = index;
      index = to;
      emit({ from, to, black, animate: kind === 'step' && !skipsSteps(from, to), local });
    },
    setBlack(next, local = true) {
      if (next === black) return;
      black = next;
      emit({ from: index, to: index, black, animate: false, local });
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
