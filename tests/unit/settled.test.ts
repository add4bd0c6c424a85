// @vitest-environment happy-dom
/** The settled signal tests await: data-settled is "false" while a drawing loads or moves and "true" once it has come to rest. */
import { describe, expect, it } from 'vitest';
import { markBusy, markSettled } from '../../src/story/settled';

describe('the settled signal', () => {
  it('is "false" from the start of a wait until its end is called', () => {
    const el = document.createElement('div');
    const settle = markBusy(el);
    expect(el.dataset.settled).toBe('false');
    settle();
    expect(el.dataset.settled).toBe('true');
  });

  it('ignores the end of a wait that a later one has replaced', () => {
    const el = document.createElement('div');
    const first = markBusy(el);
    const second = markBusy(el);
    first();
    expect(el.dataset.settled).toBe('false');
    second();
    expect(el.dataset.settled).toBe('true');
  });

  it('can be marked at rest directly, ending any wait', () => {
    const el = document.createElement('div');
    const stale = markBusy(el);
    markSettled(el);
    expect(el.dataset.settled).toBe('true');
    markBusy(el);
    stale();
    expect(el.dataset.settled).toBe('false');
  });
});
