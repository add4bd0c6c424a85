// @vitest-environment happy-dom
/** The settled signal tests await: data-settled is "false" while a drawing moves and "true" once it has come to rest. */
import { describe, expect, it, vi } from 'vitest';
import { markBusy, markSettled } from '../../src/story/settled';

describe('the settled signal', () => {
  it('is set at once for a drawing that does not move', () => {
    const el = document.createElement('div');
    markBusy(el, 0);
    expect(el.dataset.settled).toBe('true');
  });

  it('is "false" while a drawing moves, and "true" after its duration and the frames that draw its end', async () => {
    const el = document.createElement('div');
    const start = performance.now();
    markBusy(el, 40);
    expect(el.dataset.settled).toBe('false');
    await vi.waitFor(() => expect(el.dataset.settled).toBe('true'));
    expect(performance.now() - start).toBeGreaterThanOrEqual(40);
  });

  it('restarts the wait when the drawing changes again before it has settled', async () => {
    const el = document.createElement('div');
    markBusy(el, 30);
    const restarted = performance.now();
    markBusy(el, 60);
    await vi.waitFor(() => expect(el.dataset.settled).toBe('true'));
    expect(performance.now() - restarted).toBeGreaterThanOrEqual(60);
  });

  it('can be marked at rest directly, cancelling a pending wait', () => {
    const el = document.createElement('div');
    markBusy(el, 10_000);
    markSettled(el);
    expect(el.dataset.settled).toBe('true');
  });
});
