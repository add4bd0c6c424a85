/** The deck's keyboard map, as pure functions of a key event (reveal.js conventions; clickers send PageUp/PageDown). */

/** Every action, in the order the help lists them. */
export const deckActions = ['next', 'previous', 'first', 'last', 'fullscreen', 'overview', 'black', 'help', 'speaker'] as const;

/** What a key (or a control button's `data-action`) asks the deck to do. */
export type DeckAction = (typeof deckActions)[number];

/** Whether a string (a button's `data-action`) names an action. */
export const isDeckAction = (value: string | undefined): value is DeckAction => deckActions.some((action) => action === value);

/** The parts of a KeyboardEvent the map reads. */
export interface KeyPress {
  key: string;
  shiftKey?: boolean;
  altKey?: boolean;
  ctrlKey?: boolean;
  metaKey?: boolean;
}

const byKey: Record<string, DeckAction> = {
  ArrowRight: 'next',
  ArrowDown: 'next',
  PageDown: 'next',
  n: 'next',
  ArrowLeft: 'previous',
  ArrowUp: 'previous',
  PageUp: 'previous',
  p: 'previous',
  Home: 'first',
  End: 'last',
  f: 'fullscreen',
  o: 'overview',
  Escape: 'overview',
  b: 'black',
  '.': 'black',
  '?': 'help',
  s: 'speaker',
};

/** The deck action for a key press, or undefined when the deck should leave the key to the browser. */
export function actionForKey(press: KeyPress): DeckAction | undefined {
  // Browser and system shortcuts (Ctrl+P to print, Cmd+F, Alt+←) are not the deck's.
  if (press.ctrlKey || press.metaKey || press.altKey) return undefined;
  if (press.key === ' ' || press.key === 'Spacebar') return press.shiftKey ? 'previous' : 'next';
  const key = press.key.length === 1 ? press.key.toLowerCase() : press.key;
  // Shift+N or Shift+B are deliberate enough; '?' arrives as a shifted '/', so shift is not checked.
  return byKey[key];
}

/** A form control on a slide (the estimate's fields and buttons), as the deck's keys see it. */
export type SlideControl = 'field' | 'button';

/**
 * What a key pressed in a slide's control does: the control keeps it (typing, arrows, Space on a button); the
 * deck takes it after the focus leaves the control (PageUp/PageDown, what clickers send); or it only leaves
 * the control (Escape: a second Escape opens the overview).
 */
export function keyInControl(press: KeyPress, control: SlideControl): 'control' | 'leave' | 'leave-then-deck' | 'deck' {
  if (press.key === 'PageUp' || press.key === 'PageDown') return 'leave-then-deck';
  if (press.key === 'Escape') return 'leave';
  if (control === 'field') return 'control';
  return press.key === 'Enter' || press.key === ' ' || press.key === 'Spacebar' || press.key === 'Tab' ? 'control' : 'deck';
}

/** How a key moves the focus in the overview grid: by one, by a row, to an end; undefined for other keys. */
export function overviewMove(press: KeyPress, columns: number): number | 'first' | 'last' | undefined {
  if (press.ctrlKey || press.metaKey || press.altKey) return undefined;
  switch (press.key) {
    case 'ArrowRight':
      return 1;
    case 'ArrowLeft':
      return -1;
    case 'ArrowDown':
      return columns;
    case 'ArrowUp':
      return -columns;
    case 'Home':
      return 'first';
    case 'End':
      return 'last';
    default:
      return undefined;
  }
}
