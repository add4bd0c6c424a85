/** Keeping the reader's step through a resize or rotation: where the current step must go back to. */

/** A viewport size in CSS pixels. */
export interface ViewportSize {
  width: number;
  height: number;
}

/** Pixels a step's top is kept above the reading line at least, so rounding never drops it below. */
const MIN_PAST_LINE_PX = 2;
/** Height changes smaller than this fraction (a mobile browser's toolbar sliding away) are not reflows. */
const TOOLBAR_FRACTION = 0.2;

/**
 * Whether a resize moved the text around enough to need the step put back: any width change (window
 * resized, phone rotated) or a large height change. A toolbar sliding away while the reader's finger is on
 * the page must not make the page scroll by itself.
 */
export function reflowed(before: ViewportSize, after: ViewportSize): boolean {
  return before.width !== after.width || Math.abs(after.height - before.height) > before.height * TOOLBAR_FRACTION;
}

/**
 * The distance to scroll by (positive: down) so a step sits against the reading line as it did before:
 * its top above the line by `progress` of its height.
 */
export function offsetToKeepStep(stepTop: number, stepHeight: number, line: number, progress: number): number {
  const wantedTop = line - Math.max(progress * stepHeight, MIN_PAST_LINE_PX);
  return stepTop - wantedTop;
}
