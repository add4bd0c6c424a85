import { describe, expect, it } from 'vitest';
import { actionForKey, isDeckAction, keyInControl, overviewMove } from '../../src/present/keys';

describe('the deck key map', () => {
  it.each(['ArrowRight', 'ArrowDown', 'PageDown', ' ', 'n', 'N'])('goes to the next slide on %j', (key) => {
    expect(actionForKey({ key })).toBe('next');
  });

  it.each(['ArrowLeft', 'ArrowUp', 'PageUp', 'p', 'P'])('goes to the previous slide on %j', (key) => {
    expect(actionForKey({ key })).toBe('previous');
  });

  it('goes back on Shift+Space', () => {
    expect(actionForKey({ key: ' ', shiftKey: true })).toBe('previous');
  });

  it('jumps to the first and last slides on Home and End', () => {
    expect(actionForKey({ key: 'Home' })).toBe('first');
    expect(actionForKey({ key: 'End' })).toBe('last');
  });

  it('toggles fullscreen, overview, black screen, help and the speaker view', () => {
    expect(actionForKey({ key: 'f' })).toBe('fullscreen');
    expect(actionForKey({ key: 'o' })).toBe('overview');
    expect(actionForKey({ key: 'Escape' })).toBe('overview');
    expect(actionForKey({ key: 'b' })).toBe('black');
    expect(actionForKey({ key: '.' })).toBe('black');
    expect(actionForKey({ key: '?', shiftKey: true })).toBe('help');
    expect(actionForKey({ key: 's' })).toBe('speaker');
  });

  it('leaves browser shortcuts and other keys alone', () => {
    expect(actionForKey({ key: 'p', ctrlKey: true })).toBeUndefined();
    expect(actionForKey({ key: 'f', metaKey: true })).toBeUndefined();
    expect(actionForKey({ key: 'ArrowLeft', altKey: true })).toBeUndefined();
    expect(actionForKey({ key: 'Tab' })).toBeUndefined();
    expect(actionForKey({ key: 'Enter' })).toBeUndefined();
    expect(actionForKey({ key: 'x' })).toBeUndefined();
  });

  it('accepts the action names of control buttons only', () => {
    expect(isDeckAction('next')).toBe(true);
    expect(isDeckAction('explode')).toBe(false);
    expect(isDeckAction(undefined)).toBe(false);
  });
});

describe('moving in the overview grid', () => {
  it('moves by one across and by a row down or up', () => {
    expect(overviewMove({ key: 'ArrowRight' }, 5)).toBe(1);
    expect(overviewMove({ key: 'ArrowLeft' }, 5)).toBe(-1);
    expect(overviewMove({ key: 'ArrowDown' }, 5)).toBe(5);
    expect(overviewMove({ key: 'ArrowUp' }, 5)).toBe(-5);
  });

  it('goes to the ends on Home and End and ignores other keys', () => {
    expect(overviewMove({ key: 'Home' }, 5)).toBe('first');
    expect(overviewMove({ key: 'End' }, 5)).toBe('last');
    expect(overviewMove({ key: 'Enter' }, 5)).toBeUndefined();
  });
});

describe('keys pressed in a slide control (the estimate slide)', () => {
  it.each(['1', 'n', 'p', 'b', 'f', 's', 'o', ' ', '.', 'ArrowUp', 'ArrowDown', 'ArrowLeft', 'ArrowRight', 'Home', 'End', 'Backspace'])(
    'leaves %j to a field',
    (key) => expect(keyInControl({ key }, 'field')).toBe('control'),
  );

  it.each(['PageUp', 'PageDown'])('leaves the control and moves the deck on %j (what clickers send)', (key) => {
    expect(keyInControl({ key }, 'field')).toBe('leave-then-deck');
    expect(keyInControl({ key }, 'button')).toBe('leave-then-deck');
  });

  it('only leaves the control on Escape', () => {
    expect(keyInControl({ key: 'Escape' }, 'field')).toBe('leave');
    expect(keyInControl({ key: 'Escape' }, 'button')).toBe('leave');
  });

  it('lets a button take Enter and Space, and the deck its other keys', () => {
    expect(keyInControl({ key: 'Enter' }, 'button')).toBe('control');
    expect(keyInControl({ key: ' ' }, 'button')).toBe('control');
    expect(keyInControl({ key: 'ArrowRight' }, 'button')).toBe('deck');
  });
});
