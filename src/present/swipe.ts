/** Touch swipes on the deck: left or up for the next slide, right or down for the previous one. */

const MIN_DISTANCE = 48;

/** Calls `onSwipe(+1 | -1)` for a swipe on `el`; returns the teardown. */
export function onSwipe(el: HTMLElement, onSwipe: (direction: 1 | -1) => void): () => void {
  let start: { x: number; y: number } | undefined;
  const down = (event: TouchEvent): void => {
    // Dragging a slider on the estimate slide is not a swipe.
    if (event.target instanceof Element && event.target.closest('input, button')) {
      start = undefined;
      return;
    }
    const touch = event.touches[0];
    start = event.touches.length === 1 && touch ? { x: touch.clientX, y: touch.clientY } : undefined;
  };
  const up = (event: TouchEvent): void => {
    const touch = event.changedTouches[0];
    if (!start || !touch) return;
    const dx = touch.clientX - start.x;
    const dy = touch.clientY - start.y;
    start = undefined;
    const along = Math.abs(dx) >= Math.abs(dy) ? dx : dy;
    if (Math.abs(along) >= MIN_DISTANCE) onSwipe(along < 0 ? 1 : -1);
  };
  el.addEventListener('touchstart', down, { passive: true });
  el.addEventListener('touchend', up, { passive: true });
  return () => {
    el.removeEventListener('touchstart', down);
    el.removeEventListener('touchend', up);
  };
}
